/** Reading CLI input: strict UTF-8, with a message a person can act on. */

import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";

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

/** Offset of the first byte that does not start or continue a well-formed UTF-8 character. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += length;
  }
  return i;
}

export function readTextFile(path: string): string {
  let bytes: Uint8Array;
  try {
    bytes = path === "-" ? readFileSync(0) : readFileSync(path);
    // A corpus may be kept gzipped (wikifane-gold.conll.gz): read through it.
    if (path.endsWith(".gz")) bytes = gunzipSync(bytes);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new InputError(`${path}: no such file`);
    if (code === "EISDIR") throw new InputError(`${path} is a folder, not a file`);
    throw new InputError(`${path}: cannot read (${code ?? (e as Error).message})`);
  }
  return decodeUtf8(bytes, path === "-" ? "standard input" : path);
}
