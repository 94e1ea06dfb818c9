/** How a page's content script reads each request's fields. */

import { oneOf, text } from "../shared/fields.ts";
import type { ContentMessages } from "../shared/messages.ts";
import type { Schemas } from "../shared/protocol.ts";

export const CONTENT_SCHEMAS = {
  summary: {},
  reveal: { entity: text },
  step: { direction: oneOf(1, -1) },
} satisfies Schemas<ContentMessages>;
