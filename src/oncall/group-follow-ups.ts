import { sql, type Transaction } from 'kysely';
import { groupingTimers } from '../alerts/grouping.js';
import type { SqlDialect } from '../core/db/dialect.js';
import type { Schema } from '../core/db/schema.js';
import { formatDuration } from '../core/duration.js';
import type { Runtime } from '../core/runtime.js';
import type { JobContext } from '../engine/engine.js';
import { jobKeys } from '../engine/job-catalogue.js';
import { enqueueJob } from '../engine/jobs.js';
import type { IncidentEvents, IncidentNotice } from '../incidents/incident-changes.js';
import { appendTimeline } from '../incidents/timeline.js';
import { queueUserNotice } from '../notify/notices.js';
import { escalationStepJob } from './escalation-jobs.js';

/**
 * Time-window grouping after commit (docs/noise.md, Waiting and interval). The escalation
 * subscriber already delays an alert-opened incident's first step by the service's `wait`; the
 * alerts are written after that subscriber runs, so what needs them is done here, once the
 * batch has committed, from the change feed:
 *
 * - an incident opened with a wait gets its `group_waiting` timeline entry, and when its first
 *   alert started earlier at its sender (Alertmanager waited its own group_wait already) the
 *   first step moves forward to start + wait: a group is not delayed twice;
 * - alerts joining an incident already paged write the `group.update` job of their interval
 *   slot, so the paged hear of them at most once per `interval`.
 *
 * The feed is at least once and in memory: a process dying between commit and this costs at
 * most a later first page (never an earlier one) or one update message. Every write here is
 * guarded or keyed, so several processes hearing the same notice change nothing twice.
 */
export class GroupFollowUps {
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly runtime: Runtime) {}

  /** Listens to the feed until the returned function is called. */
  listen(events: IncidentEvents): () => void {
    return events.listen((notices) => {
      const work = this.handle(notices)
        .catch((error: unknown) => this.runtime.logger.warn({ err: error }, 'grouping: follow-up of committed alerts failed'))
        .finally(() => this.running.delete(work));
      this.running.add(work);
    });
  }

  /** Waits for follow-ups under way (tests, shutdown). */
  async whenIdle(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running]);
  }

  async handle(notices: readonly IncidentNotice[]): Promise<void> {
    // Most services have no timers: their ingest notices say so, and then nothing is read.
    const relevant = notices.filter((n) => n.groupingTimers !== false);
    const opened = new Set(relevant.filter((n) => n.kind === 'opened').map((n) => n.number));
    const joined = new Set(relevant.filter((n) => n.kind === 'alerts_changed').map((n) => n.number));
    if (opened.size === 0 && joined.size === 0) return;
    const { db } = this.runtime.database;
    const rows = await db
      .selectFrom('incidents')
      .innerJoin('services', 'services.id', 'incidents.service_id')
      .select(['incidents.id', 'incidents.number', 'incidents.status', 'incidents.triggered_at', 'incidents.created_by', 'services.grouping'])
      .where('incidents.number', 'in', [...new Set([...opened, ...joined])])
      .where('services.grouping', 'is not', null)
      .execute();
    for (const row of rows) {
      const { waitMs, intervalMs } = groupingTimers(row.grouping);
      if (opened.has(row.number) && waitMs > 0 && row.created_by.startsWith('integration:')) await this.startWaiting(row.id, waitMs);
      if (joined.has(row.number) && intervalMs > 0 && row.status !== 'resolved') await this.scheduleUpdate(row.id, intervalMs);
    }
  }

  private async startWaiting(incidentId: string, waitMs: number): Promise<void> {
    const { db, dialect } = this.runtime.database;
    const now = this.runtime.clock.now();
    await db.transaction().execute(async (trx) => {
      // Ingest locks the incident before writing its timeline: so do we, and the seqs never collide.
      const incident = await sql<{ triggered_at: number; status: string }>`select triggered_at, status from incidents where id = ${incidentId} ${dialect.forUpdate}`.execute(trx);
      const row = incident.rows[0];
      if (!row) return;
      const told = await trx.selectFrom('timeline_entries').select('seq').where('incident_id', '=', incidentId).where('kind', '=', 'group_waiting').executeTakeFirst();
      if (told) return;
      const first = await trx.selectFrom('alerts').select((eb) => eb.fn.min('occurred_at').as('started')).where('incident_id', '=', incidentId).executeTakeFirst();
      const openedAt = Number(row.triggered_at);
      const started = first?.started === null || first?.started === undefined ? openedAt : Math.min(openedAt, Number(first.started));
      const due = Math.max(openedAt, started + waitMs);
      const early = openedAt + waitMs - due;
      if (early > 0) {
        const key = escalationStepJob(incidentId, { round: 1, level: 1 }, due).key;
        await trx.updateTable('jobs').set({ run_at: due, updated_at: now }).where('key', '=', key).where('status', '=', 'pending').where('run_at', '>', due).execute();
      }
      const wait = formatDuration(due - openedAt);
      await appendTimeline(trx, incidentId, now, {
        kind: 'group_waiting',
        actor: 'system',
        message:
          due === openedAt
            ? `First page not delayed: the sender already held the first alert for ${formatDuration(openedAt - started)} (grouping wait ${formatDuration(waitMs)})`
            : `First page waits ${wait} to gather related alerts${early > 0 ? ` (the sender already held them ${formatDuration(early)})` : ''}`,
        data: { wait_ms: waitMs, first_page_at: due },
      });
    });
    this.runtime.jobSignal.notify();
  }

  private async scheduleUpdate(incidentId: string, intervalMs: number): Promise<void> {
    const { db, dialect } = this.runtime.database;
    const now = this.runtime.clock.now();
    const first = await db.selectFrom('pages').select((eb) => eb.fn.min('created_at').as('at')).where('incident_id', '=', incidentId).executeTakeFirst();
    // Not paged yet: alerts joining now are carried by the first page itself.
    if (first?.at === null || first?.at === undefined) return;
    const slot = groupUpdateSlot(Number(first.at), intervalMs, now);
    const runAt = Number(first.at) + slot * intervalMs;
    await db.transaction().execute((trx) =>
      enqueueJob(trx, dialect, { kind: 'group.update', key: jobKeys.groupUpdate(incidentId, slot), payload: { incidentId, slot }, runAt, incidentId }, now),
    );
  }
}

