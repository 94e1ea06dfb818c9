/**
 * Title heads with a pronoun attached: «حركة حماس وزعيمها خالد مشعل», «قائدها», «رئيستها». A title
 * with a pronoun is definite, as with the article, and a name may follow it. The forms are made from
 * each one-word title head without the article (a feminine's ة is written ت before the pronoun);
 * rules/titles.ts reads them, cues.ts makes them a cue.
 */

import type { Token } from "./tokenize.ts";

/** The pronouns a title head takes: his, her, their (two). */
export const TITLE_PRONOUNS = ["ه", "ها", "هم", "هما"];

/** Each title-with-pronoun form, normalised. */
export function pronounTitleForms(titles: readonly string[]): Set<string> {
  const forms = new Set<string>();
  for (const title of titles) {
    if (title.includes(" ") || title.startsWith("ال") || title.length < 3) continue;
    // وزيرة is normalised وزيره: its ة, written ت before a pronoun.
    const stem = title.endsWith("ه") ? `${title.slice(0, -1)}ت` : title;
    for (const pronoun of TITLE_PRONOUNS) forms.add(stem + pronoun);
  }
  return forms;
}

/** A feminine one-word title head's stem before a pronoun written apart (نائبت ه، رئيست ها), normalised. */
export function feminineStems(titles: readonly string[]): string[] {
  return titles
    .filter((t) => !t.includes(" ") && !t.startsWith("ال") && t.length >= 4 && t.endsWith("ه"))
    .map((t) => `${t.slice(0, -1)}ت`);
}

/** A stem before a pronoun read as its word: a ta marbuta written ت there is ه once normalised (نائبت: نائبه). */
export const withTaMarbuta = (stem: string): string => (stem.endsWith("ت") ? `${stem.slice(0, -1)}ه` : stem);

/** Whether a pronoun (ه، ها، هم، هما) follows token `k` as a word of its own, as a segmenter writes it (خارجية ها). */
export function pronounAfter(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  return !!next?.tight && TITLE_PRONOUNS.includes(next.text);
}
