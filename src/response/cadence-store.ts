import type { Kysely, Transaction } from 'kysely';
import type { SqlDialect } from '../core/db/dialect.js';
import type { Schema } from '../core/db/schema.js';
import { jobKeys } from '../engine/job-catalogue.js';
import { cancelIncidentJobs, enqueueJobs } from '../engine/jobs.js';
import { refreshUpdateOutcome } from '../incidents/incident-facts-sql.js';
import type { Cadence, CadenceStep } from './cadence.js';

type Reader = Kysely<Schema> | Transaction<Schema>;

export async function readCadence(db: Reader, incidentId: string): Promise<Cadence | null> {
  const row = await db.selectFrom('update_cadence').selectAll().where('incident_id', '=', incidentId).executeTakeFirst();
  return row ? { cycle: Number(row.cycle), anchorAt: Number(row.anchor_at), dueAt: row.due_at === null ? null : Number(row.due_at), intervalMs: row.interval_ms === null ? null : Number(row.interval_ms) } : null;
}

/** Each incident's cadence, for views of several. */
export async function readCadences(db: Reader, incidentIds: readonly string[]): Promise<Map<string, Cadence>> {
  if (incidentIds.length === 0) return new Map();
  const rows = await db.selectFrom('update_cadence').selectAll().where('incident_id', 'in', [...incidentIds]).execute();
  return new Map(rows.map((row) => [row.incident_id, { cycle: Number(row.cycle), anchorAt: Number(row.anchor_at), dueAt: row.due_at === null ? null : Number(row.due_at), intervalMs: row.interval_ms === null ? null : Number(row.interval_ms) }]));
}

/** The `update_every` of a severity, or null when it has none (or no longer exists). */
export async function severityInterval(db: Reader, severityId: string): Promise<number | null> {
  const row = await db.selectFrom('severities').select('update_every_ms').where('id', '=', severityId).executeTakeFirst();
  return row?.update_every_ms === null || row?.update_every_ms === undefined ? null : Number(row.update_every_ms);
}

/**
 * Stores a cadence decision in the caller's transaction: the previous cycle's pending reminders
 * are cancelled (finished ones stay finished), the cadence row written, the new cycle's reminders
 * enqueued under keys naming their cycle and stage.
 */
export async function applyCadenceStep(trx: Transaction<Schema>, dialect: SqlDialect, incidentId: string, step: CadenceStep, now: number): Promise<void> {
  const next = step.next;
  if (next === null) return;
  await cancelIncidentJobs(trx, incidentId, ['update.remind'], now);
  const values = { cycle: next.cycle, anchor_at: next.anchorAt, due_at: next.dueAt, interval_ms: next.intervalMs };
  await trx
    .insertInto('update_cadence')
    .values({ incident_id: incidentId, ...values })
    .onConflict((oc) => oc.column('incident_id').doUpdateSet(values))
    .execute();
  // A cadence makes earlier reminders and updates count (analytics' status-update compliance).
  await refreshUpdateOutcome(trx, incidentId);
  await enqueueJobs(
    trx,
    dialect,
    step.reminders.map((reminder) => ({
      kind: 'update.remind' as const,
      key: jobKeys.updateRemind(incidentId, next.cycle, reminder.stage),
      payload: { incidentId, cycle: next.cycle, stage: reminder.stage },
      runAt: reminder.runAt,
      incidentId,
    })),
    now,
  );
}
