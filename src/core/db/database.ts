import { chmodSync, closeSync, constants, existsSync, fchmodSync, mkdirSync, openSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type LogEvent, type MigrationResult, type SqliteDatabase } from 'kysely';
import pg from 'pg';
import { createLogger } from '../logger.js';
import { dbQueryErrors } from '../metrics.js';
import { isDatabaseUnavailable, isRetryableConflict, isStalePreparedStatement, type DialectName, type SqlDialect } from './dialect.js';
import { POSTGRES_DIALECT } from './postgres-dialect.js';
import type { Schema } from './schema.js';
import { SQLITE_DIALECT } from './sqlite-dialect.js';
import { openSqliteConnection, statementCache } from './sqlite-connection.js';
import { ThreadedSqliteDialect } from './sqlite-writer.js';
import { MIGRATIONS } from './migrations/index.js';

export type { DialectName, SqlDialect };

/** Each database's SQL differences, by name. */
export const SQL_DIALECTS: Readonly<Record<DialectName, SqlDialect>> = { sqlite: SQLITE_DIALECT, postgres: POSTGRES_DIALECT };

export interface VigilDatabase {
  readonly db: Kysely<Schema>;
  /** Where SQL differs, ask this; `dialect.name` says which database it is. */
  readonly dialect: SqlDialect;
  /** Where the data lives, safe to print (no password). */
  readonly location: string;
  /** SQLite with its writer on a thread of its own: work that runs there, beside the one write connection (sqlite-writer.ts). */
  readonly writerThread?: { call(name: string, payload: unknown): Promise<unknown> };
  /** The connection pool's state (PostgreSQL); SQLite has one connection and none. */
  poolStats?(): PoolStats;
  close(): Promise<void>;
}

export interface PoolStats {
  readonly total: number;
  readonly idle: number;
  readonly waiting: number;
  readonly max: number;
}

/**
 * Kysely's log hook, for failed queries only: counted by kind for /metrics. Kysely calls it for
 * every query too (level `query`), which costs a function call and nothing else.
 */
function countQueryErrors(event: LogEvent): void {
  if (event.level !== 'error') return;
  const { error } = event;
  dbQueryErrors.inc({ kind: isRetryableConflict(error) ? 'conflict' : isDatabaseUnavailable(error) ? 'unavailable' : 'other' });
}

export interface DatabaseLocation {
  readonly dialect: DialectName;
  /** A file path for SQLite (`:memory:` allowed), a connection string for PostgreSQL. */
  readonly target: string;
}

export const DEFAULT_DATABASE_URL = './data/vigil.db';

/** `VIGIL_DATABASE_URL`: a file path, a `sqlite:` URL, or a `postgres://` / `postgresql://` URL. */
export function parseDatabaseUrl(url: string): DatabaseLocation {
  if (/^postgres(ql)?:\/\//.test(url)) return { dialect: 'postgres', target: url };
  if (url.startsWith('sqlite://')) return { dialect: 'sqlite', target: url.slice('sqlite://'.length) };
  if (url.startsWith('sqlite:')) return { dialect: 'sqlite', target: url.slice('sqlite:'.length) };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
    throw new Error(`unsupported database URL scheme in "${redactUrl(url)}": use a file path, sqlite:PATH or postgres://…`);
  }
  return { dialect: 'sqlite', target: url };
}

export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

// node-postgres returns int8 and numeric as strings; every bigint Vigil stores is an epoch
// millisecond or a counter, far below 2^53, so numbers are exact and simpler everywhere.
const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === 20 || oid === 1700) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format as 'text');
  },
};

/** Where `openDatabase` reports files it found too open; pino's logger fits. */
export interface FileWarnings {
  warn(details: object, message: string): void;
}

export interface OpenOptions {
  readonly poolSize?: number;
  /** Defaults to a JSON log on stderr, so a CLI command's own output stays clean. */
  readonly logger?: FileWarnings;
  /**
   * SQLite: `thread` runs the write connection on a thread of its own (sqlite-writer.ts), for a
   * long-running server; `inline` (the default) keeps it on the calling thread, for commands and
   * tests. A database in memory is always inline: it cannot be shared between connections.
   */
  readonly sqliteWriter?: 'thread' | 'inline';
  /** With the `thread` writer: the URL of a module whose `writerCalls(database)` the thread offers (sqlite-writer-thread.ts). */
  readonly writerCalls?: string;
}

