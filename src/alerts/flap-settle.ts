import { sql } from 'kysely';
import type { AlertFlapsTable, IncidentRow } from '../core/db/schema.js';
import type { Selectable } from 'kysely';
import type { Runtime } from '../core/runtime.js';
import type { JobContext } from '../engine/engine.js';
import { jobKeys } from '../engine/job-catalogue.js';
import { enqueueJob } from '../engine/jobs.js';
import type { IncidentEvents } from '../incidents/incident-changes.js';
import { applyTransition } from '../incidents/incident-writes.js';
import { appendTimeline } from '../incidents/timeline.js';
import { flapSettings } from './flapping.js';

/**
 * A flapping alert may have settled (docs/noise.md, Flapping). Snooze style: changes only move
 * the row's `settle_at`; the job due at an older time finds it later and writes the job for the
 * new time. Once the alert has been stable for the window the row returns to stable; if the
 * alert is resolved and nothing else is open on the incident, the incident resolves (when its
 * service resolves incidents itself); if it is firing, the incident stays open.
 */
export function flapSettleHandler(deps: { readonly runtime: Runtime; readonly events: IncidentEvents }): (context: JobContext<'flap.settle'>) => Promise<void> {
  return async ({ trx, payload, now }) => {
    const { dialect } = deps.runtime.database;
    const flap = (
      await sql<Selectable<AlertFlapsTable>>`select * from alert_flaps where service_id = ${payload.serviceId} and dedup_key = ${payload.dedupKey} ${dialect.forUpdate}`.execute(trx)
    ).rows[0];
    if (!flap || flap.state !== 'flapping' || flap.settle_at === null) return;
    const settleAt = Number(flap.settle_at);
    if (settleAt > now) {
      await enqueueJob(trx, dialect, { kind: 'flap.settle', key: jobKeys.flapSettle(payload.serviceId, payload.dedupKey, settleAt), payload: { ...payload, settleAt }, runAt: settleAt }, now);
      return;
    }
    const settled = await trx
      .updateTable('alert_flaps')
      .set({ state: 'stable', changes: '[]', incident_id: null, settle_at: null, updated_at: now })
      .where('service_id', '=', payload.serviceId)
      .where('dedup_key', '=', payload.dedupKey)
      .where('state', '=', 'flapping')
      .executeTakeFirst();
    if (Number(settled.numUpdatedRows) === 0 || flap.incident_id === null) return;
    const incident = (await sql<IncidentRow>`select * from incidents where id = ${flap.incident_id} ${dialect.forUpdate}`.execute(trx)).rows[0];
    if (!incident || incident.status === 'resolved') return;
    const service = await trx.selectFrom('services').select(['name', 'auto_resolve', 'flapping']).where('id', '=', payload.serviceId).executeTakeFirst();
    const minutes = Math.round(flapSettings(service?.flapping ?? null).windowMs / 60_000);
    const open = await sql<{ n: number }>`select count(*) as n from alerts where incident_id = ${incident.id} and status <> 'resolved'`.execute(trx);
    const firing = Number(open.rows[0]?.n ?? 0) > 0;
    const resolves = !firing && service?.auto_resolve !== 0;
    await appendTimeline(trx, incident.id, now, {
      kind: 'flapping_stopped',
      actor: 'system',
      message: `Alert ${payload.dedupKey} stopped flapping: no change for ${minutes} min. ${firing ? 'It is still firing, so the incident stays open' : resolves ? 'It is resolved, so the incident resolves' : 'It is resolved; the service leaves resolving to a person'}`,
      data: { dedup_key: payload.dedupKey, firing },
    });
    if (resolves) {
      await applyTransition({ trx, dialect, events: deps.events }, { incident, action: 'resolve', actor: 'system', now, note: `flapping alert ${payload.dedupKey} stable and resolved` });
    }
  };
}
