import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SQL_DIALECTS } from '../../core/db/database.js';
import { FakeClock } from '../../core/clock.js';
import { applyConfig, exportConfig, formatConfigErrors, validateConfig } from '../index.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../test-support/databases.js';
import { yamlDocument } from '../../test-support/config.js';
import { TEST_OUTBOUND } from '../../test-support/outbound.js';

let folder: string;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'vigil-runbooks-'));
  mkdirSync(join(folder, 'runbooks'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const write = (name: string, text: string | Buffer) => writeFileSync(join(folder, name), text);
const SERVICES = `services:\n  - { id: orders-db, name: Orders DB }\n`;
const document = (text: string) => yamlDocument(text, join(folder, 'vigil.yaml'));
const problems = (text: string) => validateConfig(document(text)).errors.map((e) => `${e.line}: ${e.message}${e.hint ? ` (${e.hint})` : ''}`);

describe('runbooks in vigil.yaml', () => {
  it('accepts a Markdown file beside the configuration, with services and matchers', () => {
    write('runbooks/db.md', '# DB\n- [ ] check\n');
    const text = `${SERVICES}runbooks:\n  - id: db\n    title: Database connections\n    file: runbooks/db.md\n    services: [orders-db]\n    match:\n      - { field: labels.alertname, op: "=~", value: "Postgres.*" }\n    review_after: 30d\n`;
    expect(problems(text)).toEqual([]);
  });

  it('says where a file is missing, escapes the folder, is not Markdown or is too long', () => {
    write('runbooks/big.md', 'x'.repeat(256 * 1024 + 1));
    write('runbooks/latin1.md', Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    const text = `runbooks:
  - { id: a, title: A, file: runbooks/nope.md }
  - { id: b, title: B, file: ../outside.md }
  - { id: c, title: C, file: /etc/passwd.md }
  - { id: d, title: D, file: runbooks/db.txt }
  - { id: e, title: E, file: runbooks/big.md }
  - { id: f, title: F, file: runbooks/latin1.md }
`;
    const found = problems(text);
    expect(found[0]).toMatch(/^2: invalid file in runbooks\[0\] \(a\): there is no file "runbooks\/nope.md" \(looked for .*runbooks\/nope.md\) \(write a path relative/);
    expect(found.slice(1)).toEqual([
      expect.stringMatching(/^3: invalid file in runbooks\[1\] \(b\): "..\/outside.md" leads out of the configuration's folder/),
      expect.stringMatching(/^4: invalid file in runbooks\[2\] \(c\): "\/etc\/passwd.md" is an absolute path/),
      expect.stringMatching(/^5: invalid file in runbooks\[3\] \(d\): "runbooks\/db.txt" is not a Markdown file/),
      '6: invalid file in runbooks[4] (e): "runbooks/big.md" is 257 KiB; a runbook may be at most 256 KiB (split it, or link to the long parts)',
      '7: invalid file in runbooks[5] (f): "runbooks/latin1.md" is not UTF-8 text (save it as UTF-8)',
    ]);
  });

  it('positions matcher problems and unknown services', () => {
    write('runbooks/db.md', '# DB\n');
    const text = `runbooks:
  - id: db
    title: DB
    file: runbooks/db.md
    services: [orders]
    match:
      - { field: labels.alertname, op: "=~", value: "db-(1" }
      - { field: hostname, op: "=", value: x }
  - { id: other, title: Other, file: runbooks/db.md, match: [{ field: source, op: "~=", value: x }] }
`;
    expect(problems(text)).toEqual([
      expect.stringMatching(/^5: unknown service "orders" in runbooks\[0\] \(db\)\.services\[0\]/),
      '7: invalid match[0].value in runbooks[0] (db): the regular expression does not compile: missing closing )',
      expect.stringMatching(/^8: invalid match\[1\]\.field in runbooks\[0\] \(db\): "hostname" is not an alert field \(use summary, .*dedup_key\)$/),
      '9: invalid op in runbooks[1] (other).match[0]: expected one of =, !=, =~, !~, got "~=" (did you mean "="?)',
    ]);
  });
});

for (const dialect of DIALECTS) {
  describe(`applying runbooks on ${dialect}`, () => {
    let database: TestDatabase;
    afterEach(async () => {
      await database?.destroy();
    });
    const clock = new FakeClock(Date.parse('2026-03-02T10:00:00Z'));
    const apply = async (text: string, prune = false) => {
      const outcome = await applyConfig(database.db, SQL_DIALECTS[dialect], document(text), { clock, prune, outbound: TEST_OUTBOUND });
      expect(outcome.errors, formatConfigErrors(outcome.errors)).toEqual([]);
      return outcome.results.filter((r) => r.kind === 'runbook');
    };
    const RUNBOOK = `${SERVICES}runbooks:\n  - { id: db, title: Database connections, file: runbooks/db.md, services: [orders-db], review_after: 30d }\n`;

    it('reads the file at apply: the same file changes nothing, a new digest is a new version by whoever applies', async () => {
      database = await createTestDatabase(dialect);
      write('runbooks/db.md', '# DB\n- [ ] check\n');
      expect(await apply(RUNBOOK)).toEqual([{ kind: 'runbook', id: 'db', action: 'created'}]);
      expect(await apply(RUNBOOK)).toEqual([{ kind: 'runbook', id: 'db', action: 'unchanged' }]);
      write('runbooks/db.md', '# DB\n- [ ] check\n- [ ] restart\n');
      clock.advance(60_000);
      expect(await apply(RUNBOOK)).toEqual([{ kind: 'runbook', id: 'db', action: 'updated', changes: ['body']}]);
      const versions = await database.db.selectFrom('runbook_versions').select(['version', 'author', 'body']).where('runbook_id', '=', 'db').orderBy('version').execute();
      expect(versions).toEqual([
        { version: 1, author: 'config', body: '# DB\n- [ ] check\n' },
        { version: 2, author: 'config', body: '# DB\n- [ ] check\n- [ ] restart\n' },
      ]);
      const row = await database.db.selectFrom('runbooks').select(['source', 'file', 'review_after_ms', 'current_version']).executeTakeFirstOrThrow();
      expect(row).toEqual({ source: 'config', file: 'runbooks/db.md', review_after_ms: 30 * 86_400_000, current_version: 2 });
      const audit = await database.db.selectFrom('audit_log').select('action').where('entity_type', '=', 'runbook').orderBy('at').execute();
      expect(audit.map((a) => a.action)).toEqual(['runbook.create', 'runbook.update']);
    });

    it('exports runbooks from files as written, and prunes only those, never the console\'s', async () => {
      database = await createTestDatabase(dialect);
      write('runbooks/db.md', '# DB\n');
      const withMatch = `${SERVICES}runbooks:\n  - id: db\n    title: Database connections\n    file: runbooks/db.md\n    services: [orders-db]\n    match: [{ field: labels.alertname, op: "=", value: PgDown }]\n`;
      await apply(withMatch);
      const now = clock.now();
      await database.db.insertInto('runbooks').values({ id: 'console-made', title: 'C', source: 'api', file: null, match: '[]', review_after_ms: null, reviewed_at: null, reviewed_by: null, current_version: 1, created_by: 'user:x', created_at: now, updated_at: now }).execute();
      await database.db.insertInto('runbook_versions').values({ runbook_id: 'console-made', version: 1, body: 'c', sha256: 'c', author: 'user:x', at: now }).execute();
      const exported = await exportConfig(database.db);
      expect(exported).toContain('runbooks:\n  - id: db\n    title: Database connections\n    file: runbooks/db.md\n    services:\n      - orders-db\n    match:\n      - field: labels.alertname\n        op: =\n        value: PgDown\n');
      expect(exported).not.toContain('console-made');
      write('runbooks/other.md', '# Other\n');
      expect(await apply(`${SERVICES}runbooks:\n  - { id: other, title: Other, file: runbooks/other.md, services: [orders-db] }\n`, true)).toEqual([
        { kind: 'runbook', id: 'db', action: 'deleted'},
        { kind: 'runbook', id: 'other', action: 'created'},
      ]);
      expect((await database.db.selectFrom('runbooks').select('id').orderBy('id').execute()).map((r) => r.id)).toEqual(['console-made', 'other']);
    });
  });
}
