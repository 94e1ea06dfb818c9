/**
 * Which language a text in Arabic script is written in: Arabic, or Persian, Urdu, Pashto, Sorani Kurdish
 * or Uyghur, which share the script but not the names Marsad knows. Two kinds of evidence, both cheap:
 * letters Arabic does not use (each of the other languages has some of its own) and frequent function
 * words. The page's lang attribute is only a hint: it decides when the text is too short to tell, and
 * the text overrules it (Arabic sites that declare lang="en-US", Persian text under lang="ar").
 */

export type ScriptLanguage = "ar" | "fa" | "ur" | "ps" | "ckb" | "ug";

const OTHER_LANGUAGES = ["fa", "ur", "ps", "ckb", "ug"] as const;

/** Letters of the Arabic script that Arabic itself does not write, by the language that does. */
const OWN_LETTERS: Record<(typeof OTHER_LANGUAGES)[number], string> = {
  fa: "پچژگکی۰۱۲۳۴۵۶۷۸۹", // Persian's, and most of them the other languages' too
  ur: "ٹڈڑںےۓہۂھ",
  ps: "ټډړږښځڅۍګڼ",
  ckb: "ێڵڕۆە",
  ug: "ۇۈۋڭې",
};

/** Frequent short words, after ي/ى→ی and ك→ک (Persian typed on an Arabic keyboard writes those). */
const FUNCTION_WORDS: Record<ScriptLanguage, readonly string[]> = {
  ar: ["فی", "علی", "أن", "إن", "التی", "الذی", "إلی", "عن", "هذا", "هذه", "قد", "کان", "لم", "بین"],
  fa: ["است", "این", "را", "که", "می", "از", "با", "های", "برای", "شد", "شده", "آن", "هم", "کرد", "بود"],
  ur: ["کے", "کی", "ہے", "میں", "اور", "سے", "نے", "کو", "ہیں", "کہ", "بھی"],
  ps: ["د", "او", "په", "چې", "دا", "کې", "ته", "دې"],
  ckb: ["لە", "بە", "کە", "ئەو", "بۆ", "لەگەڵ", "دەکات"],
  ug: ["ۋە", "بىلەن", "بۇ", "ئۈچۈن", "ھەم", "بولۇپ"],
};

/** Each function word's language (no word is in two lists). */
const WORD_LANGUAGE = new Map(
  (Object.entries(FUNCTION_WORDS) as [ScriptLanguage, readonly string[]][]).flatMap(([language, words]) =>
    words.map((word) => [word, language] as const),
  ),
);

/** Below this many Arabic-script letters the text is too short to overrule the page's lang. */
const LETTERS_TO_DECIDE = 80;

export interface LanguageEvidence {
  readonly language: ScriptLanguage;
  /** Arabic-script letters read. */
  readonly letters: number;
}

const isArabicScript = (code: number) => (code >= 0x0600 && code <= 0x06ff) || (code >= 0x0750 && code <= 0x077f);

/** For each code point of U+0600..U+06FF, the language whose own letter it is (index into OTHER_LANGUAGES + 1). */
const OWNER = new Uint8Array(0x100);
OTHER_LANGUAGES.forEach((language, i) => {
  for (const letter of OWN_LETTERS[language]) OWNER[letter.charCodeAt(0) - 0x0600] = i + 1;
});

/** Word boundaries: spaces and the punctuation of Arabic-script and Latin text. */
const WORD_BREAKS = /[\s.,:;!?؟،؛«»"'()[\]{}\-–—…]+/;

function wordKey(word: string): string {
  return /[يىك]/.test(word) ? word.replace(/[يى]/g, "ی").replace(/ك/g, "ک") : word;
}

function langHint(lang: string): ScriptLanguage | null {
  const primary = lang.trim().toLowerCase().split(/[-_]/)[0] ?? "";
  if (primary === "ar") return "ar";
  if (primary === "fa" || primary === "prs" || primary === "per") return "fa";
  if (primary === "ku") return "ckb";
  return (OTHER_LANGUAGES as readonly string[]).includes(primary) ? (primary as ScriptLanguage) : null;
}

/** The language of an Arabic-script text; lang is the page's declared language, "" when none. */
export function scriptLanguage(text: string, lang = ""): LanguageEvidence {
  const owned = [0, 0, 0, 0, 0, 0];
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isArabicScript(code)) continue;
    letters++;
    if (code <= 0x06ff) owned[OWNER[code - 0x0600]!]!++;
  }
  const [, fa, ur, ps, ckb, ug] = owned as [number, number, number, number, number, number];
  const own = { fa, ur, ps, ckb, ug };
  const words = { ar: 0, fa: 0, ur: 0, ps: 0, ckb: 0, ug: 0 };
  for (const word of text.split(WORD_BREAKS)) {
    if (word.length === 0 || word.length > 6) continue;
    const language = WORD_LANGUAGE.get(wordKey(word));
    if (language) words[language]++;
  }
  const hint = langHint(lang);
  if (letters < LETTERS_TO_DECIDE) return { language: hint ?? "ar", letters };
  // Persian's letters are shared by the others: a text is Urdu, Pashto, Sorani or Uyghur when it also
  // writes letters of that language's own (or its words), and Persian otherwise.
  let best: ScriptLanguage = "fa";
  let bestEvidence = 0;
  for (const language of OTHER_LANGUAGES) {
    if (language === "fa") continue;
    const evidence = (own[language] * 200) / letters + words[language];
    if (evidence >= 3 && evidence > bestEvidence) [best, bestEvidence] = [language, evidence];
  }
  // Arabic writes a foreign name with گ or پ now and then: one such letter in a hundred is not Persian.
  // An Arabic article quoting a Persian passage has more of those, and far more Arabic words.
  const foreign = (own.fa + own.ur + own.ps + own.ckb + own.ug) / letters;
  const arabicWords = words.ar >= Math.max(1, words[best]);
  const arabic = (foreign < 0.01 && arabicWords) || (foreign < 0.05 && words.ar >= 3 * Math.max(1, words[best]));
  return { language: arabic ? "ar" : best, letters };
}

const SAMPLE_CHARACTERS = 6000;
const SKIPPED_PARENTS = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "TEXTAREA"]);

/** The language of the page's text, read from its first few thousand characters. */
export function pageLanguage(doc: Document): LanguageEvidence {
  const parts: string[] = [doc.title];
  let read = 0;
  if (doc.body) {
    const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node && read < SAMPLE_CHARACTERS; node = walker.nextNode()) {
      if (SKIPPED_PARENTS.has(node.parentElement?.tagName ?? "")) continue;
      parts.push((node as Text).data);
      read += (node as Text).data.length;
    }
  }
  return scriptLanguage(parts.join(" ").slice(0, SAMPLE_CHARACTERS), doc.documentElement.lang);
}
