import { recordAudit } from '../audit/audit-log.js';
import { sql, type Expression, type Kysely, type SqlBool, type Transaction } from 'kysely';
import type { Schema, IncidentRow } from '../core/db/schema.js';
import { VigilError } from '../core/errors.js';
import type { Runtime } from '../core/runtime.js';
import { listSeverities, type Severity } from './severities.js';
import type { IncidentAction, IncidentStatus } from './status-machine.js';
import type { IncidentChange, IncidentEvents } from './incident-changes.js';
import { applyTransition, insertIncident, type IncidentWriter } from './incident-writes.js';
import { appendTimeline, readTimeline, type TimelineEntryInput } from './timeline.js';
import { toIncidentView, type IncidentView, type IncidentViewExtras } from './incident-view.js';
import { incidentNotFound, lockIncident, type IncidentRef } from './incident-ref.js';

export type { IncidentRef } from './incident-ref.js';
import { decodeCursor, encodeCursor, type IncidentOrder } from './cursor.js';
import { iso } from '../core/db/row-codec.js';
import { suggestStoredId } from '../core/suggest.js';
import { pendingIncidentJobs } from '../engine/jobs.js';

export interface DeclareIncidentInput {
  readonly title: string;
  readonly description?: string | null;
  readonly serviceId?: string | null;
  /** Defaults to the least severe configured severity. */
  readonly severityId?: string;
  readonly commanderId?: string | null;
}

export interface IncidentFilters {
  /** Only these incidents, by number (the live stream reads the ones a change feed named). */
  readonly numbers?: readonly number[];
  readonly statuses?: readonly IncidentStatus[];
  readonly serviceIds?: readonly string[];
  readonly severityIds?: readonly string[];
  /** Triggered at or after, epoch ms. */
  readonly since?: number;
  /** Triggered before, epoch ms. */
  readonly until?: number;
  /** Case-insensitive text in the title or description. */
  readonly text?: string;
  /** On a service one of these teams owns. */
  readonly teamIds?: readonly string[];
  /** This person's: they are its commander, or they were paged for it. */
  readonly involving?: string;
}

export interface IncidentPage {
  readonly incidents: IncidentView[];
  readonly nextCursor: string | null;
}

/**
 * How many incidents there are, for the console's count chips. Each count leaves out its own
 * filter (faceted), so a chip says how many a click on it would show: `byStatus` applies every
 * filter but the statuses, `bySeverity` every filter but the severities. `total` applies them all.
 */
export interface IncidentSummary {
  readonly total: number;
  readonly byStatus: Readonly<Record<IncidentStatus, number>>;
  /** Every configured severity, most severe first, with its count (0 included). */
  readonly bySeverity: readonly { readonly id: string; readonly name: string; readonly rank: number; readonly count: number }[];
  /** When the most recently resolved incident matching every filter but the statuses was resolved. */
  readonly lastResolvedAt: string | null;
}

/** Ranks past every configured one: an incident whose severity has no row sorts last. */
const UNRANKED = 1_000_000;

/** Reads what another slice adds to the views of these incidents (roles, the update cadence), by incident id. */
export type IncidentViewExtension = (db: Kysely<Schema>, incidents: readonly IncidentRow[], now: number) => Promise<ReadonlyMap<string, IncidentViewExtras>>;

/** Who did something, as recorded in the timeline: `user:alice`, `token:ci-bot`, `system`. */
export type Actor = string;


/**
 * The incidents facade: every change runs in one transaction that locks the incident row,
 * checks the status machine, updates the row and appends the timeline entry.
 */
export class IncidentService {
  private readonly extensions: IncidentViewExtension[] = [];

  constructor(
    private readonly runtime: Runtime,
    private readonly events: IncidentEvents,
  ) {}

  /** Registers fields another slice adds to every incident view; registered once, at start. */
  extendViews(extension: IncidentViewExtension): void {
    this.extensions.push(extension);
  }

