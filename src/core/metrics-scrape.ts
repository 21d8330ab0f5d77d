import { sql } from 'kysely';
import type { VigilDatabase } from './db/database.js';
import { dbPoolConnections, dbPoolMax, dbPoolWaiting, jobsPending, openIncidents, ready } from './metrics.js';

/**
 * Scrapes closer together than this share one read of the database: Prometheus every 15 s, a
 * second Prometheus, someone's curl loop all cost two grouped counts at most every 5 s.
 */
export const SCRAPE_CACHE_MS = 5_000;

interface Reading {
  readonly at: number;
  readonly done: Promise<void>;
}

const readings = new WeakMap<VigilDatabase, Reading>();

/**
 * Sets the gauges that are read from the database (open incidents by severity and status,
 * pending jobs by kind, readiness) and the pool's, before /metrics is rendered. Two grouped
 * counts over partial ranges: open incidents through `incidents_status_number` (status ≠
 * resolved), pending jobs through `jobs_pending_run_at`. A database that does not answer sets
 * `vigil_ready` to 0 and leaves the last counts in place (a gap would hide them from `max_over_time`).
 */
export async function refreshDatabaseMetrics(database: VigilDatabase, schemaCurrent: () => Promise<boolean>, now: number = Date.now()): Promise<void> {
  const pool = database.poolStats?.();
  if (pool) {
    dbPoolConnections.set({ state: 'idle' }, pool.idle);
    dbPoolConnections.set({ state: 'in_use' }, pool.total - pool.idle);
    dbPoolWaiting.set(pool.waiting);
    dbPoolMax.set(pool.max);
  }
  const last = readings.get(database);
  if (last && now - last.at < SCRAPE_CACHE_MS) return last.done;
  const done = read(database, schemaCurrent);
  readings.set(database, { at: now, done });
  return done;
}

async function read(database: VigilDatabase, schemaCurrent: () => Promise<boolean>): Promise<void> {
  const { db } = database;
  try {
    const [incidents, jobs] = await Promise.all([
      sql<{ severity_id: string; status: string; n: number | string }>`select severity_id, status, count(*) as n from incidents where status in ('triggered', 'acknowledged') group by severity_id, status`.execute(db),
      sql<{ kind: string; n: number | string }>`select kind, count(*) as n from jobs where status = 'pending' group by kind`.execute(db),
    ]);
    // A series seen before and absent now reads 0, not its last count (nor vanishes).
    setSeen(openIncidents, seenIncidents, incidents.rows.map((row) => [{ severity: row.severity_id, status: row.status }, Number(row.n)]));
    setSeen(jobsPending, seenJobs, jobs.rows.map((row) => [{ kind: row.kind }, Number(row.n)]));
    ready.set((await schemaCurrent()) ? 1 : 0);
  } catch {
    ready.set(0);
  }
}

type Labels = Readonly<Record<string, string>>;
const seenIncidents = new Map<string, Labels>();
const seenJobs = new Map<string, Labels>();

function setSeen(gauge: { set(labels: Labels, value: number): void }, seen: Map<string, Labels>, values: readonly (readonly [Labels, number])[]): void {
  const now = new Map(values.map(([labels, n]) => [JSON.stringify(labels), { labels, n }]));
  for (const [key, labels] of seen) if (!now.has(key)) gauge.set(labels, 0);
  for (const [key, { labels, n }] of now) {
    seen.set(key, labels);
    gauge.set(labels, n);
  }
}
