/**
 * The content script injected into every http(s) page. It only asks whether the page might be Arabic;
 * the annotator (detection proper, extraction, marks, cards) is loaded for those pages alone.
 */

import annotatorFile from "./annotator.ts?script&module";
import { mightBeArabic } from "./quick-check.ts";

interface Runtime {
  getURL(path: string): string;
  sendMessage(message: object): Promise<unknown>;
}
declare const browser: { runtime: Runtime } | undefined;
declare const chrome: { runtime: Runtime };

if (mightBeArabic(document)) {
  const runtime = typeof browser !== "undefined" ? browser.runtime : chrome.runtime;
  // The background may have been stopped while idle: it loads its knowledge while the annotator loads.
  runtime.sendMessage({ type: "warm" }).catch(() => undefined);
  import(/* @vite-ignore */ runtime.getURL(annotatorFile)).catch((error: unknown) => {
    console.warn("Marsad could not start on this page:", error);
  });
}
