/**
 * Who takes part in an event: the officials of its clause (clauses.ts), with those named by title alone
 * resolved (titles.ts, page-titles.ts); never the sender of a message carried to the meeting («رسالة من الرئيس X»),
 * the patron of an occasion («برعاية X»), or a "person" that is itself an event phrase the tagger took
 * for a name. A possessive pronoun on the event noun (لقائه) and a verb with no subject of its own in
 * its clause (… ثم التقى الوزير Y) bring in the person they refer to.
 */

import type { Mention } from "../tagger/types.ts";
import { alternatives, fold, nounPattern, WORD_START } from "./forms.ts";
import type { PageTitles } from "./page-titles.ts";
import type { Surnames } from "./surnames.ts";
import { TitleResolver } from "./titles.ts";
import { triggersIn, type TriggerMatch } from "./triggers.ts";
import { EVENT_WORDS } from "./words.generated.ts";

/** The mentions inside [start, end), found by binary search: the tagger returns them sorted by start. */
export function within(mentions: readonly Mention[], start: number, end: number): Mention[] {
  let [low, high] = [0, mentions.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (mentions[middle]!.start < start) low = middle + 1;
    else high = middle;
  }
  const found: Mention[] = [];
  for (let i = low; i < mentions.length && mentions[i]!.start < end; i++) {
    if (mentions[i]!.end <= end) found.push(mentions[i]!);
  }
  return found;
}

/**
 * A message's sender, or of anything addressed (رسالة … من X، التهاني من X: address-nouns.txt), or an
 * occasion's patron (برعاية X), in the words before a name.
 */
const NOT_A_PARTY = new RegExp(
  `(?:${WORD_START}(?:[وبل] ?)?(?:ال)?(?:${alternatives(EVENT_WORDS.addressNouns).replace(/\[ةه\]/g, "[ةهت]")})(?: \\S+){0,3} من|رعاي[ةهت])(?: \\S+){0,3} ?$`,
);
/**
 * «سلمه رسالة الرئيس X»، «نقل إليه تحيات الملك X»: a message or greetings in construct with a name
 * (no «إلى» between) are that name's, sent, not brought.
 */
const SENT_BY =
  /(?:^|\s)(?:[وبل] ?)?(?:ال)?(?:رسال[ةهت]|رسائل|برقي[ةه]|برقيات|تحيات|تحي[ةه]|تمنيات)(?: (?!(?:ال[يى]|ل|مع)(?:\s|$))\S+){0,3} ?$/;

/**
 * «يزور X القاهرة موفدا من الرئيس Y»، «نيابة عن الملك Y»، «بتكليف من الرئيس Y»: an envoy word in the
 * accusative of state, or a word of acting for someone, with من or عن names who sent the party, not a party.
 */
const SENT_FROM = new RegExp(
  `(?:^|\\s)(?:[وب] ?)?(?:(?:${alternatives(EVENT_WORDS.proxyWords)})(?:ا|ين)?|(?:بال|ال)?نياب[ةه]|تكليف|بتكليف) (?:من|عن)(?: \\S+){0,3} ?$`,
);
/**
 * «X موفد الرئيس الإيراني Y»: a proxy word in apposition to the word before it (not after و or a
 * preposition), so Y only sent X. «و مستشار الأمين العام Y» names the adviser Y himself.
 */
const PROXIES = alternatives([...EVENT_WORDS.proxyWords, ...EVENT_WORDS.kinWords]);
const PROXY = new RegExp(`(?:^|\\s)(\\S+) (?:${PROXIES})(?: \\S+){0,3} ?$`);
/** A proxy word right after a name (سوزان مبارك قرينة …): the name is the kin's or the envoy's. */
const PROXY_AFTER = new RegExp(`^ (?:${PROXIES})(?![\\u0621-\\u064a])`);
/**
 * «الحزب الذي أسسه X»، «المدينة التي افتتحها الملك»: a relative pronoun and its verb right before a name
 * make the name that verb's subject, another happening's; unless the verb is an event word (الاتفاقية التي
 * وقعها X) or the relative takes back a group (الوفد الذي يرأسه X: its head is a party).
 */
const RELATIVE_SUBJECT = /(?:^|\s)(\S+) ((?:الذي|التي|الذين|اللذين|اللتين) \S+(?: (?:هما|هم|ها|ه))?) $/;
const GROUP = new RegExp(`^${nounPattern(EVENT_WORDS.groupNouns)}$`);
const LINKS = new Set(["و", "ف", "مع", "من", "ب", "ل", "في", "الى", "الي", "على", "علي", "عن", "،", ","]);

export class Participants {
  constructor(
    private readonly text: string,
    private readonly mentions: readonly Mention[],
    private readonly titles: TitleResolver,
    private readonly pageTitles: PageTitles,
    private readonly surnames: Surnames,
  ) {}

  /** Each mention as a party (or null), read once: clauses of one sentence overlap. */
  private readonly verdicts = new Map<Mention, Mention | null>();

  private asParty(m: Mention): Mention | null {
    let verdict = this.verdicts.get(m);
    if (verdict === undefined) this.verdicts.set(m, (verdict = this.judge(m)));
    return verdict;
  }

