/**
 * The floor under SQLite ingest: how fast one core can store what Vigil stores for an alert
 * attached to an open incident (the grouped single-event case of compare.ts), with nothing of Vigil
 * but those rows' writes: no HTTP, no thread hop, no reads, only the two multi-row inserts ingest
 * runs (the dialect's `insertRows`, in its chunks) in one transaction per group.
 *
 * A Vigil started as its own process takes a few grouped events, so the rows and the schema are
 * exactly what it writes (every migration applied). Its last alert and that alert's
 * `alert_added` timeline entry are then copied, with new ids, dedup keys and sequence numbers,
 * in transactions of 20 (the groups 50 connections of single events make in Vigil), of 50 (the most
 * they can make), of 100 (one Alertmanager message of 100 alerts) and of 1,000 (several such
 * messages in one group commit). Measured with synchronous=OFF (CPU alone) and FULL (what
 * Vigil runs, one fsync per transaction), and for the alert row alone, with its indexes and with
 * only those ingest reads by (what the rest cost).
 *
 * One SQLite database has one writer, so these rates bound every design that keeps one alert
 * row and one timeline entry per alert event in it; they are set beside the rates
 * bench/compare.ts's targets ask for, from the newest compare-*.md.
 *
 *   npx tsx bench/storage-floor.ts           # 20,000 events per case; writes bench/results/storage-floor-<date>.md
 *   npx tsx bench/storage-floor.ts --quick   # 2,000 per case; writes nothing
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { createDatabase } from './support/bench-database.js';
import { benchStart } from './support/bench-start.js';
import { runMain, wasInterrupted } from './support/cleanup.js';
import { runLoad } from './support/load-generator.js';
import { loadAverage } from './support/machine-facts.js';
import { groupedTrigger } from './support/pagerduty-events.js';
import { RESULTS_DIR } from './support/paths.js';
import { fixed, machineSection, table, today, writeResult } from './support/report.js';
import { makeTempDir } from './support/temp-dir.js';
import { benchServiceConfig, startVigil } from './support/vigil-server.js';
import { openDatabase } from '../src/core/db/database.js';
import { openSqliteConnection } from '../src/core/db/sqlite-connection.js';
import { SQLITE_DIALECT } from '../src/core/db/sqlite-dialect.js';
import { newOrderedId } from '../src/core/ids.js';

const quick = process.argv.includes('--quick');
const EVENTS = quick ? 2_000 : 20_000;
const GROUPS = 10;
/** Events Vigil takes before its rows are copied: enough for every group's incident to exist. */
const SEED_EVENTS = 100;

type Row = Record<string, unknown>;

interface Case {
  readonly name: string;
  readonly perTransaction: number;
  readonly synchronous: 'OFF' | 'FULL';
  readonly timeline: boolean;
  /** Drops every index on `alerts` but those ingest itself reads by (run last: the copy keeps no others). */
  readonly ingestIndexesOnly?: boolean;
}

/** The indexes ingest's own reads use: the open alert by dedup key, an incident's alerts. */
const INGEST_INDEXES = ['alerts_open_dedup', 'alerts_incident'];

const CASES: readonly Case[] = [
  { name: 'alert + timeline entry, 20 a transaction, synchronous=OFF (CPU only)', perTransaction: 20, synchronous: 'OFF', timeline: true },
  { name: 'alert + timeline entry, 20 a transaction, synchronous=FULL (as Vigil runs)', perTransaction: 20, synchronous: 'FULL', timeline: true },
  { name: 'alert + timeline entry, 50 a transaction, synchronous=FULL (all 50 connections in one commit)', perTransaction: 50, synchronous: 'FULL', timeline: true },
  { name: 'alert + timeline entry, 100 a transaction, synchronous=OFF', perTransaction: 100, synchronous: 'OFF', timeline: true },
  { name: 'alert + timeline entry, 100 a transaction, synchronous=FULL', perTransaction: 100, synchronous: 'FULL', timeline: true },
  { name: 'alert + timeline entry, 1,000 a transaction, synchronous=FULL (many 100-alert messages in one commit)', perTransaction: 1_000, synchronous: 'FULL', timeline: true },
  // What (b) would leave without a timeline entry per alert, and without the alert indexes only the console, analytics and noise control read by.
  { name: 'alert row alone, 1,000 a transaction, synchronous=FULL', perTransaction: 1_000, synchronous: 'FULL', timeline: false },
  { name: 'alert row alone, 1,000 a transaction, synchronous=FULL, without the indexes for the console, analytics and noise control', perTransaction: 1_000, synchronous: 'FULL', timeline: false, ingestIndexesOnly: true },
];

