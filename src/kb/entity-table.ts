/**
 * The knowledge base's entities in the packed format: each record stays JSON text until the tagger
 * needs it (a page names a few dozen of 10,000), and the two things asked of every alias hit, its
 * entity's type and id, come from arrays without parsing a record.
 */

import type { EntityType, KbEntity } from "./types.ts";

export const ENTITY_TYPES: readonly EntityType[] = ["official", "place", "organization"];

export interface EntityTableData {
  /** The records as UTF-8 JSON, one after another: record i is the bytes [starts[i], starts[i + 1]). */
  readonly records: Uint8Array;
  readonly starts: Uint32Array;
  /** Index into ENTITY_TYPES. */
  readonly types: Uint8Array;
  /** The ids, one a line (UTF-8). */
  readonly ids: Uint8Array;
  /** UTF-8 JSON: office key (officeKey) → indices of the entities that held that office. */
  readonly offices: Uint8Array;
}

/** The records, ids and offices of `entities` as EntityTableData holds them. */
export function entityTableData(entities: readonly KbEntity[], offices: Record<string, number[]>): EntityTableData {
  const encoder = new TextEncoder();
  const records = entities.map((e) => encoder.encode(JSON.stringify(e)));
  const starts = new Uint32Array(records.length + 1);
  records.forEach((r, i) => (starts[i + 1] = starts[i]! + r.length));
  const joined = new Uint8Array(starts[records.length]!);
  records.forEach((r, i) => joined.set(r, starts[i]));
  return {
    records: joined,
    starts,
    types: Uint8Array.from(entities, (e) => ENTITY_TYPES.indexOf(e.type)),
    ids: encoder.encode(entities.map((e) => e.id).join("\n")),
    offices: encoder.encode(JSON.stringify(offices)),
  };
}

const decoder = new TextDecoder();

/** The key of an office in the holders index: the normalised title and the country. */
export const officeKey = (normalizedTitle: string, country: string) => `${normalizedTitle}\t${country}`;

export class EntityTable {
  private readonly parsed: (KbEntity | undefined)[] = [];
  private idIndex?: Map<string, number>;
  private offices?: Record<string, number[]>;

  constructor(private readonly data: EntityTableData) {}

  get length(): number {
    return this.data.types.length;
  }

  get(i: number): KbEntity | undefined {
    if (!(i >= 0 && i < this.length)) return undefined;
    let entity = this.parsed[i];
    if (!entity) {
      const { records, starts } = this.data;
      entity = JSON.parse(decoder.decode(records.subarray(starts[i], starts[i + 1]))) as KbEntity;
      this.parsed[i] = entity;
    }
    return entity;
  }

  typeOf(i: number): EntityType | undefined {
    return i >= 0 && i < this.length ? ENTITY_TYPES[this.data.types[i]!] : undefined;
  }

  idOf(i: number): string | undefined {
    return this.get(i)?.id;
  }

  indexOf(id: string): number {
    if (!this.idIndex) {
      const ids = decoder.decode(this.data.ids).split("\n");
      this.idIndex = new Map(ids.map((x, i) => [x, i]));
    }
    return this.idIndex.get(id) ?? -1;
  }

  /** Everyone who held the office (normalised title) in the country, at any time. */
  holders(normalizedTitle: string, country: string): KbEntity[] {
    this.offices ??= JSON.parse(decoder.decode(this.data.offices)) as Record<string, number[]>;
    return (this.offices[officeKey(normalizedTitle, country)] ?? []).map((i) => this.get(i)!);
  }
}
