/**
 * The packed knowledge base's file layout: "MRSD", the header's length (uint32), the header as JSON,
 * then named sections (typed arrays and UTF-16 texts), each starting on an 8-byte boundary so that a
 * typed array is a view on the file's bytes, not a copy. Numbers and texts are little-endian: every
 * browser and Node on the platforms Marsad runs on are.
 */

const MAGIC = "MRSD";

export type SectionValue = Uint8Array | Uint32Array | Int32Array | Float64Array | string;
type SectionKind = "u8" | "u32" | "i32" | "f64" | "text";
/** [byte offset, byte length, kind] */
type SectionEntry = readonly [number, number, SectionKind];

function kindOf(value: SectionValue): SectionKind {
  if (typeof value === "string") return "text";
  if (value instanceof Uint8Array) return "u8";
  if (value instanceof Uint32Array) return "u32";
  return value instanceof Int32Array ? "i32" : "f64";
}

/** Texts are kept as UTF-16: decoding it is a copy, where decoding Arabic UTF-8 costs milliseconds a megabyte. */
function utf16(text: string): Uint8Array {
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return new Uint8Array(units.buffer);
}

/** Sections start on 8-byte boundaries: a Float64Array view needs them. */
const align = (n: number) => (n + 7) & ~7;

export function writeContainer(header: object, sections: Readonly<Record<string, SectionValue>>): Uint8Array {
  const encoder = new TextEncoder();
  const bodies = Object.entries(sections).map(([name, value]) => {
    const bytes =
      typeof value === "string" ? utf16(value) : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    return { name, kind: kindOf(value), bytes };
  });
  const entries: Record<string, SectionEntry> = {};
  // The offsets depend on the header's length and the header holds the offsets: reserve room for the
  // header, lay out, and grow the room until the header fits (trailing spaces are valid JSON).
  let reserved = 0;
  let headerBytes: Uint8Array;
  for (;;) {
    let offset = align(8 + reserved);
    for (const { name, kind, bytes } of bodies) {
      entries[name] = [offset, bytes.length, kind];
      offset = align(offset + bytes.length);
    }
    const json = JSON.stringify({ ...header, sections: entries });
    headerBytes = encoder.encode(json);
    if (headerBytes.length <= reserved) {
      headerBytes = encoder.encode(json + " ".repeat(reserved - headerBytes.length));
      break;
    }
    reserved = headerBytes.length + 16;
  }
  const total = align(8 + headerBytes.length) + bodies.reduce((n, b) => n + align(b.bytes.length), 0);
  const out = new Uint8Array(total);
  out.set(encoder.encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(4, headerBytes.length, true);
  out.set(headerBytes, 8);
  for (const { name, bytes } of bodies) out.set(bytes, entries[name]![0]);
  return out;
}

export interface Container<H> {
  readonly header: H;
  u8(name: string): Uint8Array;
  u32(name: string): Uint32Array;
  i32(name: string): Int32Array;
  f64(name: string): Float64Array;
  /** A section of text, decoded when called. */
  text(name: string): string;
}

export function readContainer<H>(input: ArrayBuffer | Uint8Array): Container<H> {
  let bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes.byteOffset % 8 !== 0) bytes = bytes.slice(); // typed-array views need aligned offsets
  const decoder = new TextDecoder();
  const utf16Decoder = new TextDecoder("utf-16le");
  if (bytes.length < 8 || decoder.decode(bytes.subarray(0, 4)) !== MAGIC)
    throw new Error("not a packed Marsad knowledge base (run `npm run build:kb`)");
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset).getUint32(4, true);
  const parsed = JSON.parse(decoder.decode(bytes.subarray(8, 8 + headerLength))) as H & {
    sections: Record<string, SectionEntry>;
  };
  const entry = (name: string, kind: SectionKind): SectionEntry => {
    const found = parsed.sections[name];
    if (!found || found[2] !== kind) throw new Error(`the packed knowledge base has no ${kind} section «${name}»`);
    return found;
  };
  const view = (name: string, kind: SectionKind) => {
    const [offset, length] = entry(name, kind);
    return { offset: bytes.byteOffset + offset, length };
  };
  return {
    header: parsed,
    u8: (name) => {
      const { offset, length } = view(name, "u8");
      return new Uint8Array(bytes.buffer, offset, length);
    },
    u32: (name) => {
      const { offset, length } = view(name, "u32");
      return new Uint32Array(bytes.buffer, offset, length / 4);
    },
    i32: (name) => {
      const { offset, length } = view(name, "i32");
      return new Int32Array(bytes.buffer, offset, length / 4);
    },
    f64: (name) => {
      const { offset, length } = view(name, "f64");
      return new Float64Array(bytes.buffer, offset, length / 8);
    },
    text: (name) => {
      const { offset, length } = view(name, "text");
      return utf16Decoder.decode(new Uint8Array(bytes.buffer, offset, length));
    },
  };
}
