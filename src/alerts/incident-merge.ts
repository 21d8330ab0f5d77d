import { sql, type ExpressionBuilder, type Transaction } from 'kysely';
import type { IncidentRow, Schema } from '../core/db/schema.js';
import { VigilError } from '../core/errors.js';
import type { Runtime } from '../core/runtime.js';
import { cancelIncidentJobs } from '../engine/jobs.js';
import type { IncidentEvents } from '../incidents/incident-changes.js';
import { incidentNotFound, lockIncident, type IncidentRef } from '../incidents/incident-ref.js';
import { applyTransition, insertIncident } from '../incidents/incident-writes.js';
import { listSeverities } from '../incidents/severities.js';
import { appendTimeline, TIMELINE_COLUMNS, timelineValues, type TimelineKind } from '../incidents/timeline.js';

/** What a merge moved, for the answer and the timeline. */
export interface MergeResult {
  readonly merged: { readonly id: string; readonly number: number };
  readonly into: { readonly id: string; readonly number: number };
  readonly alerts: number;
  readonly pages: number;
  readonly timeline_entries: number;
}

export interface SplitResult {
  readonly alert: string;
  readonly from: { readonly id: string; readonly number: number };
  readonly incident: { readonly id: string; readonly number: number };
}

/** Jobs of a merged incident that would still act on it: its escalation, its pending notifications, reminders, group updates. */
const MERGED_JOB_KINDS = ['escalation.step', 'notify.rule', 'update.remind', 'group.update'] as const;

/**
 * Appends one decision-trail entry (`<offsetMs> <code> <ref>`, docs/noise.md) to each alert the
 * statement changes, in that statement: the offset is from the alert's own first sighting.
 */
const trailEntry = (now: number, code: 'M' | 'X', ref: string) =>
  // The cast to bigint first: SQLite binds a JS number as a real, which would print `60000.0`.
  sql<string>`case when trail = '' then '' else trail || ';' end || cast(cast(${now} as bigint) - first_seen_at as text) || ${` ${code} ${ref}`}`;

/**
 * Merge and split (docs/noise.md, Merge and split). A merge moves one incident's alerts,
 * timeline (copied, each entry marked with where it came from, after the target's own so every
 * seq stays valid), pages and alert group into another in one transaction; the merged incident
 * resolves pointing at the target (`merged_into`) and its pending jobs are cancelled. A split
 * moves one alert into a new incident of its own, which pages as any new incident does.
 */
export class IncidentMerges {
  constructor(
    private readonly runtime: Runtime,
    private readonly events: IncidentEvents,
  ) {}

  private get writer() {
    return { dialect: this.runtime.database.dialect, events: this.events };
  }

