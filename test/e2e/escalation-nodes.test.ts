import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type VigilDatabase } from '../../src/core/db/database.js';
import { createTestDatabase, type TestDatabase } from '../../src/test-support/databases.js';
import { eventually, startVigil, type VigilProcess } from './vigil-process.js';

const TOKEN = 'escalation-test-admin-token-0123456789';
const KEY = '0123456789abcdef0123456789abcdef';

/** Three levels, two seconds apart: every incident pages u1, then u2, then u3. */
const CONFIG = `
users:
  - { id: u1, name: One, email: u1@example.com }
  - { id: u2, name: Two, email: u2@example.com }
  - { id: u3, name: Three, email: u3@example.com }
escalation_policies:
  - id: fast
    levels:
      - { targets: ["user:u1"], escalate_after: 2s }
      - { targets: ["user:u2"], escalate_after: 2s }
      - { targets: ["user:u3"], escalate_after: 2s }
services:
  - id: api
    name: API
    escalation_policy: fast
    integrations:
      - { type: events_v2, key: ${KEY}, rate_limit_per_minute: 1000000 }
`;

async function trigger(url: string, dedupKey: string): Promise<void> {
  const response = await fetch(`${url}/v2/enqueue`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ routing_key: KEY, event_action: 'trigger', dedup_key: dedupKey, payload: { summary: `down ${dedupKey}`, source: 'test', severity: 'critical' } }),
  });
  if (response.status !== 202) throw new Error(`trigger answered ${response.status}: ${await response.text()}`);
}

async function pageCounts(database: VigilDatabase) {
  const rows = await database.db
    .selectFrom('pages')
    .select(['incident_id', 'level', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy(['incident_id', 'level'])
    .execute();
  const paged = await database.db.selectFrom('timeline_entries').select((eb) => eb.fn.countAll<number>().as('n')).where('kind', '=', 'paged').executeTakeFirstOrThrow();
  return { rows: rows.map((r) => ({ ...r, n: Number(r.n) })), pagedEntries: Number(paged.n) };
}

describe('the escalation engine across processes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-escalation-'));
  const config = join(dir, 'vigil.yaml');
  writeFileSync(config, CONFIG);
  let nodes: VigilProcess[] = [];
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await Promise.all(nodes.map((n) => n.kill()));
    nodes = [];
    await database?.destroy();
    database = undefined;
  });

  it('pages every level of 200 incidents exactly once on three nodes, one of them killed mid-run', async () => {
    database = await createTestDatabase('postgres', { migrate: false });
    const env = { VIGIL_DATABASE_URL: database.url, VIGIL_CONFIG: config, VIGIL_ADMIN_TOKEN: TOKEN, VIGIL_JOB_LEASE: '3s' };
    nodes = await Promise.all([startVigil(env), startVigil(env), startVigil(env)]);
    await Promise.all(Array.from({ length: 200 }, (_, i) => trigger(nodes[i % 3]!.url, `incident-${i}`)));
    // Let level 1 happen everywhere, then take a node away while levels 2 and 3 are pending.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await nodes[2]!.kill();
    const done = await eventually(
      async () => {
        const counts = await pageCounts(database!);
        return counts.rows.length === 600 ? counts : undefined;
      },
      30_000,
      async () => `pages: ${(await pageCounts(database!)).rows.length} of 600`,
    );
    expect(done.rows.every((r) => r.n === 1)).toBe(true);
    expect(done.pagedEntries).toBe(600);
    const jobs = await database.db.selectFrom('jobs').select(['kind', 'status', (eb) => eb.fn.countAll<number>().as('n')]).groupBy(['kind', 'status']).execute();
    expect(jobs.find((j) => j.status === 'dead')).toBeUndefined();
    // Nothing left to run but each unanswered incident's response target, 15 minutes out.
    expect(jobs.filter((j) => j.status === 'pending').map((j) => [j.kind, Number(j.n)])).toEqual([['target.breach', 200]]);
  }, 90_000);

  it('still runs every due escalation, none twice, after the only process is killed and restarted', async () => {
    const file = join(dir, 'crash.db');
    const env = { VIGIL_DATABASE_URL: file, VIGIL_CONFIG: config, VIGIL_ADMIN_TOKEN: TOKEN, VIGIL_JOB_LEASE: '2s' };
    const first = await startVigil(env);
    nodes = [first];
    await Promise.all(Array.from({ length: 30 }, (_, i) => trigger(first.url, `crash-${i}`)));
    await new Promise((resolve) => setTimeout(resolve, 500));
    await first.kill();
    const reader = openDatabase(file);
    try {
      const before = await pageCounts(reader);
      expect(before.rows.filter((r) => r.level === 3)).toHaveLength(0);
      // Down for longer than the escalation delays: everything due piled up meanwhile.
      await new Promise((resolve) => setTimeout(resolve, 4_500));
      nodes = [await startVigil(env)];
      const after = await eventually(
        async () => {
          const counts = await pageCounts(reader);
          return counts.rows.length === 90 ? counts : undefined;
        },
        30_000,
        async () => `pages: ${(await pageCounts(reader)).rows.length} of 90`,
      );
      expect(after.rows.every((r) => r.n === 1)).toBe(true);
      expect(after.pagedEntries).toBe(90);
      await sql`select 1`.execute(reader.db);
    } finally {
      await reader.close();
      rmSync(file, { force: true });
    }
  }, 90_000);
});
