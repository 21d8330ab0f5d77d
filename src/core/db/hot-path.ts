import { CompiledQuery, type Transaction } from 'kysely';
import type { Schema } from './schema.js';

// The ingest hot path writes a handful of rows per alert. Kysely's query builder costs about
// 35 µs of CPU per statement here, a `sql` template about 9 µs (measured with .prof-style
// micro-benchmarks on this 2-core machine), so the statements run for every alert are written
// as templates through the dialect's `insertRows`, `selectByValues` and `forUpdate`
// (sqlite-dialect.ts, postgres-dialect.ts). Everything else uses the builder.

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * SQL texts of multi-row inserts by shape: on SQLite a few dozen at most (see its chunkSizes). On
 * PostgreSQL a chunk has any size, so only small ones are kept.
 */
const insertTexts = new Map<string, string>();
const KEPT_ROWS = 256;

/** How a dialect writes a multi-row insert: its name keys the kept texts, `mark` numbers parameters from 0. */
export interface InsertStyle {
  readonly name: string;
  mark(index: number): string;
}

function insertText(style: InsertStyle, table: string, columns: readonly string[], size: number, suffix: string): string {
  const key = `${style.name}\n${table}\n${columns.join(',')}\n${size}\n${suffix}`;
  let text = insertTexts.get(key);
  if (text === undefined) {
    const tuples: string[] = [];
    for (let r = 0; r < size; r += 1) {
      const marks = columns.map((_, c) => style.mark(r * columns.length + c));
      tuples.push(`(${marks.join(', ')})`);
    }
    text = `insert into ${quoted(table)} (${columns.map(quoted).join(', ')}) values ${tuples.join(', ')}${suffix ? ` ${suffix}` : ''}`;
    if (size > KEPT_ROWS) return text;
    if (insertTexts.size >= 200) insertTexts.clear();
    insertTexts.set(key, text);
  }
  return text;
}

/**
 * Runs the statements of `SqlDialect.insertRows`, one per chunk of `sizes`. The SQL text is
 * built directly (and kept by shape): Kysely's template would cost a node per value.
 */
export async function insertInChunks(
  trx: Transaction<Schema>,
  style: InsertStyle,
  sizes: readonly number[],
  table: keyof Schema & string,
  columns: readonly string[],
  rows: readonly (readonly unknown[])[],
  suffix: string,
): Promise<void> {
  let offset = 0;
  for (const size of sizes) {
    const parameters: unknown[] = [];
    for (let r = offset; r < offset + size; r += 1) {
      for (const value of rows[r] as readonly unknown[]) parameters.push(value);
    }
    offset += size;
    await trx.executeQuery(CompiledQuery.raw(insertText(style, table, columns, size, suffix), parameters));
  }
}