  async merge(ref: IncidentRef, into: IncidentRef, actor: string): Promise<MergeResult> {
    const now = this.runtime.clock.now();
    const { dialect } = this.runtime.database;
    const result = await this.events.transaction(this.runtime.database.db, async (trx) => {
      // Locked in id order: two merges of the same pair the other way round cannot deadlock.
      const [first, second] = await Promise.all([trx.selectFrom('incidents').select('id').where(refWhere(ref)).executeTakeFirst(), trx.selectFrom('incidents').select('id').where(refWhere(into)).executeTakeFirst()]);
      if (!first) throw incidentNotFound(ref);
      if (!second) throw new VigilError('VIGIL_INCIDENT_NOT_FOUND', `no incident ${/^\d+$/.test(String(into)) ? '#' : ''}${into} to merge into`, [{ path: 'body.into', message: 'no such incident' }]);
      const locked = new Map<string, IncidentRow>();
      for (const id of [first.id, second.id].sort()) locked.set(id, await lockIncident(trx, dialect, id));
      const source = locked.get(first.id) as IncidentRow;
      const target = locked.get(second.id) as IncidentRow;
      if (source.id === target.id) throw new VigilError('VIGIL_VALIDATION_FAILED', `cannot merge incident #${source.number} into itself: name another incident in "into"`, [{ path: 'body.into', message: 'the same incident' }]);
      if (source.merged_into !== null) throw new VigilError('VIGIL_CONFLICT', `incident #${source.number} was already merged into ${await numberOf(trx, source.merged_into)}`);
      if (target.merged_into !== null) throw new VigilError('VIGIL_CONFLICT', `incident #${target.number} was merged into ${await numberOf(trx, target.merged_into)}: merge into that one instead`);
      if (target.status === 'resolved') throw new VigilError('VIGIL_CONFLICT', `incident #${target.number} is resolved: reopen it first, or merge into an open incident`, undefined, { status: target.status });

      const alerts = await trx
        .updateTable('alerts')
        .set({ incident_id: target.id, trail: trailEntry(now, 'M', target.id) })
        .where('incident_id', '=', source.id)
        .executeTakeFirst();
      // A page of the same person at the same step of the target's escalation is already there: that one stays with the merged incident's history.
      const pages = await sql`update pages set incident_id = ${target.id} where incident_id = ${source.id}
        and not exists (select 1 from pages p where p.incident_id = ${target.id} and p.round = pages.round and p.level = pages.level and p.user_id = pages.user_id)`.execute(trx);
      const copied = await copyTimeline(trx, source, target);
      // The group goes with its alerts, when the target has none of its own: later alerts of it then join the target.
      if (source.alert_group_key !== null && target.alert_group_key === null) {
        await trx.updateTable('incidents').set({ alert_group_key: null }).where('id', '=', source.id).execute();
        await trx.updateTable('incidents').set({ alert_group_key: source.alert_group_key, updated_at: now }).where('id', '=', target.id).execute();
      }
      await trx.updateTable('incidents').set({ merged_into: target.id, updated_at: now }).where('id', '=', source.id).execute();
      await appendTimeline(trx, source.id, now, { kind: 'merged_into', actor, message: `Merged into #${target.number} by ${actor}`, data: { into: target.id, into_number: target.number } });
      if (source.status !== 'resolved') {
        await applyTransition({ trx, ...this.writer }, { incident: { ...source, merged_into: target.id }, action: 'resolve', actor, now, note: `merged into #${target.number}` });
      }
      await cancelIncidentJobs(trx, source.id, MERGED_JOB_KINDS, now);
      const moved = { alerts: Number(alerts.numUpdatedRows), pages: Number(pages.numAffectedRows ?? 0), timeline_entries: copied };
      await appendTimeline(trx, target.id, now, {
        kind: 'merged_from',
        actor,
        message: `#${source.number} ${source.title} merged into this incident by ${actor}: ${plural(moved.alerts, 'alert')}, ${plural(moved.pages, 'page')} and its timeline`,
        data: { from: source.id, from_number: source.number, ...moved },
      });
      await this.events.announce(trx, [{ kind: 'updated', incident: target }], now);
      return { merged: { id: source.id, number: source.number }, into: { id: target.id, number: target.number }, ...moved };
    });
    this.runtime.jobSignal.notify();
    return result;
  }

