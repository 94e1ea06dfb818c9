/**
 * Later mentions of an official by surname or an uncommon first name: باتروشيف after نيكولاي
 * باتروشيف, نيكولاس after نيكولاس بيرنز, also of one the knowledge base knows but gives no short form
 * (بيرنز is two officials; on this page it is the one already named). It must never take a family,
 * a father or a regnal number (آل ثاني، عبد الله الثاني), a common given name (فلاديمير), a surname
 * inside someone else's name (نزار قباني after الوزير توفيق قباني), nor a surname that is also a word
 * or a given name (رمضان، حمد) unless a speech verb or a title stands before it.
 */

import { type Candidate, coveredTokens } from "../candidates.ts";
import type { TaggingDocument } from "../document.ts";
import type { Token } from "../tokenize.ts";

/** Pass: the page's later short mentions of its officials, as coreference. */
export function shortForms(doc: TaggingDocument): void {
  const { tokens, lex, words, candidates } = doc;
  const { nameConnectors, regnalOrdinals } = lex.lists;
  const surnames = new Map<string, Candidate>();
  for (const c of candidates) {
    if (c.type !== "official" || c.last - c.first < 2) continue;
    const w = (tokens[c.last - 1] as Token).text;
    // آل ثاني، عبد الله الثاني: a family, a father or a regnal number, not the person.
    const family = nameConnectors.has((tokens[c.last - 2] as Token).text) || regnalOrdinals.has(w);
    if (w.length > 2 && !family && !surnames.has(w)) surnames.set(w, c);
    // نيكولاس after نيكولاس بيرنز: a first name, unless a common given name (فلاديمير) or a word.
    const f = (tokens[c.first] as Token).text.slice(c.skip);
    if (c.kb && f.length > 3 && !lex.given.has(f) && !lex.common.has(f) && !surnames.has(f)) surnames.set(f, c);
  }
  if (surnames.size === 0) return;
  const covered = coveredTokens(candidates);
  const out: Candidate[] = [];
  // نزار قباني، قباني مرزوق: a neighbouring name word makes it someone else's name.
  const nameNear = (i: number) =>
    (tokens[i]!.tight && i > 0 && words.mayBeFirstName(tokens[i - 1]!.text)) ||
    (!!tokens[i + 1]?.tight && words.isNameWord(tokens[i + 1]!.text, false));
  tokens.forEach((tok, i) => {
    if (covered.has(i)) return;
    for (const r of tok.readings) {
      const full = surnames.get(r.key);
      if (!full) continue;
      if (nameNear(i)) return;
      // رمضان is also a month, حمد many people's first name: such a surname needs a speech verb or a title before it.
      const word = lex.common.has(r.key) || lex.ordinaryNames.has(r.key) || lex.given.has(r.key);
      if (word && !speakerCue(doc, tokens[i - 1])) return;
      out.push({ ...full, first: i, last: i + 1, skip: r.skip, evidence: "coreference" });
      return;
    }
  });
  candidates.push(...out);
}

/** A word before a name that says it is a person: a speech verb (قال، أعرب) or a title (الملك). */
function speakerCue({ lex }: TaggingDocument, prev: Token | undefined): boolean {
  if (!prev) return false;
  return lex.titleWords.has(prev.text) || prev.readings.some((r) => lex.speechVerbs.has(r.key));
}
