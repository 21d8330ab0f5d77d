import type { SelectQueryBuilder } from 'kysely';
import type { DialectName } from './database.js';

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

/** Unique-constraint violations, as each driver reports them. */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** Case-insensitive substring match operator for free-text filters. */
export function caseInsensitiveLike(dialect: DialectName): 'ilike' | 'like' {
  // SQLite's LIKE is already case-insensitive for ASCII.
  return dialect === 'postgres' ? 'ilike' : 'like';
}
