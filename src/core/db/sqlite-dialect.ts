import { sql, type Kysely, type RawBuilder, type SelectQueryBuilder, type Transaction } from 'kysely';
import type { SqlDialect } from './dialect.js';
import { insertInChunks } from './hot-path.js';
import type { Schema } from './schema.js';

/**
 * A batch is cut into chunks whose sizes are powers of two (100 rows: 64 + 32 + 4): SQLite's
 * prepared statements are cached by SQL text (database.ts), so a bounded set of texts, each
 * prepared once, however the batch sizes vary. SQLite allows 32,766 variables per statement.
 */
const MAX_ROWS = 256;
const MAX_VARIABLES = 32_766;
/** Values per `in (…)` list; lists are padded to a power of two, so a bounded set of texts again. */
const MAX_LIST = 1_024;

const NOTHING = sql``;

/**
 * SQLite: one writer. A write transaction already excludes every other writer, so the locks
 * PostgreSQL needs are no-ops here, like Kysely's SqliteAdapter migration lock.
 */
class SqliteSqlDialect implements SqlDialect {
  readonly name = 'sqlite' as const;
  readonly concurrentWriters = false;
  readonly notifies = false;
  readonly caseInsensitiveLike = 'like' as const;
  readonly forUpdate = NOTHING;

  lockForUpdate<DB, TB extends keyof DB, O>(query: SelectQueryBuilder<DB, TB, O>): SelectQueryBuilder<DB, TB, O> {
    return query;
  }

  async lockForTransaction(): Promise<void> {
    // The one writer already runs such transactions one at a time.
  }

  async prepareReport(): Promise<void> {
    // No JIT to turn off.
  }

  async notify(): Promise<void> {
    // Every writer is in this process; its listeners hear from IncidentEvents and JobSignal.
  }

  chunkSizes(count: number, width: number): number[] {
    let most = 1;
    while (most * 2 <= MAX_ROWS && most * 2 * width <= MAX_VARIABLES) most *= 2;
    const sizes: number[] = [];
    for (let left = count; left > 0; ) {
      let size = most;
      while (size > left) size /= 2;
      sizes.push(size);
      left -= size;
    }
    return sizes;
  }

  mark(): string {
    return '?';
  }

  insertRows(trx: Transaction<Schema>, table: keyof Schema & string, columns: readonly string[], rows: readonly (readonly unknown[])[], suffix = ''): Promise<void> {
    return insertInChunks(trx, this, this.chunkSizes(rows.length, columns.length), table, columns, rows, suffix);
  }

  /** `in (?, ?, …)`, padded with repeats of the last value to a power of two. */
  async selectByValues<R>(trx: Transaction<Schema>, values: readonly string[], query: (list: RawBuilder<unknown>) => RawBuilder<R>): Promise<R[]> {
    const rows: R[] = [];
    for (let offset = 0; offset < values.length; offset += MAX_LIST) {
      const part = values.slice(offset, offset + MAX_LIST);
      let size = 1;
      while (size < part.length) size *= 2;
      const last = part[part.length - 1];
      while (part.length < size) part.push(last as string);
      rows.push(...(await query(sql`in (${sql.join(part)})`).execute(trx)).rows);
    }
    return rows;
  }

  /** SQLite plans `in (…)` as one probe per value already. */
  selectPerValue<R>(trx: Transaction<Schema>, values: readonly string[], query: (match: RawBuilder<unknown>) => RawBuilder<R>): Promise<R[]> {
    return this.selectByValues(trx, values, query);
  }

  /**
   * Reads first: most claims find nothing (the engine looks whenever ingest wrote a job), and an
   * update that changes nothing still takes the write lock and ends a write transaction (146 µs
   * against 11 µs for the read). The update repeats the conditions, so a row claimed between
   * the two statements is not claimed twice.
   */
  async claimRows<R>(
    db: Kysely<Schema>,
    pick: (lock: RawBuilder<unknown>) => RawBuilder<{ id: string }>,
    update: (ids: RawBuilder<unknown>) => RawBuilder<R>,
  ): Promise<R[]> {
    const picked = await pick(NOTHING).execute(db);
    if (picked.rows.length === 0) return [];
    return (await update(sql`in (${sql.join(picked.rows.map((r) => r.id))})`).execute(db)).rows;
  }
}

export const SQLITE_DIALECT: SqlDialect = new SqliteSqlDialect();
