/**
 * What any set of messages between the extension's contexts looks like, and how one end answers them:
 * one declaration per set (each type's request fields and reply), from which the senders, the
 * handlers and the field readers all take their types, so the compiler keeps the two ends in step.
 */

import type { Reader } from "./fields.ts";

/** One message type: the fields its request carries (besides `type`) and what it is answered. */
export interface Exchange {
  readonly request: object;
  readonly reply: object;
}

/** A set of messages, by type. No reply may have an `error` field: that is how an error reply is told apart. */
export type Protocol<P> = {
  readonly [K in keyof P]: P[K] extends { reply: infer R } ? ("error" extends keyof R ? never : Exchange) : Exchange;
};

export type Request<P extends Protocol<P>, K extends keyof P> = { readonly type: K } & P[K]["request"];
export type Reply<P extends Protocol<P>, K extends keyof P> = P[K]["reply"];

/** The answer to every message type of a set; `context` is what the receiving end knows of the sender. */
export type Handlers<P extends Protocol<P>, Context = void> = {
  readonly [K in keyof P]: (request: Request<P, K>, context: Context) => Reply<P, K> | Promise<Reply<P, K>>;
};

/** How to read each request field of each message type from a message of unknown shape. */
export type Schemas<P extends Protocol<P>> = {
  readonly [K in keyof P]: { readonly [F in keyof P[K]["request"]]-?: Reader<P[K]["request"][F]> };
};

/** What a receiver answers when it cannot: a malformed request, or a handler that failed. */
export interface ErrorReply {
  readonly error: string;
}

function isErrorReply(reply: unknown): reply is ErrorReply {
  return typeof reply === "object" && reply !== null && typeof (reply as { error?: unknown }).error === "string";
}

/** On the sender's side: the reply, or the receiver's error thrown as an Error with its text. */
export function replyOrThrow<T>(type: string, reply: unknown): T {
  if (isErrorReply(reply)) throw new Error(reply.error);
  if (reply === undefined) throw new Error(`${type}: no reply`);
  return reply as T;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Reads a request of one of the set's types, or says what is wrong with the message. */
function readRequest<P extends Protocol<P>>(
  schemas: Schemas<P>,
  message: unknown,
): { request: Request<P, keyof P> } | ErrorReply {
  if (typeof message !== "object" || message === null) return { error: "a message must be an object" };
  const fields = message as Record<string, unknown>;
  const type = fields["type"];
  if (typeof type !== "string" || !Object.hasOwn(schemas, type)) {
    return { error: `unknown message type ${JSON.stringify(type)}` };
  }
  const request: Record<string, unknown> = { type };
  try {
    for (const [field, read] of Object.entries(schemas[type as keyof P] as Record<string, Reader<unknown>>)) {
      request[field] = read(fields[field], field);
    }
  } catch (error) {
    return { error: `${type}: ${messageOf(error)}` };
  }
  return { request: request as Request<P, keyof P> };
}

/**
 * The receiving end: every message gets a reply or an ErrorReply, never a thrown error (which each
 * browser reports to the sender differently) and never undefined. The accepted types are the schemas'.
 */
export function answerer<P extends Protocol<P>, Context>(schemas: Schemas<P>, handlers: Handlers<P, Context>) {
  return async (message: unknown, context: Context): Promise<Reply<P, keyof P> | ErrorReply> => {
    const read = readRequest(schemas, message);
    if ("error" in read) return read;
    const { request } = read;
    try {
      // The request was read by its own type's schema, so it is that type's handler's request.
      const handle = handlers[request.type] as (request: Request<P, keyof P>, context: Context) => unknown;
      return (await handle(request, context)) as Reply<P, keyof P>;
    } catch (error) {
      return { error: `${String(request.type)}: ${messageOf(error)}` };
    }
  };
}