export function openDatabase(url: string = DEFAULT_DATABASE_URL, options: OpenOptions = {}): VigilDatabase {
  const location = parseDatabaseUrl(url);
  if (location.dialect === 'postgres') {
    const pool = new pg.Pool({ connectionString: location.target, max: options.poolSize ?? 10, types: pgTypes });
    // A client losing its connection (database restart, failover, killed session) must not
    // crash the process: the query running on it fails (ingest answers 503) and the pool
    // replaces it. The pool's own listener covers idle clients only, so checked-out ones get one.
    pool.on('error', () => {});
    pool.on('connect', (client) => {
      client.on('error', () => {});
      prepareRepeatedStatements(client);
    });
    const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }), log: countQueryErrors });
    const max = options.poolSize ?? 10;
    return {
      db,
      dialect: POSTGRES_DIALECT,
      location: redactUrl(location.target),
      poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount, max }),
      close: () => db.destroy(),
    };
  }
  const file = location.target === ':memory:' ? ':memory:' : resolve(location.target);
  const logger = options.logger ?? { warn: (details: object, message: string) => createLogger({ destination: process.stderr }).warn(details, message) };
  if (file !== ':memory:') prepareSqliteFile(file, logger);
  const sqlite = openSqliteConnection(file);
  // SQLite has now made -wal and -shm with the main file's mode; checked again in case it did not.
  if (file !== ':memory:') tightenSqliteFiles(file, logger);
  if (options.sqliteWriter === 'thread' && file !== ':memory:') {
    // The file is in WAL mode now; the writer thread and the reader open their own connections.
    sqlite.close();
    const threaded = new ThreadedSqliteDialect({ file, ...(options.writerCalls === undefined ? {} : { calls: options.writerCalls }) });
    const db = new Kysely<Schema>({ dialect: threaded, log: countQueryErrors });
    return { db, dialect: SQLITE_DIALECT, location: file, writerThread: { call: async (name, payload) => (await threaded.writerThread()).call(name, payload) }, close: () => db.destroy() };
  }
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }), log: countQueryErrors });
  return { db, dialect: SQLITE_DIALECT, location: file, close: () => db.destroy() };
}

/**
 * The SQLite file holds the signing secret, integration routing keys, API token hashes and
 * password hashes, so only Vigil's own user may read it. SQLite creates -wal and -shm later
 * with the main file's permissions (exactly, whatever the umask), so a main file made 0600
 * before SQLite first opens it keeps all three private.
 */
const DATABASE_FILE_MODE = 0o600;
const DATA_FOLDER_MODE = 0o700;
const SQLITE_SIDE_FILES = ['-wal', '-shm'] as const;

