import type { Kysely, Transaction } from 'kysely';
import { bumpNoiseRevision, scheduleHoldRelease, type HoldSource } from '../alerts/holds.js';
import { compileMatchers, matchesAll, type MatchableAlert, type Matcher } from '../alerts/matchers.js';
import { recordAudit, type Actor } from '../audit/audit-log.js';
import { iso, parseJson } from '../core/db/row-codec.js';
import type { Schema, SilencesTable } from '../core/db/schema.js';
import { formatDuration } from '../core/duration.js';
import { VigilError } from '../core/errors.js';
import { newId } from '../core/ids.js';
import type { Runtime } from '../core/runtime.js';
import { cancelJobsByKeyPrefix } from '../engine/jobs.js';
import { findIncident } from '../incidents/incident-ref.js';
import { changeProblems, indexMatcher, silenceProblems, SilenceRules, type SilenceRule } from './silence-rules.js';

type SilenceRow = SilencesTable;
/** A new end as asked: an instant, or a length from the silence's start. */
export type GivenEnd = { readonly at: number } | { readonly after: number };

export function endFrom(end: GivenEnd, startsAt: number): number {
  return 'at' in end ? end.at : startsAt + end.after;
}
export type SilenceState = 'pending' | 'active' | 'expired';

/** How far back a preview looks for alerts a silence would have matched, and how many it reads. */
export const PREVIEW_WINDOW_MS = 24 * 3_600_000;
const PREVIEW_SCAN = 10_000;
/** An incident's alerts read to find the labels they all share. */
const INCIDENT_ALERTS = 2_000;
const PAGE_DEFAULT = 50;

export interface SilenceInput {
  readonly matchers: readonly Matcher[];
  readonly services: readonly string[] | null;
  readonly startsAt: number;
  readonly endsAt: number;
  readonly comment: string;
}

export function silenceState(row: Pick<SilenceRow, 'starts_at' | 'ends_at'>, now: number): SilenceState {
  if (Number(row.ends_at) <= now) return 'expired';
  return Number(row.starts_at) > now ? 'pending' : 'active';
}

export function silenceView(row: SilenceRow, now: number) {
  return {
    id: row.id,
    state: silenceState(row, now),
    matchers: parseJson<Matcher[]>(row.matchers),
    services: row.services === null ? null : parseJson<string[]>(row.services),
    starts_at: iso(Number(row.starts_at)),
    ends_at: iso(Number(row.ends_at)),
    comment: row.comment,
    created_by: row.created_by,
    created_at: iso(Number(row.created_at)),
    expired_by: row.expired_by,
    expired_at: row.expired_at === null ? null : iso(Number(row.expired_at)),
  };
}
export type SilenceView = ReturnType<typeof silenceView>;

function notFound(id: string): VigilError {
  return new VigilError('VIGIL_SILENCE_NOT_FOUND', `no silence "${id}"; GET /api/v1/silences lists them`);
}

function ruleOf(row: SilenceRow): SilenceRule {
  return {
    id: row.id,
    matchers: parseJson<Matcher[]>(row.matchers),
    services: row.services === null ? null : parseJson<string[]>(row.services),
    startsAt: Number(row.starts_at),
    endsAt: Number(row.ends_at),
    comment: row.comment,
  };
}

/** The silences the pipeline consults: those not yet ended at `now`. */
export const silenceHoldSource: HoldSource = {
  name: 'silences',
  async load(db, now) {
    const rows = await db.selectFrom('silences').selectAll().where('ends_at', '>', now).execute();
    return new SilenceRules(rows.map(ruleOf));
  },
};

/** Checks a silence's matchers, times and services; every problem at once. */
async function checkInput(db: Kysely<Schema>, input: SilenceInput): Promise<void> {
  const problems = silenceProblems(input);
  if (problems.length > 0) throw new VigilError('VIGIL_UNPROCESSABLE', `cannot make this silence: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`, problems);
  await checkServices(db, input.services ?? [], 'body.services');
}

export async function checkServices(db: Kysely<Schema> | Transaction<Schema>, services: readonly string[], path: string): Promise<void> {
  const wanted = [...new Set(services)];
  if (wanted.length === 0) return;
  const found = new Set((await db.selectFrom('services').select('id').where('id', 'in', wanted).execute()).map((s) => s.id));
  const missing = services.map((id, index) => ({ id, index })).filter((s) => !found.has(s.id));
  if (missing.length > 0) {
    throw new VigilError('VIGIL_REFERENCE_NOT_FOUND', `no service ${missing.map((s) => `"${s.id}"`).join(', ')}; GET /api/v1/services lists them`, missing.map((s) => ({ path: `${path}.${s.index}`, message: 'names no service' })));
  }
}

/** An alert row as matchers read it. */
export function matchableOf(row: { dedup_key: string; summary: string; source: string | null; component: string | null; group_name: string | null; class: string | null; incoming_severity: string | null; labels: string; details: string }): MatchableAlert {
  return {
    dedupKey: row.dedup_key,
    summary: row.summary,
    source: row.source,
    component: row.component,
    group: row.group_name,
    class: row.class,
    severityHints: row.incoming_severity === null ? [] : [row.incoming_severity],
    labels: parseJson<Record<string, string>>(row.labels),
    details: parseJson<Record<string, unknown>>(row.details),
  };
}

