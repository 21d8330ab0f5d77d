import { CompiledQuery, sql, type RawBuilder, type Transaction } from 'kysely';
import type { DialectName } from './database.js';
import type { Schema } from './schema.js';

// The ingest hot path writes a handful of rows per alert. Kysely's query builder costs about
// 35 µs of CPU per statement here, a `sql` template about 9 µs (measured with .prof-style
// micro-benchmarks on this 2-core machine), so the statements run for every alert are written
// as templates through these helpers. Everything else uses the builder.

/** `for update` on PostgreSQL; SQLite's single writer needs no row lock. */
export function forUpdate(dialect: DialectName) {
  return dialect === 'postgres' ? sql`for update` : sql``;
}

/**
 * Statements over a whole batch of rows. SQLite's prepared statements are cached by SQL text, so
 * there a batch is cut into chunks whose sizes are powers of two (100 rows: 64 + 32 + 4): a
 * bounded set of texts, each prepared once, however the batch sizes vary; SQLite allows 32,766
 * variables per statement. On PostgreSQL each statement is a round trip and long texts are not
 * prepared (database.ts), so there a chunk is as large as its 65,535 parameters allow.
 */
const SQLITE_MAX_ROWS = 256;
const SQLITE_MAX_VARIABLES = 32_766;
const POSTGRES_MAX_PARAMETERS = 65_535;

/** Sizes of the statements a batch of `count` rows of `width` values is cut into. */
export function chunkSizes(dialect: DialectName, count: number, width: number): number[] {
  const sizes: number[] = [];
  if (dialect === 'postgres') {
    const most = Math.max(1, Math.floor(POSTGRES_MAX_PARAMETERS / width));
    for (let left = count; left > 0; left -= most) sizes.push(Math.min(left, most));
    return sizes;
  }
  let most = 1;
  while (most * 2 <= SQLITE_MAX_ROWS && most * 2 * width <= SQLITE_MAX_VARIABLES) most *= 2;
  for (let left = count; left > 0; ) {
    let size = most;
    while (size > left) size /= 2;
    sizes.push(size);
    left -= size;
  }
  return sizes;
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * SQL texts of multi-row inserts by shape: on SQLite a few dozen at most (see chunkSizes). On
 * PostgreSQL a chunk has any size, so only small ones are kept.
 */
const insertTexts = new Map<string, string>();

function insertText(dialect: DialectName, table: string, columns: readonly string[], size: number, suffix: string): string {
  const key = `${dialect}\n${table}\n${columns.join(',')}\n${size}\n${suffix}`;
  let text = insertTexts.get(key);
  if (text === undefined) {
    const tuples: string[] = [];
    for (let r = 0; r < size; r += 1) {
      const marks = columns.map((_, c) => (dialect === 'postgres' ? `$${r * columns.length + c + 1}` : '?'));
      tuples.push(`(${marks.join(', ')})`);
    }
    text = `insert into ${quoted(table)} (${columns.map(quoted).join(', ')}) values ${tuples.join(', ')}${suffix ? ` ${suffix}` : ''}`;
    if (size > SQLITE_MAX_ROWS) return text;
    if (insertTexts.size >= 200) insertTexts.clear();
    insertTexts.set(key, text);
  }
  return text;
}

/**
 * `insert into table (columns) values (…), (…), …` for many rows, each row its values in
 * `columns` order; `suffix` is appended to every statement (an `on conflict` clause). The SQL
 * text is built directly (and kept by shape): Kysely's template would cost a node per value.
 */
export async function insertRows(
  trx: Transaction<Schema>,
  dialect: DialectName,
  table: keyof Schema & string,
  columns: readonly string[],
  rows: readonly (readonly unknown[])[],
  suffix = '',
): Promise<void> {
  let offset = 0;
  for (const size of chunkSizes(dialect, rows.length, columns.length)) {
    const parameters: unknown[] = [];
    for (let r = offset; r < offset + size; r += 1) {
      for (const value of rows[r] as readonly unknown[]) parameters.push(value);
    }
    offset += size;
    await trx.executeQuery(CompiledQuery.raw(insertText(dialect, table, columns, size, suffix), parameters));
  }
}

const SQLITE_MAX_LIST = 1_024;

/**
 * Runs `query(list)` for the distinct `values` in as few statements as the dialect allows, where
 * `list` is a condition's right-hand side matching any of them: `= any($1)` on PostgreSQL (one
 * array parameter), `in (?, ?, …)` on SQLite, padded with repeats of the last value to a power of
 * two so the set of SQL texts stays small. The rows of all statements are concatenated.
 */
export async function selectByValues<R>(
  trx: Transaction<Schema>,
  dialect: DialectName,
  values: readonly string[],
  query: (list: RawBuilder<unknown>) => RawBuilder<R>,
): Promise<R[]> {
  if (values.length === 0) return [];
  if (dialect === 'postgres') return (await query(sql`= any(${[...values]}::text[])`).execute(trx)).rows;
  const rows: R[] = [];
  for (let offset = 0; offset < values.length; offset += SQLITE_MAX_LIST) {
    const part = values.slice(offset, offset + SQLITE_MAX_LIST);
    let size = 1;
    while (size < part.length) size *= 2;
    const last = part[part.length - 1];
    while (part.length < size) part.push(last as string);
    rows.push(...(await query(sql`in (${sql.join(part)})`).execute(trx)).rows);
  }
  return rows;
}
