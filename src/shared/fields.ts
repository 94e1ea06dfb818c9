/**
 * Readers for the fields of a message from another context: each returns the value as its declared
 * type or throws an Error saying what the field must be, so a malformed message is answered, not used.
 */

export type Reader<T> = (value: unknown, path: string) => T;

export const text: Reader<string> = (value, path) => {
  if (typeof value !== "string") throw new Error(`${path} must be a string`);
  return value;
};

export const count: Reader<number> = (value, path) => {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    throw new Error(`${path} must be a whole number, 0 or more`);
  }
  return value;
};

export function oneOf<T extends string | number>(...choices: readonly T[]): Reader<T> {
  return (value, path) => {
    if (!choices.includes(value as T)) throw new Error(`${path} must be one of ${choices.join(", ")}`);
    return value as T;
  };
}

export function optional<T>(read: Reader<T>): Reader<T | undefined> {
  return (value, path) => (value === undefined ? undefined : read(value, path));
}

export function nullable<T>(read: Reader<T>): Reader<T | null> {
  return (value, path) => (value === null ? null : read(value, path));
}

export function list<T>(read: Reader<T>): Reader<T[]> {
  return (value, path) => {
    if (!Array.isArray(value)) throw new Error(`${path} must be a list`);
    return value.map((item, i) => read(item, `${path}[${i}]`));
  };
}

/** An object read field by field: fields the schema does not name are dropped, absent optional ones left out. */
export function object<T>(schema: { readonly [F in keyof T]-?: Reader<T[F]> }): Reader<T> {
  return (value, path) => {
    if (typeof value !== "object" || value === null || Array.isArray(value))
      throw new Error(`${path} must be an object`);
    const fields = value as Record<string, unknown>;
    const read = Object.entries<Reader<unknown>>(schema).map(([field, reader]) => [
      field,
      reader(fields[field], `${path}.${field}`),
    ]);
    return Object.fromEntries(read.filter(([, v]) => v !== undefined)) as T;
  };
}
