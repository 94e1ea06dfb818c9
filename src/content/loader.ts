/**
 * The content script injected into every http(s) page. It only asks whether the page might be Arabic;
 * the annotator (detection proper, extraction, marks, cards) is loaded for those pages alone.
 */

import annotatorFile from "./annotator.ts?script&module";
import { mightBeArabic } from "./quick-check.ts";

declare const browser: { runtime: { getURL(path: string): string } } | undefined;
declare const chrome: { runtime: { getURL(path: string): string } };

if (mightBeArabic(document)) {
  const runtime = typeof browser !== "undefined" ? browser.runtime : chrome.runtime;
  import(/* @vite-ignore */ runtime.getURL(annotatorFile)).catch((error: unknown) => {
    console.warn("Marsad could not start on this page:", error);
  });
}
