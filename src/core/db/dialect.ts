import { sql, type SelectQueryBuilder, type Transaction } from 'kysely';

export type DialectName = 'sqlite' | 'postgres';

/**
 * The SQLite/PostgreSQL differences Vigil's queries care about, in one place.
 * SQLite has one writer: a transaction already excludes every other writer, so row locks are
 * not needed there (and `FOR UPDATE` is not SQLite syntax).
 */
export function lockForUpdate<DB, TB extends keyof DB, O>(
  dialect: DialectName,
  query: SelectQueryBuilder<DB, TB, O>,
): SelectQueryBuilder<DB, TB, O> {
  return dialect === 'postgres' ? query.forUpdate() : query;
}

/**
 * Holds a cluster-wide lock named by `key` until the transaction ends, for a check-then-write
 * that no row lock covers (counting rows that do not exist yet). SQLite needs none: its one
 * writer already runs such transactions one at a time.
 */
export async function lockForTransaction<DB>(trx: Transaction<DB>, dialect: DialectName, key: number): Promise<void> {
  if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(${key})`.execute(trx);
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

/** Case-insensitive substring match operator for free-text filters. */
export function caseInsensitiveLike(dialect: DialectName): 'ilike' | 'like' {
  // SQLite's LIKE is already case-insensitive for ASCII.
  return dialect === 'postgres' ? 'ilike' : 'like';
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

/** Failures that another attempt can succeed at: a unique race lost to a concurrent writer, a deadlock. */
export function isRetryableConflict(error: unknown): boolean {
  if (isUniqueViolation(error) || isStalePreparedStatement(error)) return true;
  const code = (error as { code?: unknown } | null)?.code;
  return code === '40P01' || code === '40001';
}
