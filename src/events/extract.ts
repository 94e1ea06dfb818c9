/**
 * Event records from a tagged document: every event word of a sentence (triggers.ts) that is told as
 * real (modality.ts) becomes a record with the people of its own clause (clauses.ts, participants.ts),
 * when it has at least two of them (or one official visiting a place); the same event told twice in one
 * article is one record (retellings.ts).
 */

import type { PackedKb } from "../kb/packed.ts";
import type { Mention } from "../tagger/types.ts";
import { clausesOf, sentencesOf, type Span } from "./clauses.ts";
import { resolveDate, type ResolvedDate } from "./dates.ts";
import { alternatives, fold, WORD_END } from "./forms.ts";
import { eventKey, stableId } from "./identity.ts";
import { conditionAfter, unreal } from "./modality.ts";
import { PageTitles } from "./page-titles.ts";
import { Surnames } from "./surnames.ts";
import { encounters, Participants, within, withReferents } from "./participants.ts";
import { continuationAfter, oneAfterAnother, opensWithPartner } from "./sequence.ts";
import { completeFromEachOther } from "./retellings.ts";
import { ownDate, placeOf } from "./setting.ts";
import { TitleResolver } from "./titles.ts";
import { visitParties } from "./visitors.ts";
import { EVENT_WORDS } from "./words.generated.ts";
import { meetsGroup, namesTwo, triggersIn, type TriggerMatch } from "./triggers.ts";
import type { EventLocation, EventMention, EventRecord, Participant } from "./types.ts";

export { sentencesOf } from "./clauses.ts";

export interface Source {
  readonly url: string;
  readonly title: string;
  readonly site: string;
  readonly published: string | null;
}

/**
 * A sentence that opens with a verb of saying (وقال خلال مؤتمر صحفي بعد لقائه …) or points back to the
 * statement before it (جاء ذلك خلال، ويأتي هذا) may leave out the previous sentence's subject; an
 * official named as its own subject is nearer to the pronoun and taken first.
 */
const CONTINUES = new RegExp(
  `^\\s*(?:[وف] ?)?(?:${alternatives(EVENT_WORDS.reportingVerbs)}|(?:جاء|جاءت|ياتي|تاتي) (?:ذلك|هذا|هذه|تلك))${WORD_END}`,
);
const continuesPrevious = (body: string) => CONTINUES.test(fold(body));
/** Nothing but «و» or «ف» before the event word: the sentence opens with it. */
const OPENS_WITH = /^\s*(?:[وف]\s*)?$/;

/** «بحضور»، «بمشاركة»: who follows attends an event led by someone else. */
const ATTENDED = /(?:^|\s)(?:[وف] ?)?ب ?(?:حضور|مشارك[ةه])\s/;

interface SentenceContext {
  readonly date: ResolvedDate;
  readonly people: ReadonlySet<string>;
}

function participant(m: Mention): Participant {
  return {
    entity: m.entity,
    text: m.text,
    name: m.name,
    ...(m.latin ? { latin: m.latin } : {}),
    ...(m.country ? { country: m.country } : {}),
    ...(m.role ? { office: m.role } : {}),
  };
}

function location(m: Mention): EventLocation {
  return { entity: m.entity, text: m.text, ...(m.country ? { country: m.country } : {}) };
}

interface Drafted {
  readonly record: Omit<EventRecord, "id">;
  readonly people: readonly Mention[];
}

