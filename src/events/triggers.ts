/**
 * The words that make an event (assets/events/, through src/events/words.generated.ts), in all their
 * forms (forms.ts), and what PLOVER and CAMEO call them. Every event word of a sentence is a trigger of
 * its own: a sentence may tell a visit and the talks held during it. An event told as to come is AGREE
 * (036, intent to meet), as PLOVER codes announced meetings; signing is AGREE (057).
 */

import {
  alternatives,
  CLAUSE_CONJUNCTIONS,
  fold,
  nounPattern,
  presentTense,
  verbPattern,
  WORD_END as E,
  WORD_START as W,
} from "./forms.ts";
import { coresOf, CoreIndex, matchesNear } from "./cores.ts";
import type { ConsultMode, PloverEvent } from "./types.ts";
import { EVENT_WORDS } from "./words.generated.ts";

export interface Trigger {
  readonly event: PloverEvent;
  readonly mode: ConsultMode | null;
  readonly cameo: string;
  /** The first participant hosts the second (استقبل). */
  readonly hosts?: boolean;
  readonly future?: boolean;
  /** Attending a gathering (لحضور مؤتمر): one official makes the event. */
  readonly gathering?: boolean;
}

export interface TriggerMatch {
  readonly trigger: Trigger;
  /** Offsets in the sentence. */
  readonly index: number;
  readonly end: number;
  /** A verb (its subject may come before or after it, or be the previous clause's); else a noun. */
  readonly verb: boolean;
  /** A word of visiting or receiving, even when told as to come: one official and a place make it an event. */
  readonly visit: boolean;
  /** A plural or dual noun (محادثات، اتصالين مع X و Y): one encounter with each partner. */
  readonly plural: boolean;
  /** A noun with a possessive pronoun (لقائه: his meeting): the pronoun's referent takes part. */
  readonly possessive: boolean;
  /** A verb with an object pronoun (استقبله: received him): the pronoun's referent takes part. */
  readonly objectPronoun: boolean;
  /**
   * Its subject is a dual the verb alone tells (التقيا، سيلتقيان، اتفقا على اللقاء): with no one named
   * in its clause, they are the parties of the event told before.
   */
  readonly dualSubject: boolean;
  /**
   * A noun with the لـ of purpose after another event word (وصل إلى عمان للقاء نظيره، لإجراء محادثات
   * مع): its subject is left out, the verb's before it.
   */
  readonly purpose: boolean;
}

const {
  callNouns, callKinds, callWords, callVerbs, phoneWords, hostingWords, hostingNouns, visitWords, visitNouns,
  signingWords, signingNouns, agreementNouns, meetingVerbs, meetingWords, plannedOpeners, intentVerbs,
  futureWords, futureTimes, lightMasdars, addressNouns, discussionVerbs, reportingVerbs, groupNouns, preparationWords,
  lightVerbs, banquetNouns, attendingNouns, gatheringNouns,
} = EVENT_WORDS; // prettier-ignore

interface Rule {
  /** Sticky: tried only where its cores stand (cores.ts). */
  readonly pattern: RegExp;
  /** What every form the pattern matches holds. */
  readonly cores: readonly string[];
  readonly trigger: Trigger;
  /** The verb forms of the rule, to tell their tense; none for a noun rule. */
  readonly verbs?: readonly string[];
}

const CALL: Trigger = { event: "CONSULT", mode: "phone", cameo: "041" };
/** «هاتفيا»: a call, unless it tells how someone spoke to the press (قال هاتفيا، صرح عبر الهاتف). */
const PHONED: Trigger = { ...CALL };
const HOST: Trigger = { event: "CONSULT", mode: "visit", cameo: "043", hosts: true };
const VISIT: Trigger = { event: "CONSULT", mode: "visit", cameo: "042" };
const SIGN: Trigger = { event: "AGREE", mode: null, cameo: "057" };
const MEET: Trigger = { event: "CONSULT", mode: null, cameo: "040" };
/** Attending a summit or conference (لحضور مؤتمر): one official is enough, the gathering is the others. */
const ATTENDS: Trigger = { ...MEET, gathering: true };
const TO_COME: Trigger = { event: "AGREE", mode: null, cameo: "036", future: true };

/**
 * A signing word is an agreement only when what is signed follows in the same clause, after the
 * signatories' names and titles if need be (وقع وزير الخارجية X ونظيره Y أمس في موسكو اتفاقية).
 */