  private async extend(views: IncidentView[], rows: readonly IncidentRow[]): Promise<IncidentView[]> {
    if (this.extensions.length === 0 || rows.length === 0) return views;
    const now = this.runtime.clock.now();
    const extras = await Promise.all(this.extensions.map((extension) => extension(this.db, rows, now)));
    return views.map((view) => Object.assign({}, view, ...extras.map((byId) => byId.get(view.id) ?? {})) as IncidentView);
  }

  private writer(trx: Transaction<Schema>): IncidentWriter {
    return { trx, dialect: this.runtime.database.dialect, events: this.events };
  }

  private get db() {
    return this.runtime.database.db;
  }

  async declare(input: DeclareIncidentInput, actor: Actor): Promise<IncidentView> {
    const now = this.runtime.clock.now();
    const id = await this.events.transaction(this.db, async (trx) => {
      const severity = input.severityId ? await requireSeverity(trx, input.severityId) : await leastSevere(trx);
      if (input.serviceId) await requireExists(trx, 'services', input.serviceId, '/service');
      if (input.commanderId) await requireExists(trx, 'users', input.commanderId, '/commander');
      const incident = await insertIncident(this.writer(trx), {
        title: input.title,
        description: input.description ?? null,
        serviceId: input.serviceId ?? null,
        severity,
        commanderId: input.commanderId ?? null,
        alertGroupKey: null,
        now,
        actor,
        kind: 'declared',
        message: `Declared ${severity.id} (${severity.name}): ${input.title}`,
      });
      await recordAudit(trx, { actor }, now, {
        action: 'incident.declare',
        entityType: 'incident',
        entityId: incident.id,
        after: { number: incident.number, title: incident.title, severity: severity.id, service: incident.service_id, commander: incident.commander_id, status: incident.status },
      });
      return incident.id;
    });
    this.runtime.jobSignal.notify();
    return this.get(id);
  }

  async get(ref: IncidentRef): Promise<IncidentView> {
    const row = await this.selectWithNames().where(refCondition(ref)).executeTakeFirst();
    if (!row) throw incidentNotFound(ref);
    const [severities, timeline, next] = await Promise.all([this.severityMap(), readTimeline(this.db, row.id), this.nextEscalations([row.id])]);
    const [view] = await this.extend([toIncidentView(row, severities, this.runtime.clock.now(), { timeline, ...nextOf(next, row.id) })], [row]);
    return view!;
  }

  async list(filters: IncidentFilters, page: { limit: number; cursor?: string; order?: IncidentOrder }): Promise<IncidentPage> {
    if (filters.numbers?.length === 0) return { incidents: [], nextCursor: null };
    const order = page.order ?? 'newest';
    const rank = sql<number>`coalesce(severities.rank, ${UNRANKED})`;
    let query = this.selectWithNames()
      .leftJoin('severities', 'severities.id', 'incidents.severity_id')
      .select(rank.as('severity_rank'));
    const conditions = this.conditions(filters);
    if (conditions.length > 0) query = query.where((eb) => eb.and(conditions));
    if (page.cursor !== undefined) {
      const after = decodeCursor(page.cursor, order);
      query = after.order === 'newest'
        ? query.where('incidents.number', '<', after.number)
        : query.where((eb) => eb.or([eb(rank, '>', after.rank), eb.and([eb(rank, '=', after.rank), eb('incidents.number', '<', after.number)])]));
    }
    if (order === 'severity') query = query.orderBy(rank, 'asc');
    const rows = await query.orderBy('incidents.number', 'desc').limit(page.limit + 1).execute();
    const visible = rows.slice(0, page.limit);
    const [severities, next] = await Promise.all([this.severityMap(), this.nextEscalations(visible.map((row) => row.id))]);
    const now = this.runtime.clock.now();
    const last = visible.at(-1);
    return {
      incidents: await this.extend(visible.map((row) => toIncidentView(row, severities, now, nextOf(next, row.id))), visible),
      nextCursor: rows.length > page.limit && last
        ? encodeCursor(order === 'newest' ? { order, number: last.number } : { order, rank: Number(last.severity_rank), number: last.number })
        : null,
    };
  }

