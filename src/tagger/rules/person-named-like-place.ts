/**
 * A person whose name begins like a place (صلاح الدين القطامي: صلاح الدين is also an Iraqi province).
 * The place's name starts with a given name and runs on into another name word; it is the person's
 * unless the word before takes it as its genitive or object: an indefinite head in construct (محافظ
 * صلاح الدين، مدينة صلاح الدين) or a preposition (في صلاح الدين). After a definite word (الرئيس صلاح
 * الدين القطامي), a verb (وقال صلاح الدين القطامي) or a complete title (محافظ نينوى صلاح الدين
 * القطامي) it stands in apposition or as a subject: a name; after a preposition too when a title
 * follows it.
 */

import type { TaggingDocument } from "../document.ts";
import type { GazetteerMatch } from "../gazetteer.ts";
import { nameEnd, PREPOSITIONS } from "../names.ts";
import { TITLE_PRONOUNS } from "../pronoun-titles.ts";
import { NAME_HEADS } from "../word-tests.ts";

/** Proclitics that are prepositions: بصلاح الدين، لصلاح الدين. */
const PREPOSITION_CLITIC = /^[وف]?[بلك]/;

/** A place match that starts with a given name and runs on into a person's name. */
export function startsPersonsName(doc: TaggingDocument, m: GazetteerMatch): boolean {
  const { tokens, lex, words } = doc;
  if (words.isPersonMatch(m)) return false;
  const first = tokens[m.first]!.text.slice(m.skip);
  if (!lex.given.has(first)) return false;
  return nameEnd(doc, m.first, m.skip) > m.last;
}

/** What the word before the match is, when it governs it: a head in construct, or a preposition. */
function governor(doc: TaggingDocument, m: GazetteerMatch): "construct" | "preposition" | undefined {
  const { tokens, lex } = doc;
  const first = tokens[m.first]!;
  if (m.skip > 0 && PREPOSITION_CLITIC.test(first.text.slice(0, m.skip))) return "preposition";
  const prev = tokens[m.first - 1];
  if (!prev || !first.tight) return undefined;
  if (prev.readings.some((r) => PREPOSITIONS.has(r.key))) return "preposition";
  // وزير خارجية ها صلاح الدين القطامي: a pronoun written apart («نظير ها» is a title) ends a definite title.
  if (TITLE_PRONOUNS.includes(prev.text)) return undefined;
  const head = prev.readings.some(
    (r) => !r.key.startsWith("ال") && (lex.titleWords.has(r.key) || (lex.cuesOfId(r.id) & NAME_HEADS) !== 0),
  );
  return head ? "construct" : undefined;
}

/**
 * A person's name here, not the place it begins like. After a preposition it is the place, unless a
 * title follows the name in apposition (مع صلاح الدين القطامي مبعوث الرئيس).
 */
export function personNamedLikePlace(doc: TaggingDocument, m: GazetteerMatch): boolean {
  if (!startsPersonsName(doc, m)) return false;
  const by = governor(doc, m);
  if (by !== "preposition") return by === undefined;
  const end = nameEnd(doc, m.first, m.skip);
  return !!doc.tokens[end]?.tight && doc.lex.titles.longestAt(doc.tokens, end) !== undefined;
}
