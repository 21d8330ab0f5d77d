import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { isSchemaCurrent, migrateToLatest, openDatabase, parseDatabaseUrl } from './database.js';
import { isRetryableConflict } from './dialect.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../test-support/databases.js';

describe('parseDatabaseUrl', () => {
  it('treats a plain path as SQLite', () => {
    expect(parseDatabaseUrl('./data/vigil.db')).toEqual({ dialect: 'sqlite', target: './data/vigil.db' });
  });
  it('accepts sqlite: URLs', () => {
    expect(parseDatabaseUrl('sqlite:/var/lib/vigil.db')).toEqual({ dialect: 'sqlite', target: '/var/lib/vigil.db' });
    expect(parseDatabaseUrl('sqlite:///tmp/x.db')).toEqual({ dialect: 'sqlite', target: '/tmp/x.db' });
  });
  it('recognises postgres and postgresql URLs', () => {
    expect(parseDatabaseUrl('postgres://u@h/db').dialect).toBe('postgres');
    expect(parseDatabaseUrl('postgresql://u@h/db').dialect).toBe('postgres');
  });
  it('rejects other schemes without echoing the password', () => {
    expect(() => parseDatabaseUrl('mysql://root:hunter2@h/db')).toThrow(/unsupported database URL scheme in "mysql:\/\/root:\*\*\*@h\/db"/);
  });
});

for (const dialect of DIALECTS) {
  describe(`migrations on ${dialect}`, () => {
    let database: TestDatabase | undefined;
    afterEach(async () => {
      await database?.destroy();
    });

    it('creates the schema and reports it current', async () => {
      database = await createTestDatabase(dialect);
      expect(await isSchemaCurrent(database.db)).toBe(true);
      const counter = await database.db.selectFrom('counters').selectAll().executeTakeFirstOrThrow();
      expect(counter).toEqual({ name: 'incident_number', value: 0 });
    });

    it('reports a database without migrations as not current', async () => {
      database = await createTestDatabase(dialect, { migrate: false });
      expect(await isSchemaCurrent(database.db)).toBe(false);
      await sql`select 1`.execute(database.db);
    });
  });
}

describe('repeated statements on PostgreSQL', () => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.destroy();
    database = undefined;
  });

  it('prepares a statement run again on a connection, and recovers once its table changes shape', async () => {
    database = await createTestDatabase('postgres', { migrate: false });
    await sql`create table shapes (id int primary key, a text)`.execute(database.db);
    await sql`insert into shapes values (1, 'one')`.execute(database.db);
    await database.db.connection().execute(async (connection) => {
      const read = () => sql<Record<string, unknown>>`select * from shapes where id = ${1}`.execute(connection);
      for (let i = 0; i < 3; i += 1) expect((await read()).rows).toEqual([{ id: 1, a: 'one' }]);
      const prepared = await sql<{ n: number }>`select count(*)::int as n from pg_prepared_statements where statement like 'select * from shapes%'`.execute(connection);
      expect(prepared.rows[0]?.n).toBe(1);
      // A migration adds a column while the statement is prepared: at most one failure, which
      // callers retry, then the new shape.
      await sql`alter table shapes add column b text`.execute(connection);
      const failure = await read().then(
        () => undefined,
        (error: unknown) => error,
      );
      if (failure !== undefined) expect(isRetryableConflict(failure)).toBe(true);
      expect((await read()).rows).toEqual([{ id: 1, a: 'one', b: null }]);
    });
  });

  it('leaves a text that starts with a comment unnamed, to be planned on every call', async () => {
    database = await createTestDatabase('postgres', { migrate: false });
    await sql`create table probes (id int primary key)`.execute(database.db);
    await database.db.connection().execute(async (connection) => {
      for (let i = 0; i < 3; i += 1) await sql`/* planned per call */ select * from probes where id = ${i}`.execute(connection);
      const prepared = await sql<{ n: number }>`select count(*)::int as n from pg_prepared_statements where statement like '%from probes%'`.execute(connection);
      expect(prepared.rows[0]?.n).toBe(0);
    });
  });
});

// File modes are a SQLite matter: PostgreSQL keeps its files in its own data directory.
describe('SQLite file permissions', () => {
  let root: string;
  let umask: number;
  const warnings: { details: object; message: string }[] = [];
  const logger = { warn: (details: object, message: string) => void warnings.push({ details, message }) };
  const modeOf = (path: string) => statSync(path).mode & 0o777;
  const filesOf = (file: string) => [file, `${file}-wal`, `${file}-shm`];
  /** Opens, migrates (so the WAL and shared-memory files exist and have been written), and closes. */
  const openAndWrite = async (file: string, check: () => void = () => {}) => {
    const database = openDatabase(file, { logger });
    try {
      const outcome = await migrateToLatest(database.db);
      if (outcome.error) throw outcome.error;
      check();
    } finally {
      await database.close();
    }
  };

  beforeEach(() => {
    // The usual umask, which leaves new files readable by everyone.
    umask = process.umask(0o022);
    root = mkdtempSync(join(tmpdir(), 'vigil-modes-'));
    warnings.length = 0;
  });
  afterEach(() => {
    process.umask(umask);
    rmSync(root, { recursive: true, force: true });
  });

  it('creates the data folder, the database and its -wal and -shm files for their owner only', async () => {
    const file = join(root, 'data', 'vigil.db');
    await openAndWrite(file, () => {
      expect(filesOf(file).map(modeOf)).toEqual([0o600, 0o600, 0o600]);
    });
    expect(modeOf(join(root, 'data'))).toBe(0o700);
    expect(modeOf(file)).toBe(0o600);
    expect(warnings).toEqual([]);
  });

  it('tightens an existing database and its leftover -wal and -shm files that others can read, and warns', async () => {
    const file = join(root, 'vigil.db');
    // A database written by an earlier version: 0644, with another connection holding its WAL open.
    const earlier = new SQLite(file);
    earlier.pragma('journal_mode = WAL');
    earlier.exec('create table t (x int); insert into t values (1)');
    expect(filesOf(file).map(modeOf)).toEqual([0o644, 0o644, 0o644]);
    try {
      await openAndWrite(file, () => {
        expect(filesOf(file).map(modeOf)).toEqual([0o600, 0o600, 0o600]);
      });
    } finally {
      earlier.close();
    }
    expect(modeOf(file)).toBe(0o600);
    expect(warnings.map((w) => w.message)).toEqual([expect.stringMatching(/readable or writable by others/)]);
    expect(warnings[0]!.details).toMatchObject({ files: filesOf(file) });
  });

  it('warns about an existing data folder that everyone may write to, and leaves it as it is', async () => {
    const folder = join(root, 'shared');
    mkdirSync(folder);
    chmodSync(folder, 0o777);
    await openAndWrite(join(folder, 'vigil.db'));
    expect(modeOf(folder)).toBe(0o777);
    expect(warnings.map((w) => w.message)).toEqual([expect.stringMatching(/writable by every user/)]);
    expect(warnings[0]!.details).toMatchObject({ folder });
  });

  it('says nothing about an existing folder only its owner may write to', async () => {
    const folder = join(root, 'private');
    mkdirSync(folder, { mode: 0o755 });
    await openAndWrite(join(folder, 'vigil.db'));
    expect(modeOf(folder)).toBe(0o755);
    expect(warnings).toEqual([]);
  });
});