  /** Counts by status and by severity for the console's chips; see `IncidentSummary`. */
  async summary(filters: IncidentFilters): Promise<IncidentSummary> {
    const counted = (omit: 'statuses' | 'severityIds') => {
      const conditions = this.conditions({ ...filters, [omit]: undefined });
      const query = this.db.selectFrom('incidents');
      return conditions.length > 0 ? query.where((eb) => eb.and(conditions)) : query;
    };
    const [statusRows, severityRows, resolved, severities] = await Promise.all([
      counted('statuses').select(['incidents.status as key', (eb) => eb.fn.countAll<number | string>().as('count')]).groupBy('incidents.status').execute(),
      counted('severityIds').select(['incidents.severity_id as key', (eb) => eb.fn.countAll<number | string>().as('count')]).groupBy('incidents.severity_id').execute(),
      counted('statuses').where('incidents.status', '=', 'resolved').select((eb) => eb.fn.max('incidents.resolved_at').as('at')).executeTakeFirst(),
      listSeverities(this.db),
    ]);
    const byStatus: Record<IncidentStatus, number> = { triggered: 0, acknowledged: 0, resolved: 0 };
    for (const row of statusRows) byStatus[row.key] = Number(row.count);
    const bySeverityId = new Map(severityRows.map((row) => [row.key, Number(row.count)]));
    const wanted = filters.statuses?.length ? filters.statuses : (Object.keys(byStatus) as IncidentStatus[]);
    const at = resolved?.at;
    return {
      total: wanted.reduce((sum, status) => sum + byStatus[status], 0),
      byStatus,
      bySeverity: severities.map((s) => ({ id: s.id, name: s.name, rank: s.rank, count: bySeverityId.get(s.id) ?? 0 })),
      lastResolvedAt: at === null || at === undefined ? null : iso(Number(at)),
    };
  }

