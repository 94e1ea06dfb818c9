/**
 * Who makes a visit (issue 15: «the host of a visit and the guest told apart»). The visitor is the first
 * party of the clause (the verb's subject, the visit noun's possessor or agent); a co-visitor is joined
 * to the one before by «و» alone, with no preposition between (زار الرئيس X ونظيره Y المدينة). One other
 * person is most often the one visited (زار X الرئيس Y، زيارة X للملك Y) and stays a party; several
 * others are hosts, inviters, attendees or people met there, and a visit and the meetings held during
 * it are separate events: the visit keeps its visitors.
 */

import type { Mention } from "../tagger/types.ts";
import { fold } from "./forms.ts";

/** «و» and at most a title between two names (ونائبه، و وزير الخارجية). */
const JOINED = /^ ?و ?(?:\S+ ){0,4}$/;
/** A preposition or relative between (folded: ى is ي): the name after it is a host, an inviter or someone met. */
const PREPOSITION =
  /(?:^|\s)(?:[وف] ?)?(?:في|الي|مع|من|ب|ل|لدي|علي|عن|حيث|خلال|الذي|التي)(?:\s|$)|(?:^|\s)(?:[وف] ?)?[بل] ?ال/;

/** A visit's parties: its visitors alone when two others or more are named with them, else all. */
export function visitParties(text: string, people: readonly Mention[]): readonly Mention[] {
  const visitors = people.slice(0, 1);
  for (let i = 1; i < people.length; i++) {
    const between = fold(text.slice(people[i - 1]!.end, people[i]!.start));
    if (!JOINED.test(between) || PREPOSITION.test(between)) break;
    visitors.push(people[i]!);
  }
  return people.length - visitors.length >= 2 ? visitors : people;
}