const SIGNED = `(?: [^\\s،,.؛]+){0,14}? ${nounPattern(agreementNouns)}`;
/** What is signed, then a relative clause whose signing verb takes it back as a pronoun (اتفاقية … التي وقعها X). */
const SIGNED_BY = `${nounPattern(agreementNouns)}(?: \\S+){0,3}? (?:[وف] ?)?(?:${alternatives(signingWords)}) ?(?:هما|هم|ها|ه)${E}`;
/**
 * A meal or reception is a meeting only in someone's honour: «على شرف» (folded, علي شرف) or «تكريما لـ»
 * follows within four words.
 */
const IN_HONOUR = `(?: \\S+){0,4}? (?:علي شرف|تكريما ?ل)`;
/**
 * «لحضور مؤتمر»، «للمشاركة في اجتماعات»: attending, then the gathering (not a press conference), one
 * trigger: the gathering noun is not a meeting of its own.
 */
const ATTENDING = `${nounPattern(attendingNouns)} (?:في )?${nounPattern(gatheringNouns)}(?! (?:الصحفي|صحفي|الصحافي|صحافي))`;
/**
 * «عقد الرئيسان قمة»، «سيعقدان قمة في برلين»: a summit is a meeting when it is held (عقد, the light verb's
 * forms), its holders the verb's subject; «قمة» alone is not (a match is a قمة too), nor an attended one.
 */
const HOLDING = lightVerbs.filter((verb) => verb.includes("عقد"));
const SUMMIT = `(?: [^\\s،,.؛]+){0,12}? ${nounPattern(["قمة", "قمم"])}`;
const rule = (words: readonly string[], source: string, trigger: Trigger, verbs?: readonly string[]): Rule => ({
  pattern: new RegExp(source, "y"),
  cores: coresOf(words),
  trigger,
  ...(verbs ? { verbs } : {}),
});

/**
 * «أجرى اتصالا بنظيره»، «تلقى اتصالا من»، «أجريا اتصالين مع»: a call made or taken, told by the
 * indefinite object and whom it reaches, with no «هاتفي». The definite one (الاتصال بالسفارة) and the
 * plural (اتصالات: contacts) are no call; nor is «على اتصال مع» (in contact with: على is علي once folded).
 * The adjective «آخر» (another) may stand between: «ثم اتصالا آخر بالمستشار» is a second call.
 */
const CALL_TO = `(?<!علي )${W}(?:[وف] ?)?(?:اتصالا|اتصالين)(?= (?:(?:اخر|اخرين) )?(?:ب ?[^\\s،,.؛]|مع${E}|من${E}))`;

/** In order of strength: where two triggers overlap (محادثات هاتفية), the longer wins, then the earlier rule. */
const RULES: readonly Rule[] = [
  rule(callNouns, `${nounPattern(callNouns)} (?:${alternatives(callKinds)})${E}`, CALL),
  rule(callWords, nounPattern(callWords), CALL),
  rule(["اتصال"], CALL_TO, CALL),
  rule(callVerbs, verbPattern(callVerbs), CALL, callVerbs),
  rule(phoneWords, `${W}(?:${alternatives(phoneWords)})${E}`, PHONED),
  rule(hostingWords, verbPattern(hostingWords), HOST, hostingWords),
  rule(hostingNouns, nounPattern(hostingNouns), HOST),
  rule(visitWords, verbPattern(visitWords), VISIT, visitWords),
  rule(visitNouns, nounPattern(visitNouns), VISIT),
  rule(signingWords, `${verbPattern(signingWords)}(?=${SIGNED})`, SIGN, signingWords),
  rule(signingNouns, `${nounPattern(signingNouns)}(?=${SIGNED})`, SIGN),
  rule(agreementNouns, SIGNED_BY, SIGN),
  rule(meetingVerbs, verbPattern(meetingVerbs), MEET, meetingVerbs),
  rule(
    discussionVerbs,
    `${verbPattern(discussionVerbs)}(?=(?: [^\\s،,.؛]+){0,8}? (?:[وف] ?)?مع(?: ?(?:هما|هم|ها|ه))?${E})`,
    MEET,
    discussionVerbs,
  ),
  rule(meetingWords, nounPattern(meetingWords), MEET),
  rule(HOLDING, `${verbPattern(HOLDING)}(?=${SUMMIT})`, MEET, HOLDING),
  rule(banquetNouns, `${nounPattern(banquetNouns)}${IN_HONOUR}`, MEET),
  rule(attendingNouns, ATTENDING, ATTENDS),
];
/** Where each rule's cores stand in a sentence. */
const CORES = new CoreIndex(RULES.map((r) => r.cores));
const ANY_CORE = CORES.any;

