/**
 * Where a known place's name is no place. Marks the tokens right after an organisation's head
 * (منظمة شنغهاي، جامعة القاهرة), a sports word (فاز ليفربول: a club), a prayer (صلاة المغرب: the
 * sunset prayer), «قال لـ» (قال لـ«الشرق الأوسط»: a newspaper) or a foreign name's particle (دي
 * ماركي: a family name); and tells, for each KB place
 * match, whether it is a place here: not a common word read through a proclitic (لايزال is «still»,
 * not ل + Aizawl), not a city with a club's suffix or masculine adjective (ميلان الإيطالي), not
 * «مسقط رأسه», not a feminine adjective after an ال-noun (العائلة المالكة السعودية), not a masculine
 * one after an accusative noun (جنديا تركيا), not the name of a disease the page names (فيروس كورونا).
 * It must never
 * block a place that only follows a preposition: «وصل إلى السعودية» is the country.
 */

import type { KbEntity } from "../../kb/types.ts";
import type { TaggingDocument } from "../document.ts";
import type { GazetteerMatch } from "../gazetteer.ts";
import { DISEASE_HEAD, FOREIGN_PARTICLE, ORG_HEAD, PRAYER, SPORTS } from "../lexicon.ts";
import type { Token } from "../tokenize.ts";
import { keyOf } from "../word-tests.ts";
import { personNamedLikePlace } from "./person-named-like-place.ts";

/** An opening quotation mark between two words, and nothing else. */
const QUOTE_GAP = /^\s*["«“]\s*$/;

/** Pass: the token indices where a place name is not a place. */
export function findPlaceBlockers(doc: TaggingDocument): void {
  const { tokens, cues, lex } = doc;
  const { text } = doc.norm;
  const out = new Set<number>();
  const spokenTo = (i: number) =>
    tokens[i]!.text === "ل" && [i - 1, i - 2].some((j) => tokens[j]?.readings.some((r) => lex.speechVerbs.has(r.key)));
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (cues[i]! & (SPORTS | ORG_HEAD | PRAYER) && tokens[i + 1]!.tight) out.add(i + 1);
    // صحيفة «الشرق الأوسط»: a name in quotation marks after an organisation's head is its name.
    if (cues[i]! & ORG_HEAD && QUOTE_GAP.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start))) out.add(i + 1);
    // قال لـ«الشرق الأوسط»: whom one speaks to is a medium, even one named after a region.
    if (spokenTo(i)) out.add(i + 1);
    // دي ماركي، فان دام: after a particle of a foreign name, a place's name is a family name (a place's
    // own particle is inside its KB name: ريو دي جانيرو).
    if (lex.cuesOfId(tokens[i]!.id) & FOREIGN_PARTICLE && tokens[i + 1]!.tight) out.add(i + 1);
  }
  for (const i of diseaseNamed(doc)) out.add(i);
  doc.blocked = out;
}

/**
 * The tokens of a disease's name, wherever the page names it: «فيروس كورونا» makes every كورونا of
 * the page the virus, not Corona in California.
 */
function diseaseNamed({ tokens, cues }: TaggingDocument): number[] {
  const names = new Set<string>();
  tokens.forEach((_, i) => {
    const next = tokens[i + 1];
    if (next?.tight && cues[i]! & DISEASE_HEAD) for (const r of next.readings) names.add(r.key);
  });
  if (names.size === 0) return [];
  return tokens.flatMap((t, i) => (t.readings.some((r) => names.has(r.key)) ? [i] : []));
}

/**
 * Whether a KB place match is a place here: not inside an organisation's or a club's name,
 * and not a feminine nationality adjective that happens to equal a country's name
 * (العائلة المالكة السعودية).
 */
export function isPlaceHere(doc: TaggingDocument, m: GazetteerMatch, kind: KbEntity["kind"]): boolean {
  const { tokens, lex, words } = doc;
  if (m.skip === 0 && doc.blocked.has(m.first)) return false;
  // وقال صلاح الدين القطامي: a person's name that begins like a place.
  if (personNamedLikePlace(doc, m)) return false;
  // لايزال is «still», not ل + Aizawl; بنوك «banks», not ب + نوك: a common word is not read through a proclitic.
  if (m.skip > 0 && lex.common.has(tokens[m.first]!.text)) return false;
  const next = tokens[m.last];
  if (next?.tight && lex.sportsSuffixes.has(next.text)) return false;
  // مسقط رأسه is «his birthplace», not Muscat.
  if (keyOf(tokens, m) === "مسقط" && next?.tight && next.text.startsWith("راس")) return false;
  // ميلان الإيطالي، بورتو البرتغالي: a city with a masculine nationality adjective is its club (a city's
  // is feminine). المالي is «financial» far more often than «Malian» (سوق دبي المالي).
  const clubAdjective =
    next?.tight && /^ال.+ي$/.test(next.text) && next.text !== "المالي" && words.nationalityOf(next.text);
  if (kind === "city" && clubAdjective) return false;
  const first = tokens[m.first] as Token;
  const prev = tokens[m.first - 1];
  const adjectiveLike =
    m.last - m.first === 1 && m.skip === 0 && first.text.startsWith("ال") && first.text.endsWith("يه");
  if (adjectiveLike && first.tight && prev?.text.startsWith("ال") && !lex.lists.notNouns.has(prev.text)) return false;
  return !(kind === "country" && accusativeAdjective(doc, m));
}

/**
 * «قتل جنديا تركيا»، «فنانا إسبانيا»: after an indefinite noun in the accusative (its alif of
 * tanween), a country's name in يا is the noun's nationality adjective (تركي + ا), not the country.
 */
function accusativeAdjective({ tokens, lex, words }: TaggingDocument, m: GazetteerMatch): boolean {
  const first = tokens[m.first] as Token;
  const prev = tokens[m.first - 1];
  if (m.last - m.first !== 1 || m.skip > 0 || !first.tight || !prev || !first.text.endsWith("يا")) return false;
  // The noun: a word of the dictionary, or a relative noun in ي (جندي، عسكري); never a verb's dual,
  // nor a title's dual in construct (رئيسا روسيا وأوكرانيا: the two presidents of Russia and Ukraine).
  const noun = prev.text.endsWith("ا") ? prev.text.slice(0, -1) : "";
  if (noun.length < 3 || lex.titleWords.has(noun) || verbBefore(tokens[m.first - 2])) return false;
  if (!(lex.common.has(noun) || (noun.length >= 4 && noun.endsWith("ي")))) return false;
  return words.nationalityOf(first.text.slice(0, -1)) !== undefined;
}

/**
 * Whether the word before a word in ا says that word is a verb's dual: قد (only ever before a verb: قد
 * زارا تركيا) or a dual subject with the article (الوزيران زارا تركيا).
 */
function verbBefore(t: Token | undefined): boolean {
  return !!t && (/^[وف]?ل?قد$/.test(t.text) || /^[وف]?ال..+ان$/.test(t.text));
}
