/** The reader's settings: kept in storage.local, read by every context, always returned complete and valid. */

import type { LanguageSetting } from "./i18n.ts";

export const COLOURS = ["amber", "rose", "violet", "sky", "teal", "lime"] as const;
export type Colour = (typeof COLOURS)[number];
export type Category = "official" | "place";
export const CATEGORIES: readonly Category[] = ["official", "place"];

export interface Settings {
  readonly categories: Readonly<Record<Category, boolean>>;
  readonly colours: Readonly<Record<Category, Colour>>;
  /** Site keys (see siteKey) where Marsad marks nothing. */
  readonly disabledSites: readonly string[];
  readonly language: LanguageSetting;
  /** Whether articles read are kept as events; off pauses recording, nothing stored is touched. */
  readonly recordEvents: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  categories: { official: true, place: true },
  colours: { official: "amber", place: "sky" },
  disabledSites: [],
  language: "auto",
  recordEvents: true,
};

export const SETTINGS_KEY = "settings";

/** Whatever is stored (older versions, hand edits, nothing at all) becomes a complete Settings. */
export function sanitizeSettings(raw: unknown): Settings {
  const value = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
  const categories = { ...DEFAULT_SETTINGS.categories };
  const colours = { ...DEFAULT_SETTINGS.colours };
  const storedCategories = (value.categories ?? {}) as Record<string, unknown>;
  const storedColours = (value.colours ?? {}) as Record<string, unknown>;
  for (const category of CATEGORIES) {
    if (typeof storedCategories[category] === "boolean") categories[category] = storedCategories[category];
    const colour = storedColours[category];
    if (COLOURS.includes(colour as Colour)) colours[category] = colour as Colour;
  }
  const sites = Array.isArray(value.disabledSites) ? value.disabledSites : [];
  const disabledSites = [...new Set(sites.map((s) => (typeof s === "string" ? siteKey(s) : null)))].filter(
    (s): s is string => !!s,
  );
  const language = value.language === "ar" || value.language === "en" ? value.language : "auto";
  const recordEvents = typeof value.recordEvents === "boolean" ? value.recordEvents : DEFAULT_SETTINGS.recordEvents;
  return { categories, colours, disabledSites, language, recordEvents };
}

/**
 * The key a site is switched off by: its host name, lower-cased, without "www.". Accepts a bare host
 * or a URL; returns null for anything that is not a plausible host name.
 */
export function siteKey(input: string): string | null {
  let host = input.trim().toLowerCase();
  if (!host) return null;
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(host)) {
    try {
      host = new URL(host).hostname;
    } catch {
      return null;
    }
  }
  host = host.replace(/\/.*$/, "").replace(/^www\./, "");
  if (!/^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)*(:\d+)?$/u.test(host)) return null;
  return host.replace(/:\d+$/, "");
}

export function isSiteDisabled(settings: Settings, hostname: string): boolean {
  const key = siteKey(hostname);
  return key !== null && settings.disabledSites.includes(key);
}

/** The subset of the storage API this module needs, so tests can pass a plain object. */
export interface SettingsStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export async function loadSettings(storage: SettingsStorage): Promise<Settings> {
  const stored = await storage.get(SETTINGS_KEY);
  return sanitizeSettings(stored[SETTINGS_KEY]);
}

/** Read, change, write: a change never drops the fields it does not name. */
export async function updateSettings(
  storage: SettingsStorage,
  change: (current: Settings) => Settings,
): Promise<Settings> {
  const next = sanitizeSettings(change(await loadSettings(storage)));
  await storage.set({ [SETTINGS_KEY]: next });
  return next;
}
