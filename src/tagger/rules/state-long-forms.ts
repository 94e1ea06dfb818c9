/**
 * A country's long form is one place: «جمهورية فنزويلا» (the form word joins the country's mention),
 * «الجمهورية البرتغالية» and «الجمهورية الإسلامية الإيرانية» (the form word and its adjectives, for
 * that country). The corpus leaves some forms outside the country's mention: مملكة [غانا]. It must
 * never take a president's title for a place: in «رئيس الجمهورية العراقي» the adjective is masculine,
 * so it is his, not the (feminine) republic's.
 */

import type { Candidate } from "../candidates.ts";
import type { TaggingDocument } from "../document.ts";
import { STATE_FORM } from "../lexicon.ts";

/** Pass: long forms of states, widening a country after a form word or adding a country of adjectives. */
export function stateLongForms(doc: TaggingDocument): void {
  const { tokens, cues, lex, words, candidates } = doc;
  const { stateForms, stateFormsOutside, regimeWords } = lex.lists;
  const out: Candidate[] = [];
  const countryAt = new Map(candidates.filter((c) => c.entity.startsWith("country:")).map((c) => [c.first, c]));
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!(cues[i]! & STATE_FORM) || !tokens[i + 1]!.tight) continue;
    const form = tokens[i]!.readings.find((r) => stateForms.has(r.key))!;
    const country = countryAt.get(i + 1);
    if (country && country.skip === 0 && !stateFormsOutside.has(form.key)) {
      country.first = i;
      country.skip = form.skip;
      continue;
    }
    let last = i + 1;
    let code: string | undefined;
    while (last < tokens.length && last < i + 4 && tokens[last]!.tight) {
      const word = tokens[last]!.text;
      // The form is feminine, and so its adjective: «رئيس الجمهورية العراقي» is the president's title.
      const cc = regimeWords.has(word) || !word.endsWith("ه") ? undefined : words.nationalityOf(word);
      if (!word.startsWith("ال") || (!cc && !regimeWords.has(word))) break;
      if (cc) code = cc;
      last++;
    }
    while (last > i + 1 && regimeWords.has(tokens[last - 1]!.text)) last--; // end on the nationality
    const kb = code ? lex.entities.get(lex.entities.indexOf(`country:${code}`)) : undefined;
    if (!kb) continue;
    out.push({
      type: "place",
      first: i,
      last,
      skip: form.skip,
      entity: kb.id,
      kb,
      name: kb.ar,
      country: code!,
      evidence: "kb",
    });
  }
  candidates.push(...out);
}