  async split(alertId: string, actor: string): Promise<SplitResult> {
    const now = this.runtime.clock.now();
    const { dialect } = this.runtime.database;
    const severities = await listSeverities(this.runtime.database.db);
    const result = await this.events.transaction(this.runtime.database.db, async (trx) => {
      const found = await trx.selectFrom('alerts').select(['id', 'incident_id']).where('id', '=', alertId).executeTakeFirst();
      if (!found) throw new VigilError('VIGIL_ALERT_NOT_FOUND', `no alert "${alertId}"`);
      if (found.incident_id === null) throw new VigilError('VIGIL_CONFLICT', `alert ${alertId} belongs to no incident (it was held back): nothing to split it from`);
      const from = await lockIncident(trx, dialect, found.incident_id);
      // Read again under the incident's lock: ingest changes alerts only while holding it.
      const alert = await trx.selectFrom('alerts').selectAll().where('id', '=', alertId).executeTakeFirstOrThrow();
      if (alert.incident_id !== from.id) throw new VigilError('VIGIL_CONFLICT', `alert ${alertId} moved to another incident meanwhile; try again`);
      if (alert.status === 'resolved') throw new VigilError('VIGIL_CONFLICT', `alert ${alertId} is resolved: only a firing or acknowledged alert can be split out`);
      if (from.merged_into !== null || from.status === 'resolved') throw new VigilError('VIGIL_CONFLICT', `incident #${from.number} is resolved: its alerts stay with it`);
      const others = await trx.selectFrom('alerts').select('id').where('incident_id', '=', from.id).where('id', '<>', alertId).where('status', '<>', 'resolved').executeTakeFirst();
      if (!others) throw new VigilError('VIGIL_CONFLICT', `alert ${alertId} is the only open alert of #${from.number}: there is nothing to split it from`);
      const severity = severities.find((s) => s.id === alert.severity_id) ?? severities.find((s) => s.id === from.severity_id);
      if (!severity) throw new VigilError('VIGIL_CONFLICT', `severity ${alert.severity_id} is no longer configured`);
      const incident = await insertIncident({ trx, ...this.writer }, {
        title: alert.summary.slice(0, 1024),
        description: null,
        serviceId: alert.service_id,
        severity,
        commanderId: null,
        alertGroupKey: null,
        now,
        actor,
        kind: 'triggered',
        message: `Split out of #${from.number} by ${actor}: ${alert.summary}`,
        data: { dedup_key: alert.dedup_key, split_from: from.id, split_from_number: from.number },
      });
      await trx.updateTable('alerts').set({ incident_id: incident.id, trail: trailEntry(now, 'X', incident.id) }).where('id', '=', alertId).execute();
      await appendTimeline(trx, from.id, now, {
        kind: 'alert_split',
        actor,
        message: `Alert split out into #${incident.number} by ${actor}: ${alert.summary}`,
        data: { alert: alertId, dedup_key: alert.dedup_key, to: incident.id, to_number: incident.number },
      });
      await this.events.announce(trx, [{ kind: 'updated', incident: from }], now);
      return { alert: alertId, from: { id: from.id, number: from.number }, incident: { id: incident.id, number: incident.number } };
    });
    this.runtime.jobSignal.notify();
    return result;
  }
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

function refWhere(ref: IncidentRef) {
  return (eb: ExpressionBuilder<Schema, 'incidents'>) => (/^\d{1,15}$/.test(String(ref)) ? eb('number', '=', Number(ref)) : eb('id', '=', String(ref)));
}

async function numberOf(trx: Transaction<Schema>, id: string): Promise<string> {
  const row = await trx.selectFrom('incidents').select('number').where('id', '=', id).executeTakeFirst();
  return row ? `#${row.number}` : id;
}

/**
 * Copies the merged incident's timeline after the target's own entries, each marked with the
 * incident and seq it came from: the target's seqs stay dense and in order, and the merged
 * incident keeps its own history too.
 */
async function copyTimeline(trx: Transaction<Schema>, source: IncidentRow, target: IncidentRow): Promise<number> {
  const entries = await trx.selectFrom('timeline_entries').selectAll().where('incident_id', '=', source.id).orderBy('seq').execute();
  if (entries.length === 0) return 0;
  const last = await trx.selectFrom('timeline_entries').select((eb) => eb.fn.max('seq').as('seq')).where('incident_id', '=', target.id).executeTakeFirst();
  const base = Number(last?.seq ?? 0);
  const rows = entries.map((entry, index) => {
    const data = { ...(JSON.parse(entry.data) as Record<string, unknown>), merged_from: source.id, merged_from_number: source.number, original_seq: entry.seq };
    return timelineValues(target.id, base + index + 1, Number(entry.at), { kind: entry.kind as TimelineKind, actor: entry.actor, message: `#${source.number}: ${entry.message}`, data });
  });
  // In slices: a long timeline stays under the databases' bound-parameter limits.
  for (let start = 0; start < rows.length; start += 500) {
    const slice = rows.slice(start, start + 500);
    const placeholders = slice.map((row) => sql`(${sql.join(row.map((v) => sql`${v}`))})`);
    await sql`insert into timeline_entries (${sql.join(TIMELINE_COLUMNS.map((c) => sql.ref(c)))}) values ${sql.join(placeholders)}`.execute(trx);
  }
  return entries.length;
}
