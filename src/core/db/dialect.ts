import type { Kysely, RawBuilder, SelectQueryBuilder, Transaction } from 'kysely';
import type { Schema } from './schema.js';

/** Which database a handle talks to: for logs, `/readyz` and file paths, never to decide SQL. */
export type DialectName = 'sqlite' | 'postgres';

/**
 * Every SQL difference between SQLite and PostgreSQL that Vigil's queries meet, behind one
 * object on the database handle (`VigilDatabase.dialect`), as Kysely's SqliteAdapter and
 * PostgresAdapter do for its own. Code above `core/db` asks it for a capability or a statement
 * rather than comparing names. Implemented by `sqlite-dialect.ts` and `postgres-dialect.ts`.
 *
 * SQLite has one writer: a write transaction already excludes every other writer, so row
 * locks, advisory locks and SKIP LOCKED have nothing to do there (and are not SQLite syntax).
 */
export interface SqlDialect {
  readonly name: DialectName;
  /**
   * Several transactions can write at once (PostgreSQL). On SQLite they queue on the one write
   * lock, so parallel ingest lanes or job slots would only wait for each other.
   */
  readonly concurrentWriters: boolean;
  /** `notify` reaches the other processes' LISTEN (PostgreSQL); on SQLite there is none. */
  readonly notifies: boolean;
  /** Operator for free-text filters: PostgreSQL's `ilike`; SQLite's `like` already ignores ASCII case. */
  readonly caseInsensitiveLike: 'ilike' | 'like';
  /** `for update` to end a `sql` template's select; empty where there are no row locks. */
  readonly forUpdate: RawBuilder<unknown>;
  /** The builder's `forUpdate()` where there are row locks; the query unchanged elsewhere. */
  lockForUpdate<DB, TB extends keyof DB, O>(query: SelectQueryBuilder<DB, TB, O>): SelectQueryBuilder<DB, TB, O>;
  /**
   * Holds a cluster-wide lock named by `key` until the transaction ends, for a check-then-write
   * that no row lock covers (counting rows that do not exist yet).
   */
  lockForTransaction<DB>(trx: Transaction<DB>, key: number): Promise<void>;
  /**
   * Prepares a transaction for one large read-only report (analytics): on PostgreSQL turns off
   * JIT compilation for it, which costs a second on plans the planner prices high and pays back
   * only on reads far longer than a report's; nothing on SQLite.
   */
  prepareReport<DB>(trx: Transaction<DB>): Promise<void>;
  /** Sends `payload` on `channel` at commit (PostgreSQL NOTIFY); nothing to send on SQLite. */
  notify<DB>(trx: Transaction<DB>, channel: string, payload: string): Promise<void>;
  /** Sizes of the statements a batch of `count` rows of `width` values is cut into. */
  chunkSizes(count: number, width: number): number[];
  /**
   * `insert into table (columns) values (…), (…), …` for many rows, each row its values in
   * `columns` order; `suffix` is appended to every statement (an `on conflict` clause).
   */
  insertRows(trx: Transaction<Schema>, table: keyof Schema & string, columns: readonly string[], rows: readonly (readonly unknown[])[], suffix?: string): Promise<void>;
  /**
   * Runs `query(list)` for the distinct `values` in as few statements as the dialect allows,
   * where `list` is a condition's right-hand side matching any of them. The rows of all
   * statements are concatenated.
   */
  selectByValues<R>(trx: Transaction<Schema>, values: readonly string[], query: (list: RawBuilder<unknown>) => RawBuilder<R>): Promise<R[]>;
  /**
   * `selectByValues`, but where the planner must probe an index once per value: `match` is the
   * right-hand side of a condition equal to one value at a time.
   */
  selectPerValue<R>(trx: Transaction<Schema>, values: readonly string[], query: (match: RawBuilder<unknown>) => RawBuilder<R>): Promise<R[]>;
  /**
   * Claims rows for this writer and returns them: `update(ids)` over the rows `pick` selects,
   * skipping rows another transaction is claiming. `pick` selects an `id` column and ends with
   * `lock`; `update` restricts itself with `id ${ids}` and repeats `pick`'s conditions, so a row
   * claimed meanwhile by someone else is not claimed twice.
   */
  claimRows<R>(
    db: Kysely<Schema>,
    pick: (lock: RawBuilder<unknown>) => RawBuilder<{ id: string }>,
    update: (ids: RawBuilder<unknown>) => RawBuilder<R>,
  ): Promise<R[]>;
}

/** Unique-constraint violations, as each driver reports them. */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** Foreign-key violations: a row still referenced elsewhere, or a reference to a missing row. */
export function isForeignKeyViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  return code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}

const PG_UNAVAILABLE_CLASSES = ['08', '53', '57P'];
const NODE_NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EPIPE']);

/**
 * Errors that mean "the database cannot take this right now" rather than "this request is
 * wrong": connection failures, a server shutting down or out of connections, a busy or full
 * SQLite file. Senders get 503 and retry instead of a 202 for something not stored.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string') {
    if (NODE_NETWORK_CODES.has(code)) return true;
    if (PG_UNAVAILABLE_CLASSES.some((prefix) => code.startsWith(prefix)) && /^[0-9A-Z]{5}$/.test(code)) return true;
    if (/^SQLITE_(BUSY|LOCKED|IOERR|FULL|CANTOPEN|READONLY|CORRUPT|NOTADB)/.test(code)) return true;
  }
  if (typeof message === 'string') {
    if (/Connection terminated|connection is not open|driver has already been destroyed|Cannot use a pool after calling end|not queryable|terminating connection|shutting down|ECONNRESET|ECONNREFUSED/i.test(message)) return true;
  }
  const nested = (error as { errors?: unknown }).errors;
  if (Array.isArray(nested) && nested.some(isDatabaseUnavailable)) return true;
  if ('cause' in (error as object) && (error as { cause?: unknown }).cause !== error) {
    const cause = (error as { cause?: unknown }).cause;
    if (cause !== undefined && isDatabaseUnavailable(cause)) return true;
  }
  return false;
}

/** A prepared statement whose table changed shape since it was prepared (a migration ran meanwhile). */
export function isStalePreparedStatement(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return code === '0A000' && typeof message === 'string' && message.includes('cached plan must not change result type');
}

/**
 * PostgreSQL rolled the transaction back to let another go on: it was chosen to break a deadlock
 * (40P01) or failed a serialization check (40001). Nothing of it was committed; run again, it
 * can succeed.
 */
export function isDeadlockOrSerializationFailure(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '40P01' || code === '40001';
}

/** Failures that another attempt can succeed at: a unique race lost to a concurrent writer, a deadlock. */
export function isRetryableConflict(error: unknown): boolean {
  return isUniqueViolation(error) || isStalePreparedStatement(error) || isDeadlockOrSerializationFailure(error);
}