  /**
   * The filters as conditions on `incidents` alone, so the list (with its joins) and the counts
   * share them. Team and "mine" read the services and pages tables by subquery: one indexed probe
   * per incident (pages are unique on incident first), and no join that could repeat a row.
   */
  private conditions(filters: IncidentFilters): Expression<SqlBool>[] {
    const list = (values: readonly string[]) => sql.join(values.map((v) => sql`${v}`));
    const out: Expression<SqlBool>[] = [];
    if (filters.numbers?.length) out.push(sql<SqlBool>`incidents.number in (${sql.join(filters.numbers.map((n) => sql`${n}`))})`);
    if (filters.statuses?.length) out.push(sql<SqlBool>`incidents.status in (${list(filters.statuses)})`);
    if (filters.serviceIds?.length) out.push(sql<SqlBool>`incidents.service_id in (${list(filters.serviceIds)})`);
    if (filters.severityIds?.length) out.push(sql<SqlBool>`incidents.severity_id in (${list(filters.severityIds)})`);
    if (filters.since !== undefined) out.push(sql<SqlBool>`incidents.triggered_at >= ${filters.since}`);
    if (filters.until !== undefined) out.push(sql<SqlBool>`incidents.triggered_at < ${filters.until}`);
    if (filters.teamIds?.length) {
      out.push(sql<SqlBool>`incidents.service_id in (select services.id from services where services.team_id in (${list(filters.teamIds)}))`);
    }
    if (filters.involving !== undefined) {
      const user = filters.involving;
      out.push(sql<SqlBool>`(incidents.commander_id = ${user} or exists (select 1 from pages where pages.incident_id = incidents.id and pages.user_id = ${user}))`);
    }
    if (filters.text) {
      const pattern = `%${filters.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      const like = sql.raw(this.runtime.database.dialect.caseInsensitiveLike);
      out.push(sql<SqlBool>`(incidents.title ${like} ${pattern} escape '\\' or coalesce(incidents.description, '') ${like} ${pattern} escape '\\')`);
    }
    return out;
  }

  acknowledge(ref: IncidentRef, actor: Actor, note?: string): Promise<IncidentView> {
    return this.move(ref, 'acknowledge', actor, note);
  }

  unacknowledge(ref: IncidentRef, actor: Actor, note?: string): Promise<IncidentView> {
    return this.move(ref, 'unacknowledge', actor, note);
  }

  resolve(ref: IncidentRef, actor: Actor, note?: string): Promise<IncidentView> {
    return this.move(ref, 'resolve', actor, note);
  }

  reopen(ref: IncidentRef, actor: Actor, note?: string): Promise<IncidentView> {
    return this.move(ref, 'reopen', actor, note);
  }

  addNote(ref: IncidentRef, actor: Actor, text: string): Promise<IncidentView> {
    return this.change(ref, async () => ({ patch: {}, entry: { kind: 'note', actor, message: text } }));
  }

  changeSeverity(ref: IncidentRef, severityId: string, actor: Actor, reason?: string): Promise<IncidentView> {
    return this.change(ref, async (incident, trx) => {
      const severity = await requireSeverity(trx, severityId);
      if (severity.id === incident.severity_id) {
        throw new VigilError('VIGIL_CONFLICT', `incident #${incident.number} is already ${severity.id}`, undefined, {
          severity: severity.id,
        });
      }
      // The response target follows the severity: a SEV-3 raised to SEV-1 must be answered
      // within SEV-1's time, counted from when the incident was triggered.
      return {
        patch: { severity_id: severity.id, urgency: severity.urgency, respond_by: incident.triggered_at + severity.respondWithinMs },
        entry: {
          kind: 'severity_changed',
          actor,
          message: `Severity changed from ${incident.severity_id} to ${severity.id}${reason ? `: ${reason}` : ''}`,
          data: { from: incident.severity_id, to: severity.id, ...(reason ? { reason } : {}) },
        },
      };
    });
  }

  setCommander(ref: IncidentRef, commanderId: string | null, actor: Actor): Promise<IncidentView> {
    return this.change(ref, async (incident, trx) => {
      if (commanderId !== null) await requireExists(trx, 'users', commanderId, '/commander');
      if (commanderId === incident.commander_id) {
        throw new VigilError('VIGIL_CONFLICT', commanderId === null ? 'the incident has no commander' : `${commanderId} is already the commander`, undefined, {
          commander: commanderId,
        });
      }
      return {
        patch: { commander_id: commanderId },
        entry: {
          kind: 'commander_changed',
          actor,
          message: commanderId === null ? 'Commander removed' : `Commander set to ${commanderId}`,
          data: { from: incident.commander_id, to: commanderId },
        },
      };
    });
  }

  private async move(ref: IncidentRef, action: IncidentAction, actor: Actor, note: string | undefined): Promise<IncidentView> {
    const id = await this.events.transaction(this.db, async (trx) => {
      const incident = await lockIncident(trx, this.runtime.database.dialect, ref);
      const now = this.runtime.clock.now();
      const moved = await applyTransition(this.writer(trx), { incident, action, actor, now, ...(note === undefined ? {} : { note }) });
      await recordAudit(trx, { actor }, now, {
        action: `incident.${action}`,
        entityType: 'incident',
        entityId: incident.id,
        before: { number: incident.number, status: incident.status },
        after: { number: incident.number, status: moved.status, ...(note ? { note } : {}) },
      });
      return incident.id;
    });
    this.runtime.jobSignal.notify();
    return this.get(id);
  }

  /** Locks the incident, lets `decide` compute the change, writes it with its timeline entry. */
  private async change(
    ref: IncidentRef,
    decide: (
      incident: IncidentRow,
      trx: Transaction<Schema>,
      now: number,
    ) => Promise<{ patch: Partial<IncidentRow>; entry: TimelineEntryInput }>,
  ): Promise<IncidentView> {
    const id = await this.events.transaction(this.db, async (trx) => {
      const incident = await lockIncident(trx, this.runtime.database.dialect, ref);
      const now = this.runtime.clock.now();
      const { patch, entry } = await decide(incident, trx, now);
      await trx.updateTable('incidents').set({ ...patch, updated_at: now }).where('id', '=', incident.id).execute();
      await appendTimeline(trx, incident.id, now, entry);
      await this.events.announce(trx, [changeOf(incident, patch)], now);
      // Notes are the timeline's own business; changes to the incident's fields are audited.
      const changed = Object.keys(patch) as (keyof IncidentRow)[];
      if (changed.length > 0) {
        await recordAudit(trx, { actor: entry.actor }, now, {
          action: `incident.${entry.kind}`,
          entityType: 'incident',
          entityId: incident.id,
          before: Object.fromEntries([['number', incident.number], ...changed.map((k) => [k, incident[k]])]),
          after: Object.fromEntries([['number', incident.number], ...changed.map((k) => [k, patch[k]])]),
        });
      }
      return incident.id;
    });
    return this.get(id);
  }

  private selectWithNames() {
    return this.db
      .selectFrom('incidents')
      .leftJoin('services', 'services.id', 'incidents.service_id')
      .leftJoin('users', 'users.id', 'incidents.commander_id')
      .leftJoin('teams', 'teams.id', 'services.team_id')
      .selectAll('incidents')
      .select(['services.name as service_name', 'users.name as commander_name', 'services.escalation_policy_id as service_policy_id', 'teams.id as team_id', 'teams.name as team_name']);
  }

  /** The escalation step each incident waits for: the engine's pending job, the one source of truth for "when". */
  private nextEscalations(incidentIds: readonly string[]) {
    return pendingIncidentJobs(this.db, incidentIds, 'escalation.step');
  }

  private async severityMap(): Promise<Map<string, Severity>> {
    return new Map((await listSeverities(this.db)).map((s) => [s.id, s]));
  }
}

