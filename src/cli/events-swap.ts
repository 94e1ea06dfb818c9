/**
 * The event gold on the name-swapped corpus: the corpus's officials carry invented names (name-swap.ts),
 * its places other places, and each document's gold aliases are rewritten with the same replacements
 * (a place inside an alias too: السفير الإسرائيلي في بكين), so that a record naming the swapped person
 * still matches. The figure then measures the rules, not the KB's memory of names.
 */

import type { CompiledKb } from "../kb/types.ts";
import { type ConllDocument, parseConll } from "./conll.ts";
import { type EventGold, type GoldEvent, normalise } from "./events-scorer.ts";
import { swapNames } from "./name-swap.ts";
import { loadNamePools, loadPlacePools } from "./swap-pools.ts";

/**
 * An alias with every swapped name in it replaced, in one pass over its words, the longest name at each
 * word first: «الرئيس عبد العزيز بوتفليقة» takes the full replacement, «بوتفليقة» alone the surname's. A
 * replacement is never rewritten again (a place swapped for another the map also swaps). A name the
 * corpus does not tag as an official keeps its surface, as the swapped text does.
 */
export function rewriteAlias(alias: string, replacements: ReadonlyMap<string, string>): string {
  const words = normalise(alias).split(" ");
  const longest = Math.max(0, ...[...replacements.keys()].map((k) => k.split(" ").length));
  const out: string[] = [];
  for (let i = 0; i < words.length;) {
    let n = Math.min(longest, words.length - i);
    for (; n > 0; n--) {
      const to = replacements.get(words.slice(i, i + n).join(" "));
      if (to === undefined) continue;
      out.push(normalise(to));
      break;
    }
    if (n === 0) out.push(words[i]!);
    i += Math.max(n, 1);
  }
  return out.join(" ");
}

function rewriteEvent(event: GoldEvent, replacements: ReadonlyMap<string, string>): GoldEvent {
  const aliases = Object.fromEntries(
    Object.entries(event.aliases).map(([key, list]) => [key, list.map((a) => rewriteAlias(a, replacements))]),
  );
  return { ...event, aliases };
}

/**
 * The swap gives a full name's last word the same replacement wherever the surname stands alone; a
 * surname the gold lists that the corpus never tags alone is rewritten the same way.
 */
function withSurnames(replacements: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map(replacements);
  for (const [original, replacement] of replacements) {
    const words = original.split(" ");
    const surname = words[words.length - 1]!;
    if (words.length > 1 && !out.has(surname)) out.set(surname, replacement.split(" ").pop()!);
  }
  return out;
}

export interface SwappedEvents {
  readonly documents: ConllDocument[];
  readonly gold: EventGold;
}

/** The corpus with its officials and places swapped (seeded: always the same), and the gold rewritten to match. */
export function swappedEvents(kb: CompiledKb, source: string, gold: EventGold, seed = 1): SwappedEvents {
  const [officials, places] = [new Map<string, Map<string, string>>(), new Map<string, Map<string, string>>()];
  const remember = (into: Map<string, Map<string, string>>) => (document: number, from: string, to: string) => {
    const id = String(document);
    if (!into.has(id)) into.set(id, new Map());
    into.get(id)!.set(normalise(from), to);
  };
  const text = swapNames(source, {
    kb,
    names: loadNamePools(),
    places: loadPlacePools(kb),
    seed,
    onOfficial: remember(officials),
    onPlace: remember(places),
  });
  const docs = Object.fromEntries(
    Object.entries(gold.docs).map(([id, doc]) => {
      // A surname stands alone, a place's last word is no place of its own (جنوب لبنان).
      const replacements = new Map([...(places.get(id) ?? []), ...withSurnames(officials.get(id) ?? new Map())]);
      return [id, { ...doc, events: doc.events.map((e) => rewriteEvent(e, replacements)) }];
    }),
  );
  return { documents: parseConll(text), gold: { ...gold, docs } };
}
