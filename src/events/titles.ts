/**
 * Officials named only by their title (الرئيس الصيني، وزيرا الخارجية الصيني والروسي، نظيره الروسي)
 * resolved to a person: first from the page (who holds that title and country there), then from the
 * knowledge base for the event's year. Nothing when more than one person fits.
 */

import type { PackedKb } from "../kb/packed.ts";
import { normalizeKey } from "../tagger/normalize.ts";
import type { Mention } from "../tagger/types.ts";
import { fold } from "./forms.ts";
import { escapeRegExp } from "./regexp.ts";
import { EVENT_WORDS } from "./words.generated.ts";

export interface TitleReference {
  readonly title: string;
  readonly country: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** «المسؤول الإيراني»: no office, only a country; it refers back to the page's latest official of it. */
  readonly generic?: boolean;
}

/** نظيره with its pronoun glued or split off (نظير ه), as the CoNLL corpora write it. */
const COUNTERPARTS = EVENT_WORDS.counterpartWords.map((word) => escapeRegExp(word).replace(/(ه|ها)$/, " ?$1"));
/** A title head or نظيره followed by a nationality adjective: الرئيس الصيني، نظيره الروسي. */
const SINGLE = new RegExp(
  `(${[...EVENT_WORDS.titleHeads.map(escapeRegExp), ...COUNTERPARTS].join("|")}) (ال[\\u0621-\\u064a]+)`,
  "g",
);
/**
 * A title head in the feminine (وزيرة الخارجية الأمريكية، المستشارة الألمانية، رئيسة الوزراء): its first
 * word takes ة; the office is the same, so it is looked up in the masculine.
 */
const FEMININE_TITLES = new Map(
  EVENT_WORDS.titleHeads.map((title) => [title.replace(/^(\S+)/, "$1ة"), title] as const),
);
const FEMININE = new RegExp(`(${[...FEMININE_TITLES.keys()].map(escapeRegExp).join("|")}) (ال[\\u0621-\\u064a]+)`, "g");
/**
 * «وزير الموارد الطبيعية الإيراني»، «وزيرة الصحة الفرنسية»: a minister with any portfolio in construct (one
 * or two definite words) and a nationality adjective; the listed heads (وزير الخارجية) are read first.
 */
const PORTFOLIO = /(?<![\u0621-\u064a])(وزيرة? ال[\u0621-\u064a]+(?: ال[\u0621-\u064a]+)?) (ال[\u0621-\u064a]+)/g;
/** Heads whose title goes on with where they are posted (السفير الإسرائيلي في بكين، المبعوث الأمريكي لدى …). */
const POSTED = /^(السفير|السفيرة|المبعوث|المبعوثة)$/;
/** في or لدى before the post, right after the nationality. */
const POST = /^ (?:في|لدى|لدي) /;
/** A generic head and a nationality adjective: المسؤول الإيراني. */
const GENERIC = new RegExp(
  `(?<!\\S)(?:${EVENT_WORDS.genericHeads.map(escapeRegExp).join("|")}) (ال[\\u0621-\\u064a]+)`,
  "g",
);
/**
 * «الأخير» as a pronoun (the latter: أن الأخير أبلغ، والتقى الأخير): after «أن», a conjunction or a
 * preposition, not after a noun it describes (الأسبوع الأخير). It means the latest official named.
 */
const LATTER =
  /(?:^|\s)(?:ان|بان|ب ان|و|ف|مع|ب|ل|الى|الي|من|عن|كان|وكان)? ?(?<!ال\S* )(ال[أا]خير[ةه]?)(?![\u0621-\u064a])/g;
/**
 * «نائب الرئيس الأمريكي»، «مساعد وزير الخارجية الأمريكي»، «مبعوث الرئيس الروسي»: a title in construct
 * after an office or an envoy names that office's holder, not the principal: the reference is the whole
 * phrase. After a kin word (شقيق العاهل المغربي) it names no official at all.
 */
