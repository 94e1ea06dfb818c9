/**
 * The words inside a title, between its head and the name, that are no plain ال-word or link: an
 * indefinite construct chain (رئيس هيئة مكافحة الفساد), an elative with its specification (النائب الأكبر
 * سنا), a noun with a pronoun after an adjective (المنتهية ولايته), a portfolio's noun after شؤون; and the
 * words that end a title before the name: a rank or an honorific before a given name (المكلف اللواء
 * الصادق …), an adjective that is also someone's surname (المجلس الشعبي الولائي أحمد بوبكر).
 */

import type { TaggingDocument } from "../document.ts";
import { ORG_HEAD } from "../lexicon.ts";
import { nameEnd } from "../names.ts";
import type { Token } from "../tokenize.ts";
import { unknownGovernedPlace } from "./title-heads.ts";

/** How many words an elative with the article and its accusative of specification take at `j` (الأكبر سنا), or 0. */
export function specifiedElative({ tokens, words }: TaggingDocument, j: number): number {
  const next = tokens[j + 1];
  if (!/^الا[^ا]{3}$/.test(tokens[j]!.text) || !next?.tight || !next.text.endsWith("ا")) return 0;
  return words.isCommon(next.text.slice(0, -1)) ? 2 : 0;
}

/** A noun with a pronoun: a common word's, or a division word's (ولايته «his term», «his state»). */
export function possessedNoun({ words, lex }: TaggingDocument, text: string): boolean {
  // نادية is a given name, though نادي + ه would read «his club».
  if (text.startsWith("ال") || lex.given.has(text)) return false;
  return words.isPossessedNoun(text) || lex.lists.divisionHeads.has(text.replace(/ت(ه|ها)$/, "ه"));
}

/** Whether token `j` is a rank, an honorific or a title word with a given name right after it. */
export function rankBeforeName({ tokens, lex, words }: TaggingDocument, j: number): boolean {
  const t = tokens[j]!;
  const next = tokens[j + 1];
  if (!next?.tight || !(lex.honorifics.has(t.text) || lex.titleWords.has(t.text))) return false;
  // مجلس محافظة صلاح الدين: a division word (also a title's feminine) is followed by its place.
  if (lex.lists.divisionHeads.has(t.text)) return false;
  // المتحدث باسمه: باسمة is a given name too; a link goes on with the title.
  if (words.isTitleModifier(next.text) && !next.text.startsWith("ال")) return false;
  return lex.given.has(next.text) || (next.text.startsWith("ال") && lex.given.has(next.text.slice(2)));
}

/** شؤون with its proclitics (لشؤون، وشؤون), normalised. */
export function portfolioBefore(t: Token): boolean {
  return t.readings.some((r) => r.key === "شوون");
}

/** After شؤون: a noun, and the ال-word closing its construct (أسرى الحرب), take 2; else 0. */
export function portfolioNoun(tokens: readonly Token[], j: number): number {
  const next = tokens[j + 1];
  return !tokens[j]!.text.startsWith("ال") && next?.tight && next.text.startsWith("ال") ? 2 : 0;
}

/**
 * «رئيس المجلس الشعبي الولائي أحمد بوبكر»، «المتحدث العسكري العقيد فلان»: an ال-word that is also someone's
 * surname, inside a title's chain of ال-words and before a name, is the title's adjective. Not right
 * after the head: «الرئيس الأسد» is the name.
 */
export function adjectiveBeforeName(doc: TaggingDocument, j: number, headEnd: number): boolean {
  const { tokens, matchAt, words, lex } = doc;
  const m = matchAt.get(j);
  const t = tokens[j]!;
  if (!m || m.last !== j + 1 || m.skip > 0 || j === headEnd || !t.text.startsWith("ال")) return false;
  if (!tokens[j - 1]!.text.startsWith("ال") || !tokens[j + 1]?.tight) return false;
  const next = tokens[j + 1]!;
  // An officer's rank or an honorific may stand between the title and the name.
  if (lex.honorifics.has(next.text) || lex.titleWords.has(next.text)) return true;
  return words.mayStartName(tokens, j + 1) && nameEnd(doc, j + 1) - (j + 1) >= 2;
}

/** Indefinite nouns a construct chain may hold before its definite end (رئيس قسم مكافحة الجرائم). */
const MAX_CHAIN_NOUNS = 3;

/**
 * How many indefinite nouns of a construct chain start at token `j`: common words, no given names,
 * followed by a word with the article, as every chain ends (رئيس قسم مكافحة الجرائم الإلكترونية);
 * 0 when there is none. A name after a title never ends so.
 */
export function constructChainLength(doc: TaggingDocument, j: number): number {
  const { tokens, words, lex } = doc;
  for (let k = j; k <= j + MAX_CHAIN_NOUNS && tokens[k]?.tight; k++) {
    const token = tokens[k]!;
    const text = token.text;
    if (k > j && text.startsWith("ال")) return k - j;
    // رئيس ديوان المحاسبة: the head of a body's name is a noun of the chain, though also a given name;
    // inside the chain (سلطة جودة البيئة) a given name that is a word is the word.
    // مديرة إدارة الخدمات: a division word (إدارة، مديرية) is a noun of the chain too.
    const bodyHead = (lex.cuesOfId(token.id) & ORG_HEAD) !== 0 || lex.lists.divisionHeads.has(text);
    const possessed = words.isPossessedNoun(text);
    const noun = bodyHead || ((possessed || words.isCommon(text)) && (k > j || !lex.given.has(text)));
    // أن، لم، قد: particles are no nouns of a chain.
    if (text.length < 3 || text.startsWith("ال") || !noun) return 0;
    // رئيس مجلس مقاطعة كينيما: a division word ends the chain with the place it governs, one the KB lacks too.
    const governed = bodyHead ? unknownGovernedPlace(doc, k + 1) : 0;
    if (governed > 0) return k - j + 1 + governed;
    // وزير خارجيتها، رئيسة وزرائها: a noun with a pronoun is definite, and ends the chain as well.
    if (possessed) return k - j + 1;
  }
  return 0;
}