interface Measured {
  readonly spec: Case;
  readonly perSecond: number;
  readonly wallUs: number;
  readonly cpuUs: number;
}

async function measure(file: string, alert: Row, entry: Row, spec: Case, runId: string): Promise<Measured> {
  const { db, close } = openDatabase(file);
  await sql.raw(`pragma synchronous = ${spec.synchronous}`).execute(db);
  if (spec.ingestIndexesOnly) {
    // Indexes SQLite made for constraints (the primary key's) have no SQL and cannot be dropped.
    const others = await sql<{ name: string }>`select name from sqlite_master where type = 'index' and tbl_name = 'alerts' and sql is not null`.execute(db);
    for (const { name } of others.rows) if (!INGEST_INDEXES.includes(name)) await sql.raw(`drop index "${name}"`).execute(db);
  }
  const alertColumns = Object.keys(alert);
  const entryColumns = Object.keys(entry);
  const entryData = JSON.parse(String(entry.data)) as object;
  const last = await sql<{ seq: number }>`select coalesce(max(seq), 0) as seq from timeline_entries where incident_id = ${entry.incident_id}`.execute(db);
  let seq = Number(last.rows[0]?.seq ?? 0) + 1;
  let n = 0;
  // Ingest's own writes: the dialect's multi-row inserts, cut into its chunks, in one transaction.
  const store = () =>
    db.transaction().execute(async (trx) => {
      const alerts: unknown[][] = [];
      const entries: unknown[][] = [];
      for (let i = 0; i < spec.perTransaction; i++, n++) {
        const id = newOrderedId('alt');
        const dedupKey = `floor-${runId}-${n}`;
        alerts.push(alertColumns.map((column) => (column === 'id' ? id : column === 'dedup_key' ? dedupKey : alert[column])));
        if (spec.timeline) {
          const data = JSON.stringify({ ...entryData, alert_id: id, dedup_key: dedupKey });
          entries.push(entryColumns.map((column) => (column === 'seq' ? seq : column === 'data' ? data : entry[column])));
          seq += 1;
        }
      }
      await SQLITE_DIALECT.insertRows(trx, 'alerts', alertColumns, alerts);
      if (spec.timeline) await SQLITE_DIALECT.insertRows(trx, 'timeline_entries', entryColumns, entries);
    });
  const transactions = Math.ceil(EVENTS / spec.perTransaction);
  const cpuBefore = process.cpuUsage();
  const started = process.hrtime.bigint();
  for (let t = 0; t < transactions; t++) await store();
  const wallUs = Number(process.hrtime.bigint() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  await close();
  const events = transactions * spec.perTransaction;
  return { spec, perSecond: events / (wallUs / 1e6), wallUs: wallUs / events, cpuUs: (cpu.user + cpu.system) / events };
}

/**
 * Alertmanager's rates in the newest comparison: (a) req/s of single alerts, (b) alerts/s of
 * 100-alert messages, and the CPU that comparison ran on (its rates hold for that machine only).
 */
function alertmanagerRates(): { file: string; single: number; batch: number; cpu: string | undefined } | undefined {
  const file = readdirSync(RESULTS_DIR)
    .filter((name) => /^compare-\d{4}-\d{2}-\d{2}\.md$/.test(name))
    .sort()
    .at(-1);
  if (!file) return undefined;
  const text = readFileSync(join(RESULTS_DIR, file), 'utf8');
  const cpu = /^- cpu: (.*)$/m.exec(text)?.[1];
  const rows = text
    .split('\n')
    .filter((line) => /^\|\s*Alertmanager\s*\|/.test(line))
    .map((line) => line.split('|').map((cell) => Number(cell.trim().replaceAll(',', ''))));
  const single = rows[0]?.[2];
  const batch = rows[1]?.[3];
  return single && batch ? { file, single, batch, cpu } : undefined;
}

async function main(): Promise<number> {
  const { out, facts, entry } = benchStart(quick);
  const temp = makeTempDir('vigil-bench-floor-');
  const database = await createDatabase('sqlite', temp.dir);
  const key = randomBytes(16).toString('hex');
  const runId = randomBytes(3).toString('hex');
  const server = await startVigil({ entry, databaseUrl: database.url, dir: temp.dir, config: benchServiceConfig({ id: 'floor', name: 'Storage floor', groupByGroup: true }, [{ type: 'events_v2', key }]) });
  const seeded = await runLoad({ url: server.url, path: '/v2/enqueue', connections: 10, amount: SEED_EVENTS, body: (n) => groupedTrigger(key, runId, n, GROUPS) });
  await server.stop();
  if (seeded.ok2xx !== SEED_EVENTS) throw new Error(`Vigil accepted ${seeded.ok2xx} of ${SEED_EVENTS} seed events`);

  // An SQLite bench database's URL is its file.
  const file = database.url;
  const reader = openSqliteConnection(file, { readonly: true });
  const alert = reader.prepare(`select * from alerts where incident_id is not null order by id desc limit 1`).get() as Row;
  const entryRow = reader.prepare(`select * from timeline_entries where incident_id = ? and kind = 'alert_added' order by seq desc limit 1`).get(alert.incident_id) as Row | undefined;
  reader.close();
  if (!entryRow) throw new Error('no alert_added timeline entry for the last alert: the grouped case no longer writes one');

  out(`Copying Vigil's last alert and its timeline entry, ${fixed(EVENTS)} times per case…`);
  const measured: Measured[] = [];
  for (const spec of CASES) {
    if (wasInterrupted()) break;
    const m = await measure(file, alert, entryRow, spec, `${runId}-${measured.length}`);
    measured.push(m);
    out(`  ${m.spec.name}: ${fixed(m.perSecond)} events/s, ${fixed(m.wallUs, 1)} µs wall and ${fixed(m.cpuUs, 1)} µs CPU per event`);
  }
  const loadAtEnd = loadAverage();
  await database.destroy();

  const am = alertmanagerRates();
  const needs: string[] = [];
  if (am) {
    // The most a commit can hold with 50 connections of single events: the floor at its most favourable.
    const single = measured.find(({ spec }) => spec.timeline && spec.perTransaction === 50 && spec.synchronous === 'FULL');
    // Fifty 100-alert messages can share a commit: the floor at its most favourable.
    const batch = measured.find(({ spec }) => spec.timeline && spec.perTransaction === 1_000 && spec.synchronous === 'FULL');
    // The one writer has 1/rate of wall time per event; the floor's inserts take their share first.
    const verdict = (wanted: number, got: Measured | undefined) => {
      if (!got) return 'not measured';
      const budgetUs = 1e6 / wanted;
      const left = budgetUs - got.wallUs;
      const share = left > 0 ? `leaving ${fixed(left, 1)} of the ${fixed(budgetUs, 1)} µs the one writer has per event for all the rest` : `over the ${fixed(budgetUs, 1)} µs the one writer has per event before anything else`;
      return `the floor stores ${fixed(got.perSecond)} a second, ${fixed(got.perSecond / wanted, 2)}× what the target needs, ${share}`;
    };
    if (am.cpu !== facts.cpu) needs.push(`- ${am.file} ran on another CPU (${am.cpu ?? 'unknown'}; this is ${facts.cpu}): run bench/compare.ts here first for a fair reading.`);
    needs.push(
      `- (a) one alert per request ≥ 1.0× Alertmanager (${am.file}: ${fixed(am.single)} req/s) needs ${fixed(am.single)} events/s stored: ${verdict(am.single, single)} (reading the batch's open alerts and incidents, routing, grouping, the trail, the messages between threads).`,
      `- (b) 100 alerts per request ≥ 1.5× Alertmanager (${fixed(am.batch)} alerts/s) needs ${fixed(am.batch * 1.5)} alerts/s stored: ${verdict(am.batch * 1.5, batch)}.`,
    );
  }
  for (const line of needs) out(line);
  if (!quick && !wasInterrupted()) {
    const markdown = [
      `# The floor under SQLite ingest, ${today()}`,
      '',
      `What one core can store of Vigil's per-alert rows, with nothing of Vigil running but those writes: ingest's own multi-row inserts (the SQLite dialect's \`insertRows\`, in its chunks, through Kysely), copying the last alert a Vigil process stored (service grouping by \`payload.group\`, the grouped single-event case of compare.ts) and its \`alert_added\` timeline entry, ${fixed(EVENTS)} times per case, into the database as migrated (every index and trigger on \`alerts\` and \`timeline_entries\`). Wall time; CPU from process.cpuUsage(). With synchronous=FULL each transaction waits for its fsync, as each of Vigil's group commits does.`,
      '',
      table(['case', 'events/s', 'µs wall per event', 'µs CPU per event'], measured.map((m) => [m.spec.name, fixed(m.perSecond), fixed(m.wallUs, 1), fixed(m.cpuUs, 1)]), 1),
      '',
      '## Against the targets of bench/compare.ts',
      '',
      ...(needs.length > 0 ? needs : ['- no compare-*.md in bench/results to read Alertmanager\'s rates from']),
      '',
      ...machineSection(facts, loadAtEnd),
    ].join('\n');
    out(`Written: ${writeResult('storage-floor', markdown)}`);
  }
  return 0;
}

await runMain(main);
