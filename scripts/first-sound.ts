/**
 * Whether an Arabic place name and its Latin name begin with the same sound: a check on a gazetteer
 * whose rows pair labels from different records (Wikidata gave Aden the label «فيروسات غدانية», Tyre
 * «إطار هواء»). Only the first letter is compared, after the article on either side; a vowel or ع
 * matches any vowel. Loose on purpose: transliterations differ in everything but the first sound.
 */

import { normalizeKey } from "../src/tagger/normalize.ts";

/** The Latin letters each Arabic consonant is written with at the start of a name. */
const SOUNDS: Record<string, string> = {
  ب: "bp", ت: "t", ث: "t", ج: "jgd", ح: "hx", خ: "kh", د: "d", ذ: "dz", ر: "r", ز: "z", س: "sc", ش: "sc",
  ص: "s", ض: "d", ط: "t", ظ: "zd", غ: "gr", ف: "fp", ق: "qkgc", ك: "kcqg", ل: "l", م: "m", ن: "n", ه: "h",
  و: "wouv", ي: "yije",
}; // prettier-ignore
/** A vowel; Somali writes ع with c (Caluula). */
const VOWELS = "aeiouyc";
const VOWEL_LETTERS = new Set(["ا", "ع", "ء"]);
/** The Arabic article as transliterations write it (Al Fayyum, Ad Diwaniyah, Ash Shihr, El Jadida, La Marsa). */
const LATIN_ARTICLE = /^((a|e)(l|d|r|s|t|z|n|sh|th|dh)|la|le|les|l)[\s'’-]+/i;

export function sameFirstSound(arabic: string, latin: string): boolean {
  const key = normalizeKey(arabic);
  const ar = key.replace(/^ال(?=..)/, "");
  const first = latin
    .normalize("NFD")
    .replace(/[^\sA-Za-z'’-]/g, "")
    .replace(/^['’\s-]+/, "")
    .replace(LATIN_ARTICLE, "")
    .charAt(0)
    .toLowerCase();
  const letter = ar.charAt(0);
  if (!first) return true;
  // French spellings join the article to the name: Laghouat (الأغواط), Errachidia (الرشيدية).
  if (ar !== key && (first === "l" || first === "e")) return true;
  if (VOWEL_LETTERS.has(letter)) return VOWELS.includes(first);
  return (SOUNDS[letter] ?? "").includes(first);
}
