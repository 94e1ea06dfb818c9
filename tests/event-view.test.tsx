// @vitest-environment happy-dom
/** How one event reads in the popup, the options page and the cards: words, dates, sources, text only. */

import { render } from "preact";
import { describe, expect, test } from "vitest";
import type { EventRecord } from "../src/events/types.ts";
import { EventView, StoreNotice } from "../src/shared/event-view.tsx";
import { translator } from "../src/shared/i18n.ts";

const source = (n: number, url = `https://news${n}.example/story`) => ({
  url,
  title: `<b>عنوان ${n}</b>`,
  site: `news${n}.example`,
  published: "2023-02-21",
  quote: "…",
});

const record: EventRecord = {
  id: "0123456789abcdef",
  event: "CONSULT",
  mode: "phone",
  cameo: "041",
  actors: [{ entity: "person:putin", text: "بوتين", name: "فلاديمير بوتين" }],
  recipients: [{ entity: "person:xi-jinping", text: "شي", name: "شي جين بينغ" }],
  location: null,
  date: "2026-02-04",
  dateText: "الأربعاء",
  dateType: "approximate",
  dateResolvedBy: "weekday",
  sentence: "…",
  start: 0,
  end: 1,
  confidence: 0.8,
  mentions: [source(1), source(2, "file:///tmp/a.txt"), source(3), source(4), source(5)],
};

function shown(node: preact.ComponentChild): HTMLElement {
  const host = document.createElement("div");
  render(node, host);
  return host;
}

describe("an event as the reader sees it", () => {
  test("kind in words, an approximate date marked, the first sources as links, the rest counted", () => {
    const en = shown(<EventView record={record} language="en" t={translator("en")} sources />);
    expect(en.querySelector(".event-kind")?.textContent).toContain("Call");
    expect(en.querySelector(".event-date")?.textContent).toMatch(/^about /);
    const links = [...en.querySelectorAll<HTMLAnchorElement>(".event-sources a")];
    expect(links.map((a) => a.getAttribute("href"))).toEqual([
      "https://news1.example/story",
      "https://news3.example/story",
    ]);
    expect(links.every((a) => a.rel.includes("noopener"))).toBe(true);
    expect(en.querySelector(".event-sources .more")?.textContent).toBe("and 2 more");
    // Page text is text: a title that looks like markup stays visible characters, never elements.
    expect(en.querySelector(".event-sources b")).toBeNull();
    expect(en.textContent).toContain("<b>عنوان 1</b>");
  });

  test("an unresolved date says so, in Arabic too", () => {
    const undated = { ...record, date: null, dateType: "unresolved" as const };
    const ar = shown(<EventView record={undated} language="ar" t={translator("ar")} />);
    expect(ar.querySelector(".event-date")?.textContent).toBe("تاريخ غير معروف");
    expect(ar.querySelector(".event-date")?.hasAttribute("datetime")).toBe(false);
  });

  test("the store's trouble is an alert with the number of events waiting; a ready store says nothing", () => {
    const t = translator("en");
    const full = shown(<StoreNotice health={{ state: "full", unsaved: 3 }} t={t} />);
    expect(full.querySelector("[role=alert]")?.textContent).toContain("3 events wait to be saved");
    expect(shown(<StoreNotice health={{ state: "ready" }} t={t} />).innerHTML).toBe("");
  });
});
