/**
 * The mark colours and the stylesheet that paints them. Officials are underlined solid and places dotted,
 * so the two stay apart in one colour or for a reader who does not see colour. Translucent backgrounds
 * read on light and dark pages alike; the text keeps the page's own colour.
 */

import type { Colour } from "./settings.ts";

export const PALETTE: Readonly<Record<Colour, string>> = {
  amber: "245, 166, 35",
  rose: "236, 72, 153",
  violet: "139, 92, 246",
  sky: "14, 165, 233",
  teal: "20, 184, 166",
  lime: "132, 204, 22",
};

/** marks.css, injected with the content script: it adds no node to the page. */
export function marksCss(): string {
  const rules: string[] = [];
  for (const [colour, rgb] of Object.entries(PALETTE)) {
    for (const [category, line] of [
      ["official", "solid"],
      ["place", "dotted"],
    ] as const) {
      rules.push(
        `::highlight(marsad-${category}-${colour}) { background-color: rgba(${rgb}, 0.3); ` +
          `text-decoration: underline ${line} rgb(${rgb}); text-decoration-thickness: 2px; }`,
      );
    }
  }
  rules.push("::highlight(marsad-focus) { background-color: rgba(250, 204, 21, 0.9); color: #111; }");
  return rules.join("\n") + "\n";
}
