import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrateToLatest, openDatabase, type DialectName, type VigilDatabase } from '../core/db/database.js';

/** Every storage test runs on both databases. */
export const DIALECTS: readonly DialectName[] = ['sqlite', 'postgres'];

/** The server tests create their databases on; CI makes sure it is running. */
export const TEST_POSTGRES_URL = process.env.VIGIL_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase extends VigilDatabase {
  /** The URL another process (a second Vigil node, the CLI) can open to reach the same data. */
  readonly url: string;
  /** Closes the handle and drops the database (PostgreSQL) it created. */
  destroy(): Promise<void>;
}

function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/**
 * A fresh, migrated database. SQLite: in memory unless `file` is asked for. PostgreSQL: a new
 * database `vigil_test_<random>` on the test server, dropped by `destroy()`.
 */
export async function createTestDatabase(
  dialect: DialectName,
  options: { file?: string; migrate?: boolean } = {},
): Promise<TestDatabase> {
  let url: string;
  let drop = async (): Promise<void> => {};
  if (dialect === 'sqlite') {
    url = options.file ?? ':memory:';
  } else {
    const name = `vigil_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    await admin.connect();
    try {
      await admin.query(`create database ${name}`);
    } finally {
      await admin.end();
    }
    url = withDatabaseName(TEST_POSTGRES_URL, name);
    drop = async () => {
      const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
      await client.connect();
      try {
        await client.query(`drop database if exists ${name} with (force)`);
      } finally {
        await client.end();
      }
    };
  }
  const handle = openDatabase(url, { poolSize: 5 });
  if (options.migrate !== false) {
    const outcome = await migrateToLatest(handle.db);
    if (outcome.error) throw outcome.error;
  }
  let destroyed = false;
  return {
    ...handle,
    url,
    async destroy() {
      if (destroyed) return;
      destroyed = true;
      await handle.close();
      await drop();
    },
  };
}
