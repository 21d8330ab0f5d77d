import { sql, type Kysely, type Transaction } from 'kysely';
import type { SqlDialect } from '../core/db/dialect.js';
import type { JobRow, Schema } from '../core/db/schema.js';
import { newOrderedId } from '../core/ids.js';
import { parseJson } from '../core/db/row-codec.js';
import type { JobKind, JobPayload } from './job-catalogue.js';
import { JOB_CATALOGUE } from './job-catalogue.js';

export const NOTIFY_CHANNEL = 'vigil_jobs';

export interface NewJob<K extends JobKind> {
  readonly kind: K;
  /** Deterministic: the same logical job always has the same key (`escalate:inc_…:2:1`). */
  readonly key: string;
  readonly payload: JobPayload<K>;
  readonly runAt: number;
  readonly incidentId?: string | null;
}

/**
 * Writes a job in the caller's transaction. Writing the same key twice is harmless: the first
 * wins, unless it was cancelled. On PostgreSQL a NOTIFY, delivered at commit, wakes the other Vigil processes.
 */
export async function enqueueJob<K extends JobKind>(trx: Transaction<Schema>, dialect: SqlDialect, job: NewJob<K>, now: number): Promise<void> {
  const payload = JSON.stringify(job.payload);
  const handOff = handOffs.get(trx);
  if (handOff && handOff.room > 0 && job.runAt <= now) {
    // Due now and written by a job the engine runs: claimed for that engine as it is written
    // (running, its lease, first attempt), so it starts as soon as this transaction commits.
    const written = await sql<JobRow>`insert into jobs (id, kind, key, payload, incident_id, run_at, status, attempts, max_attempts, locked_by, locked_until, last_error, created_at, updated_at)
      values (${newOrderedId('job')}, ${job.kind}, ${job.key}, ${payload}, ${job.incidentId ?? null}, ${job.runAt}, 'running', 1, ${JOB_CATALOGUE[job.kind].maxAttempts}, ${handOff.node}, ${handOff.lockedUntil}, null, ${now}, ${now})
      on conflict (key) do update set status = excluded.status, run_at = excluded.run_at, payload = excluded.payload, attempts = excluded.attempts,
        locked_by = excluded.locked_by, locked_until = excluded.locked_until, last_error = null, updated_at = excluded.updated_at
      where jobs.status = 'cancelled'
      returning *`.execute(trx);
    for (const row of written.rows) {
      handOff.room -= 1;
      handOff.claimed.push(toJobRow(row));
    }
    return;
  }
  if (handOff) handOff.wrotePending = true;
  await writePending(trx, dialect, [job], now);
}

/**
 * Writes several jobs with one statement (and one NOTIFY): what `enqueueJob` does for each, for a
 * batch of new incidents. Inside a job the engine runs, each goes through `enqueueJob` so the
 * hand-off sees it.
 */
export async function enqueueJobs(trx: Transaction<Schema>, dialect: SqlDialect, jobs: readonly NewJob<JobKind>[], now: number): Promise<void> {
  if (handOffs.has(trx)) {
    for (const job of jobs) await enqueueJob(trx, dialect, job, now);
    return;
  }
  await writePending(trx, dialect, jobs, now);
}

const JOB_COLUMNS = ['id', 'kind', 'key', 'payload', 'incident_id', 'run_at', 'status', 'attempts', 'max_attempts', 'locked_by', 'locked_until', 'last_error', 'created_at', 'updated_at'] as const;
/**
 * A cancelled job written again comes back (an escalation stopped by an acknowledgement and
 * resumed by hand); a pending, running or finished one is left alone: that is the exactly-once.
 */
const JOB_REWRITE_CANCELLED =
  "on conflict (key) do update set status = 'pending', run_at = excluded.run_at, payload = excluded.payload, attempts = 0, last_error = null, updated_at = excluded.updated_at where jobs.status = 'cancelled'";