const KIN = new Set(EVENT_WORDS.kinWords.map(fold));
const CONSTRUCT_HEAD = new RegExp(
  `(?:^|\\s)((?:[وف] ?)?(?:[بل] ?)?(?:ال)?(${[...EVENT_WORDS.officeHeads, ...EVENT_WORDS.proxyWords, ...EVENT_WORDS.kinWords].map((w) => escapeRegExp(fold(w))).join("|")})[ةه]?) $`,
);
const DUAL_HEADS: Record<string, string> = { وزيرا: "وزير", رئيسا: "رئيس" };
/** Plural heads with their nationality adjectives joined by و or a comma: رؤساء الوزراء الإيطالي والفنلندي والتركي. */
const PLURAL = /(رؤساء|وزراء) (\S+) (ال[\u0621-\u064a]+(?:(?: ?[،,] ?| و ?| ?و)ال[\u0621-\u064a]+)+)/g;
const PLURAL_HEADS: Record<string, string> = { وزراء: "وزير", رؤساء: "رئيس" };

/** A title with each word's feminine ending dropped: «وزيرة الخارجية» holds the office «وزير الخارجية» does. */
const genderless = (title: string) => title.replace(/[ةه](?=\s|$)/g, "");

/** The KB's nationality adjectives by country, built once per KB rather than once per article. */
const NATIONALITIES = new WeakMap<PackedKb, Map<string, string>>();
function nationalitiesOf(kb: PackedKb): Map<string, string> {
  let table = NATIONALITIES.get(kb);
  if (!table) NATIONALITIES.set(kb, (table = new Map(kb.header.nationalities)));
  return table;
}

export class TitleResolver {
  private readonly nationalities: Map<string, string>;

  constructor(
    private readonly kb: PackedKb,
    private readonly text: string,
    private readonly mentions: readonly Mention[],
  ) {
    this.nationalities = nationalitiesOf(kb);
  }

  private countryOf(adjective: string): string | undefined {
    const key = normalizeKey(adjective).replace(/^(ال|لل|بال|وال)/, "");
    return this.nationalities.get(key) ?? this.nationalities.get(key.replace(/ه$/, ""));
  }

  /** Where an ambassador's title ends: after «في» or «لدى» and a place mention right there, else at `end`. */
  private postEnd(end: number): number {
    const link = POST.exec(this.text.slice(end, end + 6));
    if (!link) return end;
    const place = this.mentions.find(
      (m) => (m.type === "place" || m.type === "organization") && m.start === end + link[0].length,
    );
    return place ? place.end : end;
  }

  /** Title phrases in [start, end) of the text that no name follows. `counterpartTitle` reads نظيره. */
  referencesIn(start: number, end: number, counterpartTitle: string | undefined): TitleReference[] {
    const sentence = this.text.slice(start, end);
    const found: TitleReference[] = [];
    const named = (at: number) =>
      this.mentions.some((m) => m.type === "official" && m.start >= at && m.start <= at + 2);
    const dual = /(وزيرا|رئيسا) (\S+(?: \S+)?) (ال\S+) و(ال[\u0621-\u064a]+)/g;
    for (const match of sentence.matchAll(dual)) {
      const title = `${DUAL_HEADS[match[1]!]} ${match[2]}`;
      for (const adjective of [match[3]!, match[4]!]) {
        const country = this.countryOf(adjective);
        if (country)
          found.push({
            title,
            country,
            start: start + match.index,
            end: start + match.index + match[0].length,
            text: match[0],
          });
      }
    }
    for (const match of sentence.matchAll(PLURAL)) {
      const title = `${PLURAL_HEADS[match[1]!]} ${match[2]}`;
      for (const adjective of match[3]!.split(/[\s،,]+و?|(?<=\s)و/).filter((w) => w.startsWith("ال"))) {
        const country = this.countryOf(adjective);
        const at = start + match.index;
        if (country)
          found.push({ title, country, start: at, end: at + match[0].length, text: `${title} ${adjective}` });
      }
    }
    const singles = [
      ...sentence.matchAll(SINGLE),
      ...sentence.matchAll(FEMININE),
      ...sentence.matchAll(PORTFOLIO),
    ].sort((a, b) => a.index - b.index);
    for (const match of singles) {
      const at = start + match.index;
      const posted = POSTED.test(match[1]!);
      // صحيفة السفير اللبنانية: a masculine head takes a masculine adjective; with a feminine one it is a name.
      if (posted && !match[1]!.endsWith("ة") && /ة$/.test(match[2]!)) continue;
      // السفير الإسرائيلي في بكين: an ambassador's or an envoy's post, a place the page names, is his title's.
      const after = posted ? this.postEnd(at + match[0].length) : at + match[0].length;
      if (named(after) || found.some((f) => at >= f.start && at < f.end)) continue;
      const construct = CONSTRUCT_HEAD.exec(fold(sentence.slice(Math.max(0, match.index - 30), match.index)));
      if (construct && KIN.has(construct[2]!)) continue;
      const country = this.countryOf(match[2]!);
      let head = match[1]!.includes("نظير")
        ? counterpartTitle
        : (FEMININE_TITLES.get(match[1]!) ?? match[1]!.replace(/^وزيرة/, "وزير"));
      const from = construct ? at - construct[1]!.length - 1 : at;
      if (construct && head) head = `${construct[2]} ${head}`;
      if (country && head)
        found.push({ title: head, country, start: from, end: after, text: this.text.slice(from, after) });
    }
    for (const match of sentence.matchAll(LATTER)) {
      const at = start + match.index + match[0].length - match[1]!.length;
      const latest = this.latest(at);
      if (latest?.country)
        found.push({
          title: "",
          country: latest.country,
          start: at,
          end: at + match[1]!.length,
          text: match[1]!,
          generic: true,
        });
    }
    for (const match of sentence.matchAll(GENERIC)) {
      const at = start + match.index;
      const country = this.countryOf(match[1]!);
      if (country && !named(at + match[0].length))
        found.push({ title: "", country, start: at, end: at + match[0].length, text: match[0], generic: true });
    }
    return found;
  }

