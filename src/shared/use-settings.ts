/** Preact hook: the current settings and the UI language, kept up to date with storage. */

import { useEffect, useState } from "preact/hooks";
import browser from "webextension-polyfill";
import { directionOf, resolveLanguage, translator, type Translate, type UiLanguage } from "./i18n.ts";
import { loadSettings, SETTINGS_KEY, type Settings } from "./settings.ts";

export interface SettingsState {
  readonly settings: Settings | null;
  readonly language: UiLanguage;
  readonly t: Translate;
}

export function useSettings(): SettingsState {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    const reload = () => void loadSettings(browser.storage.local).then(setSettings);
    reload();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === "local" && SETTINGS_KEY in changes) reload();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  const language = resolveLanguage(settings?.language ?? "auto", browser.i18n.getUILanguage());
  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = directionOf(language);
  }, [language]);
  return { settings, language, t: translator(language) };
}
