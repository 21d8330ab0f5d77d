import { sql } from 'kysely';
import type { AlertRow } from '../core/db/schema.js';
import type { Runtime } from '../core/runtime.js';
import type { JobContext } from '../engine/engine.js';
import { jobKeys } from '../engine/job-catalogue.js';
import { enqueueJob } from '../engine/jobs.js';
import type { IncidentEvents } from '../incidents/incident-changes.js';
import { listSeverities } from '../incidents/severities.js';
import { countTrailEntries } from './decision-trail.js';
import { releaseHeld, type HeldAlert } from './alert-processor.js';
import type { HoldSource } from './holds.js';
import { findIntegrationView, type Integration } from './integrations.js';

/** Alerts re-admitted per run: a hold over 20,000 alerts releases in bounded transactions. */
export const RELEASE_BATCH = 1_000;

export interface HoldReleaseDeps {
  readonly runtime: Runtime;
  readonly events: IncidentEvents;
  readonly holdSources: readonly HoldSource[];
}

/**
 * Re-admits the still-firing alerts a hold kept back, ≤ 1,000 per run, then writes the next run.
 * Each re-enters at step 3 of the pipeline (another hold may take it). Exactly-once: the rows are
 * read with `held_by = ref and status = 'suppressed'` under a row lock in the job's transaction,
 * and a released alert no longer matches, so a run repeated after a lost lease finds nothing.
 */
export function holdReleaseHandler(deps: HoldReleaseDeps): (context: JobContext<'hold.release'>) => Promise<void> {
  return async ({ trx, payload, now }) => {
    const { dialect } = deps.runtime.database;
    const rows = (
      await sql<AlertRow>`select * from alerts where held_by = ${payload.ref} and status = 'suppressed' order by id limit ${RELEASE_BATCH} ${dialect.forUpdate}`.execute(trx)
    ).rows;
    if (rows.length === 0) return;
    const holds = await Promise.all(deps.holdSources.map((source) => source.load(trx, now)));
    const views = new Map<string, Integration | undefined>();
    const held: HeldAlert[] = [];
    for (const row of rows) {
      const key = `${row.service_id}\u0000${row.integration_id ?? ''}`;
      if (!views.has(key)) views.set(key, await findIntegrationView(trx, row.service_id, row.integration_id));
      const view = views.get(key);
      if (view) held.push({ row, view });
    }
    const severities = await listSeverities(trx);
    const decisions = new Map<string, number>();
    const counts = await releaseHeld({ trx, dialect, now, severities, events: deps.events, holds, decisions }, held, payload.ref);
    // Counted as the job's transaction ends (a handler has no after-commit hook; a failed run is rare).
    countTrailEntries(decisions);
    // Alerts the same hold still keeps (its end moved) wait for the job of the new end.
    if (rows.length === RELEASE_BATCH && counts.skipped < rows.length) {
      const last = rows[rows.length - 1] as AlertRow;
      await enqueueJob(trx, dialect, { kind: 'hold.release', key: `${jobKeys.holdRelease(payload.ref, payload.at)}:${last.id}`, payload, runAt: now }, now);
    }
  };
}