/** Pending jobs, multi-row (a template, not the builder: this runs for every incident opened, see hot-path.ts). */
async function writePending(trx: Transaction<Schema>, dialect: SqlDialect, jobs: readonly NewJob<JobKind>[], now: number): Promise<void> {
  if (jobs.length === 0) return;
  const rows = jobs.map((job) => [newOrderedId('job'), job.kind, job.key, JSON.stringify(job.payload), job.incidentId ?? null, job.runAt, 'pending', 0, JOB_CATALOGUE[job.kind].maxAttempts, null, null, null, now, now]);
  await dialect.insertRows(trx, 'jobs', JOB_COLUMNS, rows, JOB_REWRITE_CANCELLED);
  await dialect.notify(trx, NOTIFY_CHANNEL, '');
}

/**
 * Set by the engine on the transaction of a job it runs on PostgreSQL: follow-up jobs due now
 * are claimed for it in that transaction (at most `room`), and it starts them once it commits,
 * without a claim or a wake-up in between. Nobody else sees them pending, so nobody else needs
 * waking; should the process die before running them, their lease runs out and another takes
 * them, like any job a dead node had claimed.
 */
export interface HandOff {
  readonly node: string;
  readonly lockedUntil: number;
  room: number;
  readonly claimed: JobRow[];
  /** A job was written pending (due later, or past `room`): wake-ups are still needed. */
  wrotePending: boolean;
}

const handOffs = new WeakMap<Transaction<Schema>, HandOff>();

export function handOffInto(trx: Transaction<Schema>, handOff: HandOff): void {
  handOffs.set(trx, handOff);
}

function toJobRow(row: JobRow): JobRow {
  return { ...row, run_at: Number(row.run_at), attempts: Number(row.attempts), max_attempts: Number(row.max_attempts) };
}

/**
 * Cancels the pending jobs of one kind whose keys start with `prefix` (an action item's
 * reminders, `action:{id}:`): a changed due date replaces them all. Returns how many.
 */