/** The interval slot an alert joining at `at` falls in: ⌊(at − first page) / interval⌋ + 1; its update goes at the slot's end. */
export function groupUpdateSlot(firstPageAt: number, intervalMs: number, at: number): number {
  return Math.floor((at - firstPageAt) / intervalMs) + 1;
}

/** `group.update`: tells the incident's paged responders which alerts joined during one interval slot. */
export function groupUpdateHandler(dialect: SqlDialect): (context: JobContext<'group.update'>) => Promise<void> {
  return async ({ trx, payload, now }) => {
    await sendGroupUpdate(trx, dialect, payload.incidentId, payload.slot, now);
  };
}

async function sendGroupUpdate(trx: Transaction<Schema>, dialect: SqlDialect, incidentId: string, slot: number, now: number): Promise<void> {
  const incident = await trx
    .selectFrom('incidents')
    .innerJoin('services', 'services.id', 'incidents.service_id')
    .select(['incidents.id', 'incidents.number', 'incidents.title', 'incidents.status', 'incidents.merged_into', 'services.grouping'])
    .where('incidents.id', '=', incidentId)
    .executeTakeFirst();
  if (!incident || incident.status === 'resolved' || incident.merged_into !== null) return;
  const { intervalMs } = groupingTimers(incident.grouping);
  if (intervalMs === 0) return;
  const pages = await trx.selectFrom('pages').select(['user_id', 'created_at']).where('incident_id', '=', incidentId).execute();
  if (pages.length === 0) return;
  const firstPage = Math.min(...pages.map((p) => Number(p.created_at)));
  const from = firstPage + (slot - 1) * intervalMs;
  const to = firstPage + slot * intervalMs;
  const joined = await trx
    .selectFrom('alerts')
    .select(['summary', 'first_seen_at'])
    .where('incident_id', '=', incidentId)
    .where('first_seen_at', '>', from)
    .where('first_seen_at', '<=', to)
    .orderBy('first_seen_at')
    .execute();
  if (joined.length === 0) return;
  const open = await trx.selectFrom('alerts').select((eb) => eb.fn.countAll<number | string>().as('n')).where('incident_id', '=', incidentId).where('status', '<>', 'resolved').executeTakeFirst();
  const users = [...new Set(pages.map((p) => p.user_id))].sort();
  const shown = joined.slice(0, 3).map((a) => a.summary).join('; ');
  const text = `${joined.length} more alert${joined.length === 1 ? '' : 's'} joined #${incident.number} ${incident.title} (${Number(open?.n ?? 0)} open): ${shown}${joined.length > 3 ? '; …' : ''}`;
  for (const user of users) await queueUserNotice(trx, dialect, user, { incidentId, type: 'triggered', text }, now);
  await appendTimeline(trx, incidentId, now, {
    kind: 'group_update',
    actor: 'system',
    message: `Told ${users.length} paged responder${users.length === 1 ? '' : 's'}: ${joined.length} alert${joined.length === 1 ? '' : 's'} joined in ${formatDuration(intervalMs)}`,
    data: { slot, joined: joined.length, users },
  });
}