/** The labels (name = value) every alert shares: what "silence alerts like this" is prefilled with. */
export function sharedLabels(alerts: readonly Readonly<Record<string, string>>[]): [string, string][] {
  if (alerts.length === 0) return [];
  const [first, ...rest] = alerts;
  const shared = Object.entries(first!).filter(([name, value]) => value !== '' && rest.every((labels) => labels[name] === value));
  // alertname first: it is what people read a silence by.
  return shared.sort(([a], [b]) => (a === 'alertname' ? -1 : b === 'alertname' ? 1 : a < b ? -1 : a > b ? 1 : 0));
}

/** Silences: made ahead of time, from an incident or the console; expired early; kept afterwards. */
export class SilenceService {
  constructor(private readonly runtime: Runtime) {}

  private get db() {
    return this.runtime.database.db;
  }

  async list(filter: { state?: SilenceState; cursor?: string; limit?: number }) {
    const now = this.runtime.clock.now();
    const limit = filter.limit ?? PAGE_DEFAULT;
    const state = filter.state ?? 'active';
    // Active: ending soonest first; pending: starting soonest first; expired: most recently ended first.
    const column = state === 'pending' ? 'starts_at' : 'ends_at';
    const direction = state === 'expired' ? 'desc' : 'asc';
    let query = this.db.selectFrom('silences').selectAll();
    if (state === 'expired') query = query.where('ends_at', '<=', now);
    else if (state === 'pending') query = query.where('starts_at', '>', now).where('ends_at', '>', now);
    else query = query.where('starts_at', '<=', now).where('ends_at', '>', now);
    if (filter.cursor !== undefined) {
      const after = decodeCursor(filter.cursor, state);
      query = query.where((eb) => eb.or([eb(column, direction === 'asc' ? '>' : '<', after.value), eb.and([eb(column, '=', after.value), eb('id', '>', after.id)])]));
    }
    const rows = await query.orderBy(column, direction).orderBy('id', 'asc').limit(limit + 1).execute();
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      silences: page.map((row) => silenceView(row, now)),
      next_cursor: rows.length > limit && last ? encodeCursor(state, Number(last[column]), last.id) : null,
    };
  }

  async get(id: string) {
    const row = await this.db.selectFrom('silences').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound(id);
    return silenceView(row, this.runtime.clock.now());
  }

  async create(input: SilenceInput, who: Actor): Promise<SilenceView> {
    await checkInput(this.db, input);
    const now = this.runtime.clock.now();
    const id = newId('sil');
    const index = indexMatcher(input.matchers);
    const row: SilenceRow = {
      id,
      matchers: JSON.stringify(input.matchers),
      services: input.services === null || input.services.length === 0 ? null : JSON.stringify([...new Set(input.services)]),
      index_field: index?.field ?? null,
      index_value: index?.value ?? null,
      starts_at: input.startsAt,
      ends_at: input.endsAt,
      comment: input.comment,
      created_by: who.actor,
      created_at: now,
      expired_by: null,
      expired_at: null,
    };
    await this.db.transaction().execute(async (trx) => {
      await trx.insertInto('silences').values(row).execute();
      await bumpNoiseRevision(trx, now);
      await scheduleHoldRelease(trx, this.runtime.database.dialect, id, input.endsAt, now);
      await recordAudit(trx, who, now, { action: 'silence.create', entityType: 'silence', entityId: id, after: silenceView(row, now) });
    });
    return silenceView(row, now);
  }

  /** Ends a silence now: alerts it held and still firing are released at once. Expiring an expired one changes nothing. */
  async expire(id: string, who: Actor): Promise<SilenceView> {
    const now = this.runtime.clock.now();
    return this.db.transaction().execute(async (trx) => {
      const row = await this.runtime.database.dialect.lockForUpdate(trx.selectFrom('silences').selectAll().where('id', '=', id)).executeTakeFirst();
      if (!row) throw notFound(id);
      if (Number(row.ends_at) <= now) return silenceView(row, now);
      // A pending silence never held anything: it ends where it would have begun.
      const startsAt = Math.min(Number(row.starts_at), now);
      const after: SilenceRow = { ...row, starts_at: startsAt, ends_at: now, expired_by: who.actor, expired_at: now };
      await trx.updateTable('silences').set({ starts_at: startsAt, ends_at: now, expired_by: who.actor, expired_at: now }).where('id', '=', id).execute();
      await bumpNoiseRevision(trx, now);
      await cancelJobsByKeyPrefix(trx, 'hold.release', `release:${id}:`, now);
      await scheduleHoldRelease(trx, this.runtime.database.dialect, id, now, now);
      await recordAudit(trx, who, now, { action: 'silence.expire', entityType: 'silence', entityId: id, before: silenceView(row, now), after: silenceView(after, now) });
      return silenceView(after, now);
    });
  }

  /**
   * Moves a silence's end (to extend it, or end it sooner but not now: that is `expire`) or
   * rewrites its comment. What it matches stays: a different silence is a new one. The release
   * of the alerts it holds moves with the end.
   */
  async change(id: string, change: { end?: GivenEnd; comment?: string }, who: Actor): Promise<SilenceView> {
    const now = this.runtime.clock.now();
    return this.db.transaction().execute(async (trx) => {
      const row = await this.runtime.database.dialect.lockForUpdate(trx.selectFrom('silences').selectAll().where('id', '=', id)).executeTakeFirst();
      if (!row) throw notFound(id);
      if (Number(row.ends_at) <= now) {
        throw new VigilError('VIGIL_CONFLICT', `silence ${id} ended at ${iso(Number(row.ends_at))}; an ended silence cannot be changed: make a new one (POST /api/v1/silences)`);
      }
      const endsAt = change.end === undefined ? Number(row.ends_at) : endFrom(change.end, Number(row.starts_at));
      const problems = changeProblems(Number(row.starts_at), endsAt, now);
      if (problems.length > 0) throw new VigilError('VIGIL_UNPROCESSABLE', `cannot change silence ${id}: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`, problems);
      const after: SilenceRow = { ...row, ends_at: endsAt, comment: change.comment ?? row.comment };
      const moved = endsAt !== Number(row.ends_at);
      if (!moved && after.comment === row.comment) return silenceView(row, now);
      await trx.updateTable('silences').set({ ends_at: after.ends_at, comment: after.comment }).where('id', '=', id).execute();
      // The comment is what held alerts show, and the end is when they are let go: both are read by the pipeline.
      await bumpNoiseRevision(trx, now);
      if (moved) {
        await cancelJobsByKeyPrefix(trx, 'hold.release', `release:${id}:`, now);
        await scheduleHoldRelease(trx, this.runtime.database.dialect, id, after.ends_at, now);
      }
      await recordAudit(trx, who, now, { action: 'silence.update', entityType: 'silence', entityId: id, before: silenceView(row, now), after: silenceView(after, now) });
      return silenceView(after, now);
    });
  }

  /** How many alerts of the last day the matchers would have held, with a few of them. */
  async preview(matchers: readonly Matcher[], services: readonly string[] | null) {
    const now = this.runtime.clock.now();
    const since = now - PREVIEW_WINDOW_MS;
    const compiled = compileMatchers(matchers);
    let query = this.db.selectFrom('alerts')
      .select(['id', 'service_id', 'dedup_key', 'summary', 'source', 'component', 'group_name', 'class', 'incoming_severity', 'labels', 'details', 'last_seen_at'])
      .where('last_seen_at', '>=', since);
    if (services !== null && services.length > 0) query = query.where('service_id', 'in', [...services]);
    const rows = await query.orderBy('last_seen_at', 'desc').limit(PREVIEW_SCAN).execute();
    const matched = rows.filter((row) => matchesAll(compiled, matchableOf(row)));
    return {
      matching: matched.length,
      scanned: rows.length,
      since: iso(since),
      examples: matched.slice(0, 5).map((row) => ({ id: row.id, service: row.service_id, summary: row.summary, last_seen_at: iso(Number(row.last_seen_at)) })),
    };
  }

  /** The silence "alerts like this incident's" would be: `=` on every label its alerts share, on its service. */
  async proposalFor(ref: string, durationMs: number, comment: string | undefined) {
    const incident = await findIncident(this.db, ref);
    const alerts = await this.db.selectFrom('alerts').select('labels').where('incident_id', '=', incident.id).orderBy('first_seen_at', 'desc').limit(INCIDENT_ALERTS).execute();
    const shared = sharedLabels(alerts.map((a) => parseJson<Record<string, string>>(a.labels))).slice(0, 20);
    if (shared.length === 0) {
      throw new VigilError('VIGIL_UNPROCESSABLE', `the alerts of incident #${incident.number} share no label to silence them by; POST /api/v1/silences with matchers of your own`, [{ path: 'params.ref', message: 'no shared labels' }]);
    }
    const now = this.runtime.clock.now();
    const input: SilenceInput = {
      matchers: shared.map(([name, value]) => ({ field: `labels.${name}`, op: '=' as const, value })),
      services: incident.service_id === null ? null : [incident.service_id],
      startsAt: now,
      endsAt: now + durationMs,
      comment: comment ?? `Silenced from incident #${incident.number} (${incident.title}) for ${formatDuration(durationMs)}`,
    };
    return { input, incident };
  }
}

function encodeCursor(state: SilenceState, value: number, id: string): string {
  return Buffer.from(`${state}:${value}:${id}`, 'utf8').toString('base64url');
}

function decodeCursor(cursor: string, state: SilenceState): { value: number; id: string } {
  const [kind, value, id] = Buffer.from(cursor, 'base64url').toString('utf8').split(':');
  if (kind !== state || value === undefined || !/^\d{1,15}$/.test(value) || id === undefined || !id.startsWith('sil_')) {
    throw new VigilError('VIGIL_INVALID_CURSOR', 'the cursor is not one this server issued for this state; start again without it', [{ path: 'query.cursor', message: 'malformed cursor' }]);
  }
  return { value: Number(value), id };
}