export async function cancelJobsByKeyPrefix(trx: Transaction<Schema>, kind: JobKind, prefix: string, now: number): Promise<number> {
  const pattern = `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const result = await trx
    .updateTable('jobs')
    .set({ status: 'cancelled', updated_at: now })
    .where('kind', '=', kind)
    .where('status', '=', 'pending')
    .where(sql<boolean>`key like ${pattern} escape '\\'`)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Cancels an incident's pending jobs of the given kinds: acknowledge and resolve stop escalation. */
export async function cancelIncidentJobs(trx: Transaction<Schema>, incidentId: string, kinds: readonly JobKind[], now: number): Promise<number> {
  const result = await trx
    .updateTable('jobs')
    .set({ status: 'cancelled', updated_at: now })
    .where('incident_id', '=', incidentId)
    .where('status', '=', 'pending')
    .where('kind', 'in', [...kinds])
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * Moves an incident's pending job of `job.kind` to `job` (its new key, time and payload): a timer
 * that follows a deadline that moved (a response target after a severity change). The row is
 * rewritten rather than cancelled and written anew, so an incident whose severity an alert raised
 * leaves the same jobs behind whether its alerts came one at a time or in one batch. With no
 * pending job to move, or when the new key already exists (a severity changed back), the job is
 * written as `enqueueJob` writes it (a cancelled key comes back) and the others are cancelled.
 */
export async function moveIncidentJob<K extends JobKind>(trx: Transaction<Schema>, dialect: SqlDialect, job: NewJob<K> & { readonly incidentId: string }, now: number): Promise<void> {
  const pending = await trx.selectFrom('jobs').select(['id', 'key']).where('incident_id', '=', job.incidentId).where('kind', '=', job.kind).where('status', '=', 'pending').execute();
  const cancelOthers = async (keep: string | null) => {
    const others = pending.filter((p) => p.id !== keep).map((p) => p.id);
    if (others.length > 0) await trx.updateTable('jobs').set({ status: 'cancelled', updated_at: now }).where('id', 'in', others).where('status', '=', 'pending').execute();
  };
  const current = pending.find((p) => p.key === job.key);
  if (current) return cancelOthers(current.id);
  const [first] = pending;
  const taken = first === undefined ? undefined : await trx.selectFrom('jobs').select('id').where('key', '=', job.key).executeTakeFirst();
  if (first !== undefined && taken === undefined) {
    await trx.updateTable('jobs').set({ key: job.key, run_at: job.runAt, payload: JSON.stringify(job.payload), updated_at: now }).where('id', '=', first.id).execute();
    await cancelOthers(first.id);
    // Moved sooner, perhaps: the other processes' timers were armed for the old time.
    await dialect.notify(trx, NOTIFY_CHANNEL, '');
    return;
  }
  await cancelOthers(null);
  await enqueueJob(trx, dialect, job, now);
}

/**
 * Claims up to `limit` due jobs for this node: pending ones whose time has come, and running ones
 * whose lease expired (their node died). Rows another node is claiming are skipped (the
 * dialect's `claimRows`: SKIP LOCKED on PostgreSQL, a read first on SQLite).
 */
export async function claimDueJobs(db: Kysely<Schema>, dialect: SqlDialect, node: string, now: number, limit: number, leaseMs: number): Promise<JobRow[]> {
  const rows = await dialect.claimRows(
    db,
    (lock) => sql<{ id: string }>`
      select id from jobs
      where (status = 'pending' and run_at <= ${now}) or (status = 'running' and locked_until < ${now})
      order by run_at
      limit ${limit}
      ${lock}`,
    (ids) => sql<JobRow>`
      update jobs set status = 'running', attempts = attempts + 1, locked_by = ${node},
        locked_until = ${now + leaseMs}, updated_at = ${now}
      where id ${ids}
        and ((status = 'pending' and run_at <= ${now}) or (status = 'running' and locked_until < ${now}))
      returning *`,
  );
  return rows.map(toJobRow);
}

/** The earliest time a pending job is due, for the worker's timer. */
export async function nextDueAt(db: Kysely<Schema>): Promise<number | undefined> {
  const row = await db.selectFrom('jobs').select((eb) => eb.fn.min('run_at').as('run_at')).where('status', '=', 'pending').executeTakeFirst();
  return row?.run_at === null || row?.run_at === undefined ? undefined : Number(row.run_at);
}

export interface OverdueJobs {
  readonly count: number;
  readonly oldest: { readonly kind: string; readonly key: string; readonly runAt: number } | null;
}

/** Pending jobs due more than `thresholdMs` ago: a stalled escalation. */
export async function overdueJobs(db: Kysely<Schema>, now: number, thresholdMs: number): Promise<OverdueJobs> {
  const due = now - thresholdMs;
  const [count, oldest] = await Promise.all([
    db.selectFrom('jobs').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'pending').where('run_at', '<', due).executeTakeFirstOrThrow(),
    db.selectFrom('jobs').select(['kind', 'key', 'run_at']).where('status', '=', 'pending').where('run_at', '<', due).orderBy('run_at').limit(1).executeTakeFirst(),
  ]);
  return { count: Number(count.n), oldest: oldest ? { kind: oldest.kind, key: oldest.key, runAt: Number(oldest.run_at) } : null };
}

/**
 * When each incident's pending job of one kind is due, with its payload: what an incident is
 * waiting for (its escalation's next step, shown as "level 2 at 03:20"). One escalation step is
 * pending per incident at most; should there be more, the earliest is what happens next.
 */
export async function pendingIncidentJobs<K extends JobKind>(
  db: Kysely<Schema>,
  incidentIds: readonly string[],
  kind: K,
): Promise<Map<string, { readonly runAt: number; readonly payload: JobPayload<K> }>> {
  const due = new Map<string, { readonly runAt: number; readonly payload: JobPayload<K> }>();
  if (incidentIds.length === 0) return due;
  const rows = await db
    .selectFrom('jobs')
    .select(['incident_id', 'run_at', 'payload'])
    .where('incident_id', 'in', [...incidentIds])
    .where('status', '=', 'pending')
    .where('kind', '=', kind)
    .orderBy('run_at')
    .execute();
  for (const row of rows) {
    if (row.incident_id === null || due.has(row.incident_id)) continue;
    due.set(row.incident_id, { runAt: Number(row.run_at), payload: parseJson<JobPayload<K>>(row.payload) });
  }
  return due;
}