  /**
   * The mention as a party: not a message's sender, a patron or a principal named after an envoy; a
   * name the tagger ran on into an event word (… أبو شقرة تباحث) ends before it; an event phrase the
   * tagger took for a name (اتصالين هاتفيين) is none.
   */
  private judge(m: Mention): Mention | null {
    if (m.type !== "official") return null;
    const trigger = triggersIn(m.text)[0];
    if (trigger && trigger.index === 0) return null;
    const name = trigger ? m.text.slice(0, trigger.index).trimEnd() : m.text;
    const party = trigger ? { ...m, end: m.start + name.length, text: name } : m;
    if (this.someoneElses(m.start)) return null;
    return this.ownKin(m) ? null : party;
  }

  /**
   * Whether the words before `start` make the person named there someone else's: a message's sender, a
   * patron, a principal after an envoy or kin (شقيق العاهل المغربي), a relative clause's subject.
   */
  private someoneElses(start: number): boolean {
    const before = fold(this.text.slice(Math.max(0, start - 60), start));
    const spaced = before.replace(/\s+/g, " ");
    if (NOT_A_PARTY.test(spaced) || SENT_BY.test(spaced) || SENT_FROM.test(spaced)) return true;
    const proxy = PROXY.exec(before);
    return (proxy !== null && !LINKS.has(proxy[1]!)) || this.relativeSubject(before);
  }

  /** Whether the words before a name end with a relative clause's verb that is no event word, after no group. */
  private relativeSubject(before: string): boolean {
    const relative = RELATIVE_SUBJECT.exec(before);
    if (!relative || GROUP.test(relative[1]!)) return false;
    const from = before.length - relative[2]!.length - 1;
    return !triggersIn(before).some((t) => t.end > from);
  }

  /**
   * «سوزان مبارك قرينة الرئيس المصري حسني مبارك»: the mention is followed by a kin or envoy word and,
   * within a few words, by the same official named again: nobody is their own wife or envoy, so the
   * first mention is the kin's name, not the official.
   */
  private ownKin(m: Mention): boolean {
    if (!PROXY_AFTER.test(fold(this.text.slice(m.end, m.end + 12)))) return false;
    return within(this.mentions, m.end, m.end + 60).some((other) => other.entity === m.entity);
  }

  /** The officials of [start, end) of the text, in order, one mention per person: by name, nearest `near`. */
  officialsIn(start: number, end: number, year: number | undefined, near = start, topic?: string): Mention[] {
    const officials = within(this.mentions, start, end).flatMap((m) => this.asParty(m) ?? []);
    const counterpartTitle = officials[0]?.role?.replace(/ ال\S+$/, "");
    for (const reference of this.titles.referencesIn(start, end, counterpartTitle)) {
      if (this.someoneElses(reference.start)) continue;
      const resolved = this.titles.resolve(reference, year);
      if (resolved || !reference.generic) officials.push(resolved ?? TitleResolver.roleOnly(reference));
    }
    // A page title or surname inside a name or a title with a nationality is already read there.
    const overlaps = (m: Mention) => officials.some((o) => o.start < m.end && m.start < o.end);
    const more = [...this.pageTitles.referencesIn(start, end, topic), ...this.surnames.referencesIn(start, end)];
    officials.push(...more.filter((m) => !overlaps(m)));
    // A person named in the clause is kept by name rather than by a title that stands for them.
    const rank = (m: Mention) => (m.evidence === "title" ? 100000 : 0) + Math.abs(m.start - near);
    const nearest = new Map<string, Mention>();
    for (const m of officials) {
      const kept = nearest.get(m.entity);
      if (!kept || rank(m) < rank(kept)) nearest.set(m.entity, m);
    }
    return [...nearest.values()].sort((a, b) => a.start - b.start);
  }

  /** The nearest official named before `offset` in [from, offset): who a pronoun there most likely means. */
  referentBefore(from: number, offset: number): Mention | null {
    const before = within(this.mentions, from, offset).flatMap((m) => this.asParty(m) ?? []);
    return before[before.length - 1] ?? null;
  }
}

/** A preposition that makes the name after it an object (التقى بالوزير، محادثات مع الرئيس); من and بين do not. */
const OBJECT_MARK = /(?:^|\s)(?:[وف] ?)?(?:مع|ب|ل|الي|الى)(?: ?ال\S*)?(?: \S+){0,6} ?$/;

/**
 * The clause's people, completed with the referent of a pronoun or of an omitted subject, when no one
 * is named before the event word:
 * - «خلال لقائه وزير الموارد»: the possessor of the event noun;
 * - «زار X بكين والتقى خلالها بوزير الخارجية Y», «يجري خلالها محادثات مع الرئيس Y»: the first person
 *   after the event word is an object, so the subject is left out: it is the previous event's actor;
 * - «… ثم التقى الملك Y»: a second event verb with one person shares the first one's subject.
 */
