/** What the event tests ask of the extractor, over sentences written for them. */

import { extractEvents } from "../src/events/extract.ts";
import { unreal } from "../src/events/modality.ts";
import { triggersIn } from "../src/events/triggers.ts";
import type { EventRecord } from "../src/events/types.ts";
import { packedKb, sharedTagger } from "./helpers.ts";

/** The records of a text tagged by the shared tagger, as if published on 6 May 2024. */
export const events = (text: string) =>
  extractEvents(text, sharedTagger().tag(text), packedKb(), {
    url: "test",
    title: "",
    site: "",
    published: "2024-05-06",
  });

/** A record's people, actors first, by their Latin names where the KB has one. */
export const people = (r: EventRecord) => [...r.actors, ...r.recipients].map((p) => p.latin ?? p.name);

/** The CAMEO codes of a sentence's triggers, left to right. */
export const kinds = (sentence: string) => triggersIn(sentence).map((t) => t.trigger.cameo);

/** Whether the event word `word` of the sentence is told as unreal (negated, wished, conditional…). */
export const unrealAt = (sentence: string, word: string) => unreal(sentence, sentence.indexOf(word));
