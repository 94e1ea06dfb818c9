/** Event records, as DESIGN.md fixes them (PLOVER event and mode, CAMEO code). */

import type { DateType } from "./dates.ts";

export type PloverEvent = "CONSULT" | "AGREE";
export type ConsultMode = "visit" | "third-party" | "multilateral" | "phone";

export interface Participant {
  readonly entity: string;
  readonly text: string;
  readonly name: string;
  readonly latin?: string;
  readonly country?: string;
  readonly office?: string;
}

export interface EventLocation {
  readonly entity: string;
  readonly text: string;
  readonly country?: string;
}

export interface EventMention {
  readonly url: string;
  readonly title: string;
  readonly site: string;
  readonly published: string | null;
  readonly quote: string;
}

export interface EventRecord {
  readonly id: string;
  readonly event: PloverEvent;
  readonly mode: ConsultMode | null;
  readonly cameo: string;
  readonly actors: readonly Participant[];
  readonly recipients: readonly Participant[];
  readonly location: EventLocation | null;
  readonly date: string | null;
  readonly dateText: string | null;
  readonly dateType: DateType;
  readonly dateResolvedBy: string;
  readonly sentence: string;
  readonly start: number;
  readonly end: number;
  readonly confidence: number;
  readonly mentions: readonly EventMention[];
}