/** «من المقرر أن»، «يعتزم»، «اتفقا على» shortly before the event word: it is announced, not told. */
const ANNOUNCED = new RegExp(
  `${W}(?:[وف] ?)?(?:${alternatives([...plannedOpeners, ...intentVerbs])})${E}(?: \\S+){0,8} ?$`,
);
/** «تمهيدا لزيارة»، «تمهد لجولة»: a word of preparing right before an event noun with لـ. */
const PREPARING = new RegExp(`${W}(?:[وف] ?)?(?:${alternatives(preparationWords)}) $`);
const WITH_LI = /^(?:[وف] ?)?لل?/;
/**
 * A light verb shortly before an event noun (سيجري محادثات، يقوم غدا بزيارة): group 1 is the verb,
 * group 2 its future marker, the group «between» the words between it and the noun.
 */
const CARRIED = new RegExp(`(${verbPattern(lightVerbs)})(?<between>(?: \\S+){0,8}) ?$`);
/** «الزيارة التي سيقوم بها»، «اجتماع سيعقد»: a light verb of the future right after the event noun. */
const CARRIED_AFTER = new RegExp(
  `^(?: (?:التي|الذي|اللذين|اللتين))? (?:[وف] ?)?(?:سوف |س ?)(?:${alternatives(lightVerbs)})`,
);
const SOON = new RegExp(`${W}(?:${alternatives(futureTimes)})${E}`);
/** «الزيارة المرتقبة»: an adjective of the future right after the event noun. */
const AHEAD = new RegExp(`^(?: \\S+)? (?:${alternatives(futureWords)})${E}`);
/**
 * «وصل عدد القتلى إلى 50»، «وصل الطرفان إلى اتفاق»: a verb of arriving whose «إلى» leads to a number or
 * to what is agreed is reaching, not travelling (إلى is الي or الى once folded; the first one after the verb).
 */
const REACHED = new RegExp(
  `^(?: (?!الي )[^\\s،,.؛]+){0,12} الي (?:(?:نحو|حوالي|قرابة|اكثر من|اقل من) )?(?:[0-9٠-٩]|${nounPattern([...agreementNouns, "تفاهم", "تسوية"])})`,
);
/**
 * «توجه الرئيس بالشكر إلى»، «يتوجه بنداء إلى»: a verb of going with بـ and what is addressed, before its
 * «إلى», is «addressed … to», no trip (after زار or وصل, «بدعوة»، «برسالة» tell the trip's circumstance).
 */
const ADDRESSED = new RegExp(
  `^(?: (?!الي )[^\\s،,.؛]+){0,8}? ب ?(?:ال)?(?:${alternatives(addressNouns)})${E}(?: [^\\s،,.؛]+){0,4}? الي `,
);
const TURNED = /(?:^|\s)(?:[وف] ?)?(?:س ?|سوف )?[يت]?توجه/;
/** «واجتمع معه»، «التقى به»: the verb's partner as a pronoun after مع or بـ, right after it. */
const WITH_HIM = /^ (?:مع|ب) ?(?:هما|هم|ها|ه)(?![\u0621-\u064a])/;
/**
 * «يصل غدا في زيارة يلتقي خلالها X»: a present-tense event verb, or an event noun after «في» (the trip
 * the verb makes), in the clause of an event to come with no break between, is to come with it.
 */
/** «حيث» right before an event verb, with nothing but a space or «و» between. */
const WHERE_THERE = /(?:^|\s)(?:و ?)?حيث $/;
const CLAUSE_BREAK = new RegExp(`[،,؛;:.]|(?:^|\\s)(?:[وف] ?)?(?:${CLAUSE_CONJUNCTIONS})\\s`);
/**
 * «سيتوجه غدا إلى عمان لإجراء محادثات»، «سيصل للقاء نظيره»: an event noun with the لـ of purpose, glued
 * or split off, or carried by a light verb's masdar with it, tells what the trip before it is for and is
 * to come with it. لقاء itself starts with ل: what follows the ل must hold a trigger's core.
 */
