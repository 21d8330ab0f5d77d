import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
    const migrate = options.migrate !== false;
    const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    await admin.connect();
    try {
      if (migrate) await cloneMigrated(admin, name);
      else await admin.query(`create database ${name}`);
      // A test database outlives no server crash worth surviving: commits need not wait for the disk.
      await admin.query(`alter database ${name} set synchronous_commit = off`);
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
  // PostgreSQL databases come migrated from the template.
  if (options.migrate !== false && dialect === 'sqlite') {
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

/** Clones hold it shared; building a template (and dropping stale ones) holds it alone. */
const TEMPLATE_LOCK = 0x76_69_67_69;

/**
 * A digest of the migrations' source files: changing one makes a new template. (The functions'
 * own text missed changes to what they call, such as a trigger's SQL in a helper.)
 */
function templateName(): string {
  const digest = createHash('sha256');
  const folder = fileURLToPath(new URL('../core/db/migrations/', import.meta.url));
  for (const file of readdirSync(folder).sort()) digest.update(`${file}\n${readFileSync(join(folder, file), 'utf8')}\n`);
  return `vigil_template_${digest.digest('hex').slice(0, 16)}`;
}

const templateExists = async (admin: pg.Client, template: string) => (await admin.query('select 1 from pg_database where datname = $1', [template])).rowCount === 1;

/**
 * Creates `name` as a copy of a database migrated to the current schema, made once per set of
 * migrations: copying a template takes a fraction of running every migration per test file.
 */
async function cloneMigrated(admin: pg.Client, name: string): Promise<void> {
  const template = templateName();
  for (;;) {
    await admin.query('select pg_advisory_lock_shared($1)', [TEMPLATE_LOCK]);
    try {
      if (await templateExists(admin, template)) {
        await admin.query(`create database ${name} template ${template}`);
        return;
      }
    } finally {
      await admin.query('select pg_advisory_unlock_shared($1)', [TEMPLATE_LOCK]);
    }
    await buildTemplate(admin, template);
  }
}

async function buildTemplate(admin: pg.Client, template: string): Promise<void> {
  await admin.query('select pg_advisory_lock($1)', [TEMPLATE_LOCK]);
  try {
    if (await templateExists(admin, template)) return;
    const stale = await admin.query<{ datname: string }>("select datname from pg_database where datname like 'vigil\\_template\\_%'");
    for (const row of stale.rows) await admin.query(`drop database if exists ${row.datname} with (force)`);
    await admin.query(`create database ${template}`);
    const handle = openDatabase(withDatabaseName(TEST_POSTGRES_URL, template), { poolSize: 1 });
    const outcome = await migrateToLatest(handle.db);
    await handle.close();
    if (outcome.error) {
      await admin.query(`drop database if exists ${template} with (force)`);
      throw outcome.error;
    }
  } finally {
    await admin.query('select pg_advisory_unlock($1)', [TEMPLATE_LOCK]);
  }
}
