import SQLite from 'better-sqlite3';
import type { QueryResult } from 'kysely';

/**
 * Opening an SQLite connection the way Vigil uses it, shared by the connection on the main thread
 * and the writer thread (sqlite-writer-thread.ts).
 */

/** How long a connection waits for another's lock before failing with SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 5_000;
const STATEMENT_CACHE_SIZE = 500;

export interface SqliteOpenOptions {
  /** A reader never writes: it cannot take the write lock by mistake. */
  readonly readonly?: boolean;
}

/** A connection with Vigil's settings. The writer puts the file in WAL mode; readers find it so. */
export function openSqliteConnection(file: string, options: SqliteOpenOptions = {}): SQLite.Database {
  const sqlite = new SQLite(file, { readonly: options.readonly ?? false });
  if (!options.readonly) sqlite.pragma('journal_mode = WAL');
  // FULL: an alert answered with 202 survives power loss, not only a process crash.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  return sqlite;
}

/**
 * Kysely prepares every query afresh; preparing costs as much as running a small statement.
 * Vigil's queries are a few hundred distinct texts, so prepared statements are kept by SQL text
 * (least recently used out first). Safe because a connection runs one statement at a time and
 * Kysely never leaves an iterator open across queries.
 */
export function statementCache(database: SQLite.Database): (sqlText: string) => SQLite.Statement {
  const cache = new Map<string, SQLite.Statement>();
  return (sqlText) => {
    let statement = cache.get(sqlText);
    if (statement) {
      cache.delete(sqlText);
    } else {
      statement = database.prepare(sqlText);
      if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    }
    cache.set(sqlText, statement);
    return statement;
  };
}

/**
 * Runs one statement as Kysely's SQLite driver does (parameters bound in order as one array):
 * rows for a statement that returns them, counts otherwise.
 */
export function runStatement<R>(statement: SQLite.Statement, parameters: readonly unknown[]): QueryResult<R> {
  if (statement.reader) return { rows: statement.all(parameters) as R[] };
  const { changes, lastInsertRowid } = statement.run(parameters);
  return { rows: [], numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid) };
}