function prepareSqliteFile(file: string, logger: FileWarnings): void {
  // POSIX modes say nothing about Windows ACLs; there stat reports 0666 for every file.
  if (process.platform === 'win32') return;
  const folder = dirname(file);
  if (!existsSync(folder)) {
    mkdirSync(folder, { recursive: true, mode: DATA_FOLDER_MODE });
  } else if ((statSync(folder).mode & 0o002) !== 0) {
    // Anyone who may write to the folder may replace the database or plant a -wal file in it.
    // Left as it is (it may be deliberate, e.g. a shared mount), but said. Group-writable
    // folders are common in containers run under an arbitrary uid, so only "others" counts.
    logger.warn({ folder }, 'the database folder is writable by every user, who could replace or tamper with the database; run chmod o-w on it');
  }
  try {
    const fd = openSync(file, constants.O_CREAT | constants.O_EXCL | constants.O_RDWR, DATABASE_FILE_MODE);
    try {
      fchmodSync(fd, DATABASE_FILE_MODE); // exactly 0600, whatever the umask; SQLite takes an empty file as a new database
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  tightenSqliteFiles(file, logger);
}

/** Takes group and other permissions off the database and its -wal and -shm, saying so. */
function tightenSqliteFiles(file: string, logger: FileWarnings): void {
  if (process.platform === 'win32') return;
  const tightened: string[] = [];
  for (const path of [file, ...SQLITE_SIDE_FILES.map((suffix) => `${file}${suffix}`)]) {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (stat === undefined || (stat.mode & 0o077) === 0) continue;
    try {
      chmodSync(path, stat.mode & 0o700);
      tightened.push(path);
    } catch (error) {
      logger.warn({ file: path, err: error }, 'the database file is readable or writable by others and could not be restricted to its owner; run chmod 600 on it');
    }
  }
  if (tightened.length > 0) {
    logger.warn({ files: tightened }, 'the database files were readable or writable by others; they are now readable and writable by their owner only');
  }
}

/** Named statements one PostgreSQL connection keeps; texts past that run unnamed there. */
const PREPARED_PER_CONNECTION = 200;
/** Texts given a name in this process; past that, new texts run unnamed. */
const PREPARED_NAMES = 1_000;
/** Longer texts (multi-row inserts of a large batch) stay unnamed: each would hold server memory. */
const PREPARED_MAX_LENGTH = 4_096;
const PREPARABLE = /^\s*(select|insert|update|delete|with)\b/i;
const statementNames = new Map<string, string>();
const statementsSeen = new Map<string, number>();

/**
 * PostgreSQL parses, analyses and plans an unnamed statement afresh every time, and Kysely sends
 * every query unnamed: that was about half of PostgreSQL's CPU for Vigil's short statements, and
 * every statement of a job waits for it. A text seen twice gets a name, and each connection
 * prepares it once and then only binds and executes it (node-postgres remembers what a
 * connection has prepared). Bounded like SQLite's statement cache: texts seen once (varying
 * `in (…)` lists), long texts and whatever comes after the limits stay unnamed.
 *
 * A text that must be planned with the statistics of each call starts with a comment and so
 * stays unnamed (postgres-dialect.ts `selectPerValue`).
 *
 * A statement prepared before a migration changed its table's columns fails once on each
 * connection with "cached plan must not change result type" (see `isRetryableConflict`); that
 * text then runs unnamed on that connection.
 */
function prepareRepeatedStatements(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  const mine = new Set<string>();
  const refused = new Set<string>();
  (client as { query: unknown }).query = (...args: unknown[]) => {
    const [text, values] = args;
    if (args.length !== 2 || typeof text !== 'string' || !Array.isArray(values) || text.length > PREPARED_MAX_LENGTH || refused.has(text) || !PREPARABLE.test(text)) return query(...args);
    const name = statementName(text);
    if (name === undefined || (!mine.has(name) && mine.size >= PREPARED_PER_CONNECTION)) return query(...args);
    mine.add(name);
    return (query({ name, text, values }) as Promise<unknown>).catch((error: unknown) => {
      if (isStalePreparedStatement(error)) refused.add(text);
      throw error;
    });
  };
}

function statementName(text: string): string | undefined {
  const known = statementNames.get(text);
  if (known !== undefined || statementNames.size >= PREPARED_NAMES) return known;
  const seen = (statementsSeen.get(text) ?? 0) + 1;
  if (seen < 2) {
    // Forget one-off texts now and then rather than letting them pile up.
    if (statementsSeen.size >= 10 * PREPARED_NAMES) statementsSeen.clear();
    statementsSeen.set(text, seen);
    return undefined;
  }
  statementsSeen.delete(text);
  const name = `vigil_${statementNames.size + 1}`;
  statementNames.set(text, name);
  return name;
}

/** Kysely's SQLite driver over a connection whose statements are kept (sqlite-connection.ts). */
function withStatementCache(database: SQLite.Database): SqliteDatabase {
  const prepare = statementCache(database);
  return { close: () => database.close(), prepare };
}

export interface MigrationOutcome {
  readonly results: readonly MigrationResult[];
  readonly error?: unknown;
}

/**
 * Brings the schema up to date. On PostgreSQL Kysely holds an advisory lock, so several Vigil
 * processes starting together migrate once; on SQLite there is one writer and no lock is needed.
 */
export async function migrateToLatest(db: Kysely<Schema>): Promise<MigrationOutcome> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => ({ ...MIGRATIONS }) } });
  const { results = [], error } = await migrator.migrateToLatest();
  return error === undefined ? { results } : { results, error };
}

/**
 * How many of the known migrations have run. None means Vigil never set this database up;
 * reading it creates nothing (Kysely's own tables included).
 */
export async function migrationProgress(db: Kysely<Schema>): Promise<{ readonly executed: number; readonly known: number }> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => ({ ...MIGRATIONS }) } });
  const migrations = await migrator.getMigrations();
  return { executed: migrations.filter((m) => m.executedAt !== undefined).length, known: migrations.length };
}

/** True when every known migration has run: what `/readyz` checks. */
export async function isSchemaCurrent(db: Kysely<Schema>): Promise<boolean> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => ({ ...MIGRATIONS }) } });
  const migrations = await migrator.getMigrations();
  return migrations.every((m) => m.executedAt !== undefined);
}
