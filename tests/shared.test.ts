/** Settings, strings and the popup's entity summary: pure code shared by the extension's contexts. */

import { describe, expect, test } from "vitest";
import ar from "../assets/_locales/ar/messages.json";
import en from "../assets/_locales/en/messages.json";
import { summarize } from "../src/content/entity-summary.ts";
import { resolveLanguage, translator } from "../src/shared/i18n.ts";
import {
  DEFAULT_SETTINGS,
  isSiteDisabled,
  loadSettings,
  sanitizeSettings,
  siteKey,
  updateSettings,
} from "../src/shared/settings.ts";
import { sharedTagger, seed } from "./helpers.ts";

describe("strings", () => {
  test("Arabic and English have the same keys, and no message is empty", () => {
    expect(Object.keys(ar).sort()).toEqual(Object.keys(en).sort());
    for (const catalogue of [ar, en]) {
      for (const entry of Object.values(catalogue)) expect(entry.message.trim()).not.toBe("");
    }
  });

  test("the language follows the browser unless the reader chose one; placeholders are filled", () => {
    expect(resolveLanguage("auto", "ar-EG")).toBe("ar");
    expect(resolveLanguage("auto", "fr")).toBe("en");
    expect(resolveLanguage("en", "ar")).toBe("en");
    expect(translator("en")("popupSiteSwitch", { site: "aljazeera.net" })).toBe("Marsad on aljazeera.net");
    expect(translator("ar")("popupSiteSwitch", { site: "aljazeera.net" })).toBe("مرصد على aljazeera.net");
  });
});

describe("settings", () => {
  test("anything stored becomes complete, valid settings", () => {
    expect(sanitizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(sanitizeSettings("garbage")).toEqual(DEFAULT_SETTINGS);
    const odd = sanitizeSettings({
      categories: { place: false, official: "yes" },
      colours: { official: "rose", place: "#ff0000" },
      disabledSites: ["https://www.BBC.com/arabic", 42, "bbc.com", "not a site!"],
      language: "fr",
    });
    expect(odd.categories).toEqual({ official: true, place: false });
    expect(odd.colours).toEqual({ official: "rose", place: "sky" });
    expect(odd.disabledSites).toEqual(["bbc.com"]);
    expect(odd.language).toBe("auto");
  });

  test("site keys ignore www. and case; bad input is refused", () => {
    expect(siteKey("WWW.Aljazeera.net")).toBe("aljazeera.net");
    expect(siteKey("https://arabic.cnn.com/middle-east")).toBe("arabic.cnn.com");
    expect(siteKey("127.0.0.1:8787")).toBe("127.0.0.1");
    expect(siteKey("")).toBeNull();
    expect(siteKey("two words")).toBeNull();
    expect(isSiteDisabled({ ...DEFAULT_SETTINGS, disabledSites: ["bbc.com"] }, "www.bbc.com")).toBe(true);
  });

  test("an update keeps what it does not change", async () => {
    const stored: Record<string, unknown> = {};
    const storage = {
      get: async (key: string) => ({ [key]: stored[key] }),
      set: async (items: Record<string, unknown>) => void Object.assign(stored, items),
    };
    await updateSettings(storage, (s) => ({ ...s, language: "ar" }));
    await updateSettings(storage, (s) => ({ ...s, disabledSites: [...s.disabledSites, "bbc.com"] }));
    const settings = await loadSettings(storage);
    expect(settings.language).toBe("ar");
    expect(settings.disabledSites).toEqual(["bbc.com"]);
  });
});

describe("entity summary", () => {
  test("groups a seed's mentions by entity, with counts, spellings and the page's role", () => {
    const mentions = sharedTagger().tag(seed("001"));
    const entities = summarize(mentions);
    const li = entities.find((e) => e.latin === "Li Qiang")!;
    expect(li.type).toBe("official");
    expect(li.count).toBe(mentions.filter((m) => m.entity === li.entity).length);
    expect(li.spellings).toEqual(expect.arrayContaining(["لي تشيانج", "تشيانج", "لي"]));
    expect(li.country).toBe("CN");
    expect(new Set(entities.map((e) => e.entity)).size).toBe(entities.length);
    expect(entities.every((e) => e.type === "official" || e.type === "place")).toBe(true);
  });
});