const PURPOSE_MASDAR = new RegExp(`${W}(?:لل?|ل )(?:${alternatives(lightMasdars)})(?: ?ب)? $`);
function forPurpose(between: string, eventWord: string): boolean {
  if (PURPOSE_MASDAR.test(between)) return true;
  // «والتمهيد لجولة الأمين العام»: the لـ is the object of a masdar of preparing, no purpose of the trip.
  if (PREPARING.test(between)) return false;
  const rest = eventWord.replace(/^ل ?/, "");
  return rest !== eventWord && ANY_CORE.test(rest);
}
/** «فيما يتصل بالملف»، «القضايا التي تتصل به»: after ما or a relative pronoun, اتصل is «to relate to». */
const RELATES = /(?:^|\s)(?:[وف] ?)?(?:ما|فيما|التي|الذي|اللذين|اللتين|الذين)\s$/;
/**
 * «جولة جديدة من المفاوضات»، «الجولة الثانية من الانتخابات»، «جولة محادثات»: a round of something, not a
 * tour: «جولة» followed (an adjective between) by «من» or by talks.
 */
const ROUND = /جول(?:[ةه]|ات)$/;
const ROUND_OF = new RegExp(`^(?: \\S+)? (?:من|${nounPattern([...meetingWords, "حوار"])})(?:\\s|$)`);
/** A verb of speech shortly before: «قال هاتفيا» is an interview, not a call. */
const SPOKEN = new RegExp(`${W}(?:[وف] ?)?(?:${alternatives(reportingVerbs)})${E}(?: \\S+){0,5} ?$`);
/** A plural or dual event noun (محادثات، اتصالين): it may lump one encounter with each partner. */
const PLURAL = /(?:ات|ين)(?:هما|هم|ها|ه)?$/;
const headWord = (matched: string) => matched.split(" ").find((w) => w.length > 1) ?? matched;
/** «يزور الرباط الخميس المقبل»: a time to come in the words after a present-tense event verb. */
const LATER = new RegExp(`^(?: \\S+){0,8}? (?:${alternatives(futureTimes)})${E}`);

/** Whether the light verb before an event noun tells it as to come: سـ / سوف, or a present with a time to come between. */
function carriedAhead(before: string): boolean {
  const carried = CARRIED.exec(before);
  if (!carried) return false;
  return carried[2] !== undefined || (presentTense(carried[1]!, lightVerbs) && SOON.test(carried.groups!.between!));
}

function toCome(folded: string, match: RegExpExecArray, rule: Rule): boolean {
  const before = folded.slice(Math.max(0, match.index - 80), match.index);
  const after = folded.slice(match.index + match[0].length, match.index + match[0].length + 120);
  if (rule.verbs && match[1]) return true; // سـ، سوف
  if (ANNOUNCED.test(before)) return true;
  if (!rule.verbs && WITH_LI.test(match[0]) && PREPARING.test(before)) return true;
  if (!rule.verbs) return AHEAD.test(after) || LATER.test(after) || CARRIED_AFTER.test(after) || carriedAhead(before);
  return presentTense(match[0], rule.verbs) && LATER.test(after);
}

/**
 * A verb in the dual (التقيا، يلتقيان، التقتا): before its subject a verb stays singular (التقى
 * الرئيسان), so a dual verb has its subject left out, or before it; no singular event verb ends so.
 * The plural is left out: «وزراء … يجتمعون» has its group subject before it.
 */
const DUAL = /(?:[^و]ا|ان)$/;
/** An opener in the dual right before the event noun (اتفقا على اللقاء، ينويان زيارة). */
const DUAL_OPENER = new RegExp(
  `${W}(?:[وف] ?)?(?:${alternatives([...plannedOpeners, ...intentVerbs].filter((o) => DUAL.test(o.split(" ")[0]!)))})${E} ?$`,
);
/**
 * «الرئيسان»، «الجانبين»، «الزعيمان»: a person noun in the dual names two parties without their names; with
 * no one named, they are the parties of the event told before (واتفق الرئيسان على عقد لقاء جديد).
 */
const TWO_PARTIES = new RegExp(
  `${W}(?:[وف] ?)?(?:[بل] ?)?(?:ال|لل)(?:${alternatives([...EVENT_WORDS.officeHeads, "جانب", "طرف"])})(?:ان|ين)${E}`,
);

/** Whether a clause names two parties by a dual noun (الرئيسان، الجانبين). */
export function namesTwo(clause: string): boolean {
  return TWO_PARTIES.test(fold(clause));
}
const textBefore = (folded: string, index: number) => folded.slice(Math.max(0, index - 40), index);

