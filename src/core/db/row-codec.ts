/**
 * How values are stored in a row and read back, the same on both databases: instants as epoch
 * milliseconds in `bigint` columns, booleans as integers 0 and 1 (SQLite has no boolean type,
 * so the schema uses integers on both), JSON as `text`. Answers and exports show instants as ISO
 * 8601 text. Every function passes null through, so nullable columns need no check of their own.
 */

/** Epoch milliseconds → ISO 8601 (`2026-03-02T10:00:00.000Z`). */
export function iso(ms: number): string;
export function iso(ms: number | null): string | null;
export function iso(ms: number | null): string | null {
  // Number(): a bigint read without Vigil's int8 parser (database.ts) arrives as text.
  return ms === null ? null : new Date(Number(ms)).toISOString();
}

/** ISO 8601 (any form `Date.parse` reads) → epoch milliseconds; text that is no instant throws. */
export function epochMs(text: string): number;
export function epochMs(text: string | null): number | null;
export function epochMs(text: string | null): number | null {
  if (text === null) return null;
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) throw new RangeError(`not an instant: "${text}"`);
  return ms;
}

/** A stored 0 or 1 → false or true. */
export function bool(flag: number): boolean;
export function bool(flag: number | null): boolean | null;
export function bool(flag: number | null): boolean | null {
  return flag === null ? null : Number(flag) !== 0;
}

/** true or false → the 1 or 0 stored. */
export function flag(value: boolean): 0 | 1;
export function flag(value: boolean | null): 0 | 1 | null;
export function flag(value: boolean | null): 0 | 1 | null {
  return value === null ? null : value ? 1 : 0;
}

/**
 * Stored JSON text → its value, typed as the caller says: the column holds only what Vigil
 * wrote with `jsonText`, so it is not validated again.
 */
export function parseJson<T>(text: string): T;
export function parseJson<T>(text: string | null): T | null;
export function parseJson<T>(text: string | null): T | null {
  return text === null ? null : (JSON.parse(text) as T);
}

/** A value → the JSON text stored (null stays SQL null, not the text `null`). */
export function jsonText<T>(value: T): null extends T ? string | null : string;
export function jsonText(value: unknown): string | null {
  return value === null ? null : JSON.stringify(value);
}
