/**
 * Type-level tests of the message declarations, checked by `npm run typecheck` (never run): each
 * `@ts-expect-error` line must fail to compile, or tsc reports the directive as unused.
 */

import { expectTypeOf } from "vitest";
import type { BackgroundMessages, BackgroundReply } from "../src/shared/messages.ts";
import { askBackground, askTab } from "../src/shared/messages.ts";
import type { Handlers, Schemas } from "../src/shared/protocol.ts";
import { text } from "../src/shared/fields.ts";

type BackgroundHandlers = Handlers<BackgroundMessages>;
const exportHandler = async () => ({ records: [] });

export async function senders() {
  // A sender gets the declared reply of the type it sends.
  expectTypeOf(await askBackground({ type: "latest", entity: "x" })).toEqualTypeOf<BackgroundReply<"latest">>();
  expectTypeOf(await askTab(1, { type: "reveal", entity: "x" })).toEqualTypeOf<{ found: boolean }>();
  // @ts-expect-error: a field the type does not declare
  await askBackground({ type: "latest", entity: "x", limit: 3 });
  // @ts-expect-error: a declared field missing
  await askBackground({ type: "browse", query: "x", offset: 0 });
  // @ts-expect-error: a field of the wrong type
  await askBackground({ type: "tag", text: 42 });
  // @ts-expect-error: a type nobody answers
  await askBackground({ type: "erase-everything" });
  // @ts-expect-error: a background request sent to a tab
  await askTab(1, { type: "tag", text: "x" });
}

type AllBut<K extends keyof BackgroundHandlers> = Omit<BackgroundHandlers, K>;
declare const allButExport: AllBut<"export-events">;
declare const others: AllBut<"export-events" | "tag">;

export const handlerMaps = [
  // @ts-expect-error: a handler missing
  { ...allButExport } satisfies BackgroundHandlers,
  // @ts-expect-error: a handler for a type that is not declared
  { ...allButExport, "export-events": exportHandler, erase: exportHandler } satisfies BackgroundHandlers,
  // @ts-expect-error: a handler whose reply is not the declared one
  { ...others, "export-events": exportHandler, tag: async () => ({ mention: [] }) } satisfies BackgroundHandlers,
  {
    ...others,
    "export-events": exportHandler,
    tag: async () => ({ mentions: [], knowledge: { ms: 1, sinceStart: 1, at: 0 } }),
  } satisfies BackgroundHandlers,
];

export const schemas: Schemas<{ latest: BackgroundMessages["latest"] }>[] = [
  { latest: { entity: text } },
  // @ts-expect-error: a field read as the wrong type
  { latest: { entity: (value: unknown) => Number(value) } },
  // @ts-expect-error: a field not read at all
  { latest: {} },
];

// @ts-expect-error: no reply may have an `error` field, or error replies could not be told apart
export type Ambiguous = Handlers<{ check: { request: object; reply: { error: string } } }>;
