import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { migrationProgress, openDatabase } from '../core/db/database.js';
import { runVigil } from '../test-support/cli.js';
import { createTestDatabase, DIALECTS, TEST_POSTGRES_URL, type TestDatabase } from '../test-support/databases.js';

const dir = mkdtempSync(join(tmpdir(), 'vigil-cli-db-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ORG = `users:
  - { id: alice, name: Alice, email: alice@example.com }
`;

describe('a command run where there is no SQLite database', () => {
  it('refuses, naming the resolved path, VIGIL_DATABASE_URL and --create, and creates nothing', async () => {
    const file = join(dir, 'missing', 'vigil.db');
    const run = await runVigil(['export'], { env: { VIGIL_DATABASE_URL: `sqlite:${file}` } });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `vigil: no database at ${file} (SQLite, from VIGIL_DATABASE_URL): set VIGIL_DATABASE_URL to your Vigil database, or pass --create to make a new one there\n`,
    );
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });

  it('names the absolute path of a relative one, as it would be opened from this folder', async () => {
    const run = await runVigil(['users', 'create', 'zed', '--email', 'zed@example.com'], { env: { VIGIL_DATABASE_URL: 'no-such-folder/vigil.db' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`no database at ${resolve('no-such-folder/vigil.db')} (SQLite, from VIGIL_DATABASE_URL)`);
    expect(existsSync('no-such-folder')).toBe(false);
  });

  it('with --create, makes and migrates a new one, and says so and where', async () => {
    const file = join(dir, 'new', 'vigil.db');
    const env = { VIGIL_DATABASE_URL: file };
    const run = await runVigil(['users', 'create', 'zed', '--email', 'zed@example.com', '--password-stdin', '--create'], { env, stdin: 'a long enough passphrase\n' });
    expect(run.stderr).toBe(`vigil: set up a new database at ${file} (SQLite)\n`);
    expect(run.stdout).toBe(`created responder zed <zed@example.com> in ${file} (SQLite)\n`);
    expect(run.code).toBe(0);
    const database = openDatabase(file);
    try {
      const progress = await migrationProgress(database.db);
      expect(progress.executed).toBe(progress.known);
    } finally {
      await database.close();
    }
    // Once it exists, no --create is needed and nothing more is said about it.
    const again = await runVigil(['users', 'set-password', 'zed', '--password-stdin'], { env, stdin: 'another long passphrase' });
    expect(again).toEqual({ code: 0, stdout: `password set for zed in ${file} (SQLite)\n`, stderr: '' });
  });

  it('refuses a file that is not a database in one line', async () => {
    const file = join(dir, 'notes.txt');
    writeFileSync(file, 'not a database, just some text that is long enough to have a header'.repeat(10), { mode: 0o600 });
    const run = await runVigil(['export'], { env: { VIGIL_DATABASE_URL: file } });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`vigil: cannot open ${file} (SQLite): file is not a database\n`);
  });

  it('refuses a URL scheme it does not know, naming the variable', async () => {
    const run = await runVigil(['apply', '--create'], { env: { VIGIL_DATABASE_URL: 'mysql://db/vigil' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^vigil: VIGIL_DATABASE_URL: unsupported database URL scheme in "mysql:\/\/db\/vigil"[^\n]*\n$/);
  });
});

describe('a command run against a PostgreSQL database that does not exist', () => {
  it('says so in one line, and that Vigil does not create PostgreSQL databases', async () => {
    const url = new URL(TEST_POSTGRES_URL);
    url.pathname = '/vigil_no_such_database';
    const run = await runVigil(['export'], { env: { VIGIL_DATABASE_URL: url.toString() } });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `vigil: cannot open ${url.toString()} (PostgreSQL): database "vigil_no_such_database" does not exist; Vigil does not create PostgreSQL databases: create it (createdb), then pass --create\n`,
    );
  });
});

for (const dialect of DIALECTS) {
  describe(`a command run against a ${dialect} database Vigil never set up`, () => {
    let database: TestDatabase | undefined;
    afterEach(async () => {
      await database?.destroy();
      database = undefined;
    });

    async function emptyDatabase(name: string): Promise<TestDatabase> {
      database = await createTestDatabase(dialect, { migrate: false, ...(dialect === 'sqlite' ? { file: join(dir, `${name}.db`) } : {}) });
      return database;
    }

    const described = (d: TestDatabase) => (dialect === 'sqlite' ? `${d.url} (SQLite)` : `${d.url} (PostgreSQL)`);

    it('is refused rather than migrated, and left without tables', async () => {
      const empty = await emptyDatabase('refused');
      const run = await runVigil(['export'], { env: { VIGIL_DATABASE_URL: empty.url } });
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(`vigil: ${described(empty)} has no Vigil tables: set VIGIL_DATABASE_URL to your Vigil database, or pass --create to set this one up\n`);
      expect(await migrationProgress(empty.db)).toMatchObject({ executed: 0 });
      if (dialect === 'postgres') {
        const client = new pg.Client({ connectionString: empty.url });
        await client.connect();
        try {
          expect((await client.query("select 1 from information_schema.tables where table_schema = 'public'")).rowCount).toBe(0);
        } finally {
          await client.end();
        }
      }
    });

    it('is set up with --create, and named in what apply prints', async () => {
      const empty = await emptyDatabase('created');
      const config = join(dir, `${dialect}-org.yaml`);
      writeFileSync(config, ORG);
      const run = await runVigil(['apply', config, '--create'], { env: { VIGIL_DATABASE_URL: empty.url } });
      expect(run.stderr).toBe(`vigil: set up a new database at ${described(empty)}\n`);
      expect(run.stdout.split('\n').slice(-2)).toEqual([`applied ${config} to ${described(empty)}: 1 created`, '']);
      expect(run.code).toBe(0);
      const exported = await runVigil(['export'], { env: { VIGIL_DATABASE_URL: empty.url } });
      expect(exported.stderr).toBe(`vigil: exported ${described(empty)}\n`);
      expect(exported.stdout).toContain('id: alice');
    });

    it('names the database when exporting to a file', async () => {
      const empty = await emptyDatabase('exported');
      const output = join(dir, `${dialect}-export.yaml`);
      const run = await runVigil(['export', '-o', output, '--create'], { env: { VIGIL_DATABASE_URL: empty.url } });
      expect(run.stdout).toBe(`exported ${described(empty)} to ${output}\n`);
      expect(existsSync(output)).toBe(true);
    });
  });
}
