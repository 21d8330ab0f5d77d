/**
 * A fresh database for each measured run, always dropped afterwards: an SQLite file in the run's
 * temporary directory, or a new database `vigil_bench_<random>` on the PostgreSQL server
 * VIGIL_BENCH_POSTGRES_URL names.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { onCleanup } from './cleanup.js';

export const POSTGRES_URL = process.env.VIGIL_BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export type DatabaseKind = 'sqlite' | 'postgres';

export interface BenchDatabase {
  readonly kind: DatabaseKind;
  readonly url: string;
  readonly details: Record<string, string>;
  /** Row counts, read directly from the database. */
  readonly count: (table: 'incidents' | 'alerts') => Promise<number>;
  /** The one number a query selects as `n` (both dialects read the same SQL), read directly from the database. */
  readonly scalar: (sql: string) => Promise<number>;
  readonly destroy: () => Promise<void>;
}

async function withPostgres<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createDatabase(kind: DatabaseKind, tempDir: string): Promise<BenchDatabase> {
  if (kind === 'sqlite') {
    const file = join(tempDir, 'vigil.db');
    const scalar = async (sql: string) => {
      const db = new Database(file, { readonly: true, fileMustExist: true });
      try {
        return Number((db.prepare(sql).get() as { n: number | bigint | null }).n);
      } finally {
        db.close();
      }
    };
    return {
      kind,
      url: file,
      details: { file, journal_mode: 'WAL', synchronous: 'FULL' },
      count: (table) => scalar(`select count(*) as n from ${table}`),
      scalar,
      destroy: async () => {},
    };
  }
  const name = `vigil_bench_${randomBytes(6).toString('hex')}`;
  const details = await withPostgres(POSTGRES_URL, async (client) => {
    const setting = async (what: string) => String((await client.query<Record<string, string>>(`show ${what}`)).rows[0]?.[what] ?? '?');
    const info = {
      database: name,
      server_version: await setting('server_version'),
      fsync: await setting('fsync'),
      synchronous_commit: await setting('synchronous_commit'),
    };
    await client.query(`create database ${name}`);
    return info;
  });
  const parsed = new URL(POSTGRES_URL);
  parsed.pathname = `/${name}`;
  const url = parsed.toString();
  const destroy = onCleanup(`drop database ${name}`, async () => {
    await withPostgres(POSTGRES_URL, async (client) => {
      await client.query(`drop database if exists ${name} with (force)`);
    });
  });
  const scalar = (sql: string) => withPostgres(url, async (client) => Number((await client.query<{ n: string | null }>(sql)).rows[0]?.n ?? NaN));
  return {
    kind,
    url,
    details,
    count: (table) => scalar(`select count(*) as n from ${table}`),
    scalar,
    destroy,
  };
}