export function withReferents(
  text: string,
  people: readonly Mention[],
  trigger: TriggerMatch,
  at: number,
  sharedSubject: Mention | null,
  referent: () => Mention | null,
): Mention[] {
  const agent = agentWithObjectPronoun(text, people, trigger, at);
  if (agent) {
    const object = referent();
    if (object && object.entity !== agent.entity) return [agent, object];
  }
  if (trigger.objectPronoun && people.length > 0) {
    // «واستقبله الرئيس X»: the one received, met or called is who the pronoun refers to.
    const object = referent();
    if (object && !people.some((m) => m.entity === object.entity)) return [...people, object];
  }
  // «وصل X إلى بكين للمشاركة في القمة»: a purpose masdar with لـ has the subject of the verb before it.
  if (people.length === 0) return trigger.trigger.gathering && sharedSubject ? [sharedSubject] : [];
  if (people.some((m) => m.start < at)) return [...people];
  const first = people[0]!;
  const object = OBJECT_MARK.test(fold(text.slice(at, first.start)));
  let found: Mention | null = null;
  if (trigger.possessive) found = referent();
  else if (object) found = sharedSubject ?? referent();
  // «وصل X إلى عمان للقاء نظيره Y»: the purpose masdar's object follows it, its subject is the verb's.
  else if (trigger.purpose) found = sharedSubject;
  else if (trigger.verb && people.length === 1) found = sharedSubject;
  if (!found || people.some((m) => m.entity === found.entity)) return [...people];
  return [found, ...people];
}

/** «له»، «ل ها»: لـ with an object pronoun, right after the masdar's agent. */
const TO_HIM = /^ ل ?(?:هما|هم|ها|ه)(?![\u0621-\u064a])/;

/**
 * «خلال استقبال الرئيس X له»: a masdar with its agent right after it and its object as a pronoun after لـ.
 * The two parties are the agent and the person the pronoun refers to; the rest of the clause (the
 * senders of a letter handed over) is no party. The agent, or null when the words are not so.
 */
function agentWithObjectPronoun(text: string, people: readonly Mention[], trigger: TriggerMatch, at: number) {
  if (trigger.verb || trigger.possessive) return null;
  const end = at + trigger.end - trigger.index;
  // The agent's title may stand between (استقبال الرئيس الروسي فلان له).
  const agent = people.find((m) => m.start > end);
  if (!agent || !/^(?: [\u0621-\u064a]+){0,4} $/.test(text.slice(end, agent.start))) return null;
  return TO_HIM.test(fold(text.slice(agent.end, agent.end + 8))) ? agent : null;
}

/** A preposition before a partner of a lumped encounter: «اتصالين هاتفيين من X و Y», «محادثات مع X و Y». */
const PARTNER_MARK = /(?:^|\s)(?:[وف] ?)?(?:مع|ب|من|الي|الى)(?: ?ال\S*)?(?: \S+){0,6} ?$/;

/** «كل من X و Y» (each of X and Y) before the partners: one encounter with each, whatever the event word. */
const EACH = /(?:^|\s)(?:[وف] ?)?(?:مع|ب|من|الي|الى)? ?كلا? من(?: \S+){0,4} ?$/;
/**
 * «أجرى اتصالا مع X، وآخر مع Y»، «لقاء مع X وآخر مع Y»: «آخر» (another) stands for the event noun left out,
 * a second encounter of the same kind.
 */
const ANOTHER = /(?:^|\s)و ?(?:اخر|اخري|اخرين|اخريين)(?: \S+)? (?:مع|ب|من)(?:\s|$|ال)/;
/** «كلا على حدة»، «بشكل منفصل»: the subject met each of the others separately. */
const SEPARATELY = /(?:^|\s)(?:كلا?|كل) (?:منهم(?:ا)? )?علي حد[ةه]|(?:^|\s)بشكل منفصل|(?:^|\s)علي انفراد/;

/**
 * The encounters a plural or dual event noun lumps (issue 15: «talks with two presidents, calls with three
 * prime ministers» are one event each), or that «كل من» distributes (استقبل كلا من X و Y، رسائل إلى كل
 * من X و Y): the people before the first partner with each partner in turn. One encounter when the noun
 * is singular or there are not two partners.
 */
export function encounters(text: string, people: readonly Mention[], trigger: TriggerMatch, at: number): Mention[][] {
  const before = (i: number) => fold(text.slice(i > 0 ? Math.max(at, people[i - 1]!.end) : at, people[i]!.start));
  const last = people[people.length - 1];
  const separately = last !== undefined && SEPARATELY.test(fold(text.slice(at, last.end + 30)));
  const each = separately ? 1 : people.findIndex((m, i) => m.start > at && EACH.test(before(i)));
  const another = people.some((m, i) => i > 0 && m.start > at && ANOTHER.test(before(i)));
  if (!trigger.plural && !another && each < 1) return [[...people]];
  const first =
    trigger.plural || another ? people.findIndex((m, i) => m.start > at && PARTNER_MARK.test(before(i))) : each;
  if (first < 1 || people.length - first < 2) return [[...people]];
  const parties = people.slice(0, first);
  return people.slice(first).map((partner) => [...parties, partner]);
}