export function extractEvents(text: string, mentions: readonly Mention[], kb: PackedKb, source: Source): EventRecord[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  // Who takes part is read only in an article that tells an event.
  let reader: Participants | undefined;
  const parties = () =>
    (reader ??= new Participants(
      text,
      sorted,
      new TitleResolver(kb, text, sorted),
      new PageTitles(text, sorted),
      new Surnames(text, sorted),
    ));
  const records = new Map<string, EventRecord>();
  const sentences = sentencesOf(text);
  // The official the story is about: the actor of its latest event.
  let topic: string | undefined;
  // The parties of the latest event: who «التقيا» or «اتفقا على اللقاء» with no one named refers to.
  let lastParties: readonly Mention[] = [];
  // What the sentence before told: its date and the people of its events.
  let previous: (() => SentenceContext) | null = null;
  sentences.forEach((sentence, s) => {
    const body = text.slice(sentence.start, sentence.end);
    const triggers = triggersIn(body);
    const clauses = clausesOf(body, triggers);
    const positions = triggers.map((t) => t.index);
    const told = new Set<string>();
    let previousActor: Mention | null = null;
    // A pronoun or an omitted subject refers back within the sentence; to the one before only when this
    // one continues it (وقال خلال لقائه، جاء ذلك خلال) or opens with the event word (واستقبله الرئيس X).
    const continues = triggers.length > 0 && continuesPrevious(body);
    const referenceFrom = (found: TriggerMatch) =>
      continues || OPENS_WITH.test(body.slice(0, found.index))
        ? (sentences[s - 1]?.start ?? sentence.start)
        : sentence.start;

    const draft = (found: TriggerMatch, clause: Span, then: Span | null): Drafted[] => {
      const { trigger } = found;
      const at = sentence.start + found.index;
      let date = resolveDate(text.slice(clause.start, clause.end), source.published, trigger.future);
      if (date.dateType === "unresolved")
        date = ownDate(body, found, resolveDate(body, source.published, trigger.future), positions);
      const year = date.date
        ? Number(date.date.slice(0, 4))
        : source.published
          ? Number(source.published.slice(0, 4))
          : undefined;
      const named = parties().officialsIn(clause.start, clause.end, year, at, topic);
      // «… ثم رئيس الحكومة Z»: the next partner, met after the verb's first object.
      const next = then ? parties().officialsIn(then.start, then.end, year, at, topic) : [];
      if (next[0] && opensWithPartner(text, then!.start, next[0]))
        named.push(...next.filter((m) => !named.some((n) => n.entity === m.entity)));
      const everyone = withReferents(text, named, found, at, previousActor, () =>
        parties().referentBefore(referenceFrom(found), at),
      );
      const two = found.dualSubject || namesTwo(text.slice(clause.start, clause.end));
      if (everyone.length === 0 && two && lastParties.length === 2) everyone.push(...lastParties);
      // السفير الإسرائيلي في موسكو: a place inside a participant's title is his post, not where they met.
      const inClause = within(sorted, clause.start, clause.end).filter(
        (m) => !everyone.some((p) => p.start <= m.start && m.end <= p.end && p !== m),
      );
      const where = trigger.mode === "phone" ? null : placeOf(text, inClause, at, found.visit);
      const met = encounters(text, everyone, found, at);
      const told = met.flatMap((people) => oneAfterAnother(text, people));
      // A trip that «كل من» splits into encounters (جولة … ينقل خلالها رسائل إلى كل من X و Y) is also
      // the trip of its visitors alone: a visit and the meetings held during it are separate events.
      if (trigger.cameo === "042" && !found.plural && met.length > 1 && where !== null)
        told.push(met[0]!.filter((p) => met.every((people) => people.includes(p))));
      return told.flatMap((all) => {
        // A trip's hosts and the people met there are not its parties (visitors.ts).
        const people = trigger.cameo === "042" ? visitParties(text, all) : all;
        const visitOfOne = found.visit && people.length === 1 && where !== null;
        // A plural event noun after من (سلسلة من الاجتماعات بين X والقادة) counts a series, not a meeting.
        const series = found.plural && /(?:^|\s)من ?$/.test(text.slice(Math.max(0, at - 4), at));
        const groupMeeting =
          people.length === 1 &&
          trigger.mode !== "phone" &&
          !series &&
          (trigger.gathering === true || meetsGroup(text.slice(at, clause.end)));
        // «اجتماع … بمشاركة X و Y» with its chair or host unnamed: those who attend are not its principals.
        const first = people[0];
        const attendeesOnly = first !== undefined && first.start > at && ATTENDED.test(text.slice(at, first.start));
        if (attendeesOnly || (people.length < 2 && !visitOfOne && !groupMeeting)) return [];
        return [drafted(found, people, where, date)];
      });
    };

    const drafted = (
      found: TriggerMatch,
      people: readonly Mention[],
      where: Mention | null,
      clauseDate: ResolvedDate,
    ) => {
      const { trigger } = found;
      let date = clauseDate;
      // A clause without a date about someone the previous sentence dated: most likely the same day.
      const before = date.dateType === "unresolved" ? previous?.() : undefined;
      if (date.dateType === "unresolved" && before?.date.date && people.some((p) => before.people.has(p.entity)))
        date = { ...before.date, dateType: "approximate", resolvedBy: "the previous sentence about the same official" };
      const [actor, ...others] = people;
      const record: Omit<EventRecord, "id"> = {
        event: trigger.event,
        mode: trigger.mode,
        cameo: trigger.cameo,
        actors: [participant(actor!)],
        recipients: others.map(participant),
        location: where ? location(where) : null,
        date: date.date,
        dateText: date.dateText,
        dateType: date.dateType,
        dateResolvedBy: date.resolvedBy,
        sentence: body,
        start: sentence.start,
        end: sentence.end,
        confidence: Math.min(
          0.95,
          0.5 +
            (people.length >= 2 ? 0.2 : 0) +
            (date.dateType === "exact" ? 0.15 : date.dateType === "approximate" ? 0.05 : 0) +
            (where ? 0.1 : 0),
        ),
        mentions: [{ ...source, quote: body } satisfies EventMention],
      };
      return { record, people } satisfies Drafted;
    };

    // An event word that makes no event leaves the words of its clause to the next one, when no break
    // stands between them (في القمة … الرئيس X الذي حذر خلال زيارة إلى …).
    let unclaimed: number | null = null;
    triggers.forEach((found, t) => {
      const own = clauses[t]!;
      const start = unclaimed !== null && own.start === found.index ? unclaimed : own.start;
      unclaimed = start;
      if (unreal(body, found.index) || conditionAfter(body, found.end, own.end)) return;
      const then = continuationAfter(body, own.end, triggers[t + 1]?.index ?? body.length);
      const drafts = draft(
        found,
        { start: sentence.start + start, end: sentence.start + own.end },
        then && { start: sentence.start + then.start, end: sentence.start + then.end },
      );
      if (drafts.length) unclaimed = null;
      for (const { record, people } of drafts) {
        previousActor = people[0]!;
        lastParties = people;
        topic = previousActor.entity;
        for (const p of people) told.add(p.entity);
        const key = eventKey(record);
        const earlier = records.get(key);
        // The same event told twice in one article: keep the telling with more detail.
        if (!earlier || record.confidence > earlier.confidence) records.set(key, { id: stableId(key), ...record });
      }
    });
    // Read only when an undated event of the next sentence needs it.
    let context: SentenceContext | undefined;
    previous = () => {
      if (!context) {
        for (const m of within(sorted, sentence.start, sentence.end)) if (m.type === "official") told.add(m.entity);
        context = { date: resolveDate(body, source.published), people: told };
      }
      return context;
    };
  });
  return completeFromEachOther([...records.values()]).sort((a, b) => a.start - b.start);
}