  /** The latest official named before `offset` that `accept` takes, or null. */
  private latest(offset: number, accept: (m: Mention) => boolean = () => true): Mention | null {
    let latest: Mention | null = null;
    for (const m of this.mentions) {
      if (m.start >= offset) break;
      if (m.type === "official" && accept(m)) latest = m;
    }
    return latest;
  }

  /** The latest official of the reference's country named before it on the page: who «المسؤول الإيراني» is. */
  private latestOfCountry(reference: TitleReference): Mention | null {
    const latest = this.latest(reference.start, (m) => m.country === reference.country);
    return latest && { ...latest, start: reference.start, end: reference.end, text: reference.text, evidence: "title" };
  }

  /**
   * A title reference nobody could be found for, kept as the office it names (issue 15: «a record with
   * {office, country} and no entity is still an event»).
   */
  static roleOnly(reference: TitleReference): Mention {
    return {
      start: reference.start,
      end: reference.end,
      type: "official",
      text: reference.text,
      entity: `role:${reference.title}:${reference.country}`,
      name: reference.text,
      role: reference.title,
      country: reference.country,
      evidence: "title",
    };
  }

  /** The official a title reference means, or null when the page and the KB leave a doubt. */
  resolve(reference: TitleReference, year: number | undefined): Mention | null {
    if (reference.generic) return this.latestOfCountry(reference);
    const title = normalizeKey(reference.title);
    const office = genderless(title);
    const holders = this.mentions.filter(
      (m) =>
        m.type === "official" &&
        m.country === reference.country &&
        genderless(normalizeKey(m.role ?? "")).includes(office),
    );
    const byEntity = new Map<string, { mention: Mention; score: number }>();
    for (const mention of holders) {
      const before = normalizeKey(this.text.slice(Math.max(0, mention.start - 40), mention.start));
      // The title said right before the name (its nationality between), not a title of someone else's.
      const said =
        new RegExp(`${escapeRegExp(office)}(?: \\S+)?$`).test(genderless(before)) || /نظير/.test(before) ? 1 : 0;
      const entry = byEntity.get(mention.entity) ?? { mention, score: 0 };
      entry.score += said;
      byEntity.set(mention.entity, entry);
    }
    const ranked = [...byEntity.values()].sort((a, b) => b.score - a.score);
    if (ranked.length === 1 || (ranked.length > 1 && ranked[0]!.score > ranked[1]!.score)) return ranked[0]!.mention;
    if (ranked.length > 1 || year === undefined) return null;
    const inKb = this.kb.entities
      .holders(title, reference.country)
      .filter((entity) =>
        entity.roles?.some(
          (role) =>
            role.country === reference.country &&
            normalizeKey(role.title) === title &&
            (role.from ?? 0) <= year &&
            (role.to ?? 9999) >= year,
        ),
      );
    if (inKb.length !== 1) return null;
    const entity = inKb[0]!;
    return {
      start: reference.start,
      end: reference.end,
      type: "official",
      text: reference.text,
      entity: entity.id,
      name: entity.ar,
      latin: entity.latin,
      role: reference.title,
      country: reference.country,
      evidence: "title",
    };
  }
}
