/** Reading CLI input: strict UTF-8, with a message a person can act on. */

import { readFileSync } from "node:fs";

export class InputError extends Error {}

export function decodeUtf8(bytes: Uint8Array, name: string): string {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new InputError(`${name} is not valid UTF-8 (first bad byte at offset ${at}); save it as UTF-8 and try again`);
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  // Binary search for the shortest invalid prefix (a cut inside a character is allowed by stream mode).
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid + 1), { stream: true });
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  return lo;
}

export function readTextFile(path: string): string {
  let bytes: Uint8Array;
  try {
    bytes = path === "-" ? readFileSync(0) : readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new InputError(`${path}: no such file`);
    if (code === "EISDIR") throw new InputError(`${path} is a folder, not a file`);
    throw new InputError(`${path}: cannot read (${code ?? (e as Error).message})`);
  }
  return decodeUtf8(bytes, path === "-" ? "standard input" : path);
}