/** Every trigger of a sentence, left to right, none overlapping another. */
export function triggersIn(sentence: string): TriggerMatch[] {
  const folded = fold(sentence);
  // Most sentences hold no trigger: one search for every rule's cores tells which patterns to run, and where.
  const cores = CORES.find(folded);
  if (cores.size === 0) return [];
  const found: (Omit<TriggerMatch, "purpose"> & { strength: number; present: boolean })[] = [];
  RULES.forEach((r, strength) => {
    const where = cores.get(strength);
    if (!where) return;
    for (const match of matchesNear(r.pattern, folded, where)) {
      if (r.trigger === PHONED && SPOKEN.test(folded.slice(Math.max(0, match.index - 60), match.index))) continue;
      if (r.verbs === callVerbs && RELATES.test(folded.slice(Math.max(0, match.index - 8), match.index))) continue;
      if (r.trigger === VISIT && ROUND.test(match[0]) && ROUND_OF.test(folded.slice(match.index + match[0].length)))
        continue;
      if (r.trigger === VISIT && r.verbs && REACHED.test(folded.slice(match.index + match[0].length))) continue;
      if (
        r.trigger === VISIT &&
        r.verbs &&
        TURNED.test(match[0]) &&
        ADDRESSED.test(folded.slice(match.index + match[0].length))
      )
        continue;
      const future = r.trigger.event === "CONSULT" && toCome(folded, match, r);
      found.push({
        trigger: future ? TO_COME : r.trigger,
        index: match.index,
        end: match.index + match[0].length,
        verb: r.verbs !== undefined,
        visit: r.trigger.mode === "visit",
        plural: r.verbs === undefined && PLURAL.test(headWord(match[0])),
        possessive: r.verbs === undefined && match[1] !== undefined,
        objectPronoun:
          r.verbs !== undefined &&
          (match.groups?.object !== undefined || WITH_HIM.test(folded.slice(match.index + match[0].length))),
        dualSubject: r.verbs
          ? DUAL.test(match[0].slice(0, match[0].length - (match.groups?.object?.length ?? 0)))
          : DUAL_OPENER.test(textBefore(folded, match.index)),
        strength,
        present: r.verbs !== undefined && presentTense(match[0], r.verbs),
      });
    }
  });
  found.sort((a, b) => a.index - b.index || b.end - b.index - (a.end - a.index) || a.strength - b.strength);
  const kept: (Omit<TriggerMatch, "purpose"> & { present: boolean })[] = [];
  for (const { strength: _, ...t } of found) {
    const last = kept[kept.length - 1];
    if (!last || t.index >= last.end) kept.push(t);
    else if (t.end - t.index > last.end - last.index) kept[kept.length - 1] = t;
  }
  // Left to right, so that a chain inherits (سيصل غدا في زيارة يلتقي خلالها).
  const told: TriggerMatch[] = [];
  kept.forEach(({ present, ...t }, i) => {
    const before = told[i - 1];
    const between = folded.slice(before?.end ?? 0, t.index);
    const purpose = before !== undefined && !t.verb && forPurpose(between, folded.slice(t.index, t.end));
    const sameTrip = present || (!t.verb && /(?:^|\s)في $/.test(between)) || purpose;
    // «ستزور القاهرة حيث تلتقي الرئيس»: «حيث» (where) ties a present verb to the trip's place and time.
    const joined = present ? between.replace(WHERE_THERE, " ") : between;
    const inherits = before?.trigger.future && sameTrip && !CLAUSE_BREAK.test(joined);
    told.push({ ...t, purpose, trigger: inherits && t.trigger.event === "CONSULT" ? TO_COME : t.trigger });
  });
  return told;
}

const GROUP = new RegExp(nounPattern(groupNouns));

/** «اجتماع … برئاسة X»، «بدعوة من X»: the official chairs or convenes a meeting of others. */
const CHAIRED = /(?:^|\s)(?:[وف] ?)?ب ?(?:رئاس[ةه]|دعو[ةه] من)\s/;

/**
 * Whether a group of people (وفد، سفراء) is named in the text after a meeting word, or an official
 * chairs or convenes it (برئاسة، بدعوة من): one official then meets the others.
 */
export function meetsGroup(after: string): boolean {
  const folded = fold(after);
  return GROUP.test(folded) || CHAIRED.test(folded);
}
