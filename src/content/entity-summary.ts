/** Groups a page's mentions by entity: what the popup lists and the card shows. */

import type { EntitySummary } from "../shared/messages.ts";
import type { Category } from "../shared/settings.ts";
import type { Mention } from "../tagger/types.ts";

export function isMarkable(mention: Mention): mention is Mention & { type: Category } {
  return mention.type === "official" || mention.type === "place";
}

/** Entities in order of first mention; role and country from the first mention that has them. */
export function summarize(mentions: readonly Mention[]): EntitySummary[] {
  const groups = new Map<string, { first: Mention; mentions: Mention[] }>();
  for (const mention of mentions) {
    if (!isMarkable(mention)) continue;
    const group = groups.get(mention.entity);
    if (group) group.mentions.push(mention);
    else groups.set(mention.entity, { first: mention, mentions: [mention] });
  }
  return [...groups.values()].map(({ first, mentions: all }) => {
    const spellingCounts = new Map<string, number>();
    for (const m of all) spellingCounts.set(m.text, (spellingCounts.get(m.text) ?? 0) + 1);
    const spellings = [...spellingCounts].sort((a, b) => b[1] - a[1]).map(([text]) => text);
    const role = all.find((m) => m.role)?.role;
    const country = all.find((m) => m.country)?.country;
    return {
      entity: first.entity,
      type: first.type as Category,
      name: first.name,
      ...(first.latin ? { latin: first.latin } : {}),
      ...(role ? { role } : {}),
      ...(country ? { country } : {}),
      count: all.length,
      spellings,
    };
  });
}

/** A country code as a name in the reader's language; the code itself when the browser has no name. */
export function countryName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}