/** A field change as the feed and subscribers hear it. */
function changeOf(incident: IncidentRow, patch: Partial<IncidentRow>): IncidentChange {
  if (patch.severity_id !== undefined) return { kind: 'severity_changed', incident, from: incident.severity_id, to: patch.severity_id };
  if (patch.commander_id !== undefined) return { kind: 'commander_changed', incident, from: incident.commander_id, to: patch.commander_id };
  return { kind: 'updated', incident };
}

function nextOf(next: Awaited<ReturnType<typeof pendingIncidentJobs<'escalation.step'>>>, incidentId: string) {
  const job = next.get(incidentId);
  return job === undefined ? {} : { nextEscalation: { runAt: job.runAt, round: job.payload.round, level: job.payload.level } };
}

function refCondition(ref: IncidentRef) {
  const text = String(ref);
  if (/^\d{1,15}$/.test(text)) return sql<boolean>`incidents.number = ${Number(text)}`;
  return sql<boolean>`incidents.id = ${text}`;
}

async function requireSeverity(trx: Transaction<Schema>, id: string): Promise<Severity> {
  const severities = await listSeverities(trx);
  const severity = severities.find((s) => s.id === id);
  if (!severity) {
    throw new VigilError('VIGIL_REFERENCE_NOT_FOUND', `unknown severity "${id}"; configured: ${severities.map((s) => s.id).join(', ')}`, [
      { path: '/severity', message: `must be one of ${severities.map((s) => s.id).join(', ')}` },
    ]);
  }
  return severity;
}

async function leastSevere(trx: Transaction<Schema>): Promise<Severity> {
  const severity = (await listSeverities(trx)).at(-1);
  if (!severity) throw new VigilError('VIGIL_REFERENCE_NOT_FOUND', 'no severities are configured');
  return severity;
}

async function requireExists(trx: Transaction<Schema>, table: 'services' | 'users', id: string, field: string): Promise<void> {
  const row = await trx.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst();
  if (row) return;
  const noun = table === 'services' ? 'service' : 'user';
  const suggestion = await suggestStoredId(trx, table, id);
  throw new VigilError('VIGIL_REFERENCE_NOT_FOUND', `no ${noun} "${id}"${suggestion || `; see GET /api/v1/${table}`}`, [{ path: field, message: `no ${noun} "${id}"${suggestion}` }]);
}
