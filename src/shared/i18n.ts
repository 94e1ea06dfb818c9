/**
 * User-visible strings. The browser's own i18n API cannot switch language at run time, and the options
 * page lets the reader override it, so the popup, options page and card read the same _locales files
 * the manifest uses, bundled, and pick the language themselves.
 */

import ar from "../../assets/_locales/ar/messages.json";
import en from "../../assets/_locales/en/messages.json";

export type UiLanguage = "ar" | "en";
export type LanguageSetting = UiLanguage | "auto";
export type MessageKey = keyof typeof en;
export type Translate = (key: MessageKey, substitutions?: Record<string, string | number>) => string;

const CATALOGUES: Record<UiLanguage, Record<string, { message: string }>> = { ar, en };

/** "auto" follows the browser: Arabic for any ar-* locale, English otherwise. */
export function resolveLanguage(setting: LanguageSetting, browserLanguage: string): UiLanguage {
  if (setting !== "auto") return setting;
  return browserLanguage.toLowerCase().startsWith("ar") ? "ar" : "en";
}

export function directionOf(language: UiLanguage): "rtl" | "ltr" {
  return language === "ar" ? "rtl" : "ltr";
}

/** `{name}` placeholders are replaced by the substitutions, formatted for the language. */
export function translator(language: UiLanguage): Translate {
  const catalogue = CATALOGUES[language];
  const numbers = new Intl.NumberFormat(language);
  return (key, substitutions) => {
    const template = catalogue[key]?.message ?? en[key].message;
    if (!substitutions) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = substitutions[name];
      if (value === undefined) return whole;
      return typeof value === "number" ? numbers.format(value) : value;
    });
  };
}
