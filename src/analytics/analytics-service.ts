import type { Kysely } from 'kysely';
import type { SqlDialect } from '../core/db/dialect.js';
import type { Schema } from '../core/db/schema.js';
import { VigilError, invalidField } from '../core/errors.js';
import { unitsToAmount } from '../cost/cost-calculation.js';
import { incidentCost } from '../cost/cost-store.js';
import { formatUnits } from '../cost/decimal.js';
import { minorDigits } from '../cost/impact-model.js';
import { resolveSchedule } from '../oncall/schedule-resolver.js';
import { loadSchedules } from '../oncall/schedule-store.js';
import { assertTimeZone, DAY_MS, HOUR_MS, instantAt, wallTime, wallTimeAt } from '../oncall/wall-clock.js';
import { costLines, openIncidentIds, pagesIn, repeatGroups, slotCounts, summaryFigures, type PageRecord, type Scope } from './analytics-store.js';
import { DEFAULT_RANGE_DAYS, hourClass, MAX_RANGE_DAYS, SLEEP_HOURS, type HourClass } from './definitions.js';

export interface AnalyticsQuery {
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly service?: string | undefined;
  readonly team?: string | undefined;
  readonly severity?: string | undefined;
}

const seconds = (ms: number | null): number | null => (ms === null ? null : Math.round(ms / 10) / 100);
const share = (part: number, whole: number): number | null => (whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000);

export interface DurationStats {
  readonly mean: number | null;
  readonly p50: number | null;
  readonly p90: number | null;
  /** Incidents measured. */
  readonly count: number;
}

export interface ComplianceRow {
  readonly severity: string;
  readonly severity_name: string;
  readonly incidents: number;
  readonly met: number;
  readonly breached: number;
  readonly share: number | null;
}

export interface Summary {
  readonly from: string;
  readonly to: string;
  readonly incidents: number;
  readonly open: number;
  readonly resolved: number;
  readonly not_acknowledged_by_person: number;
  readonly mtta: DurationStats;
  readonly mttr: DurationStats;
  readonly compliance: ComplianceRow[];
  readonly escalation: { readonly escalated: number; readonly rate: number | null };
  readonly resolution: { readonly by_hand: number; readonly automatic: number; readonly open: number };
  readonly repeats: { readonly incidents: number; readonly share: number | null; readonly groups: { service: string; signature: string; summary: string; incidents: number; last_incident: number }[] };
  readonly status_updates: { readonly due: number; readonly on_time: number; readonly late: number; readonly share: number | null };
}

export type Bucket = 'day' | 'week' | 'month';

export interface OverTimeBucket {
  readonly start: string;
  readonly incidents: number;
  readonly mtta_mean: number | null;
  readonly mttr_mean: number | null;
}

export interface PersonLoad {
  readonly user: string;
  readonly name: string;
  readonly time_zone: string;
  readonly pages: number;
  readonly interruptions: number;
  readonly business_hours: number;
  readonly off_hours: number;
  readonly sleep_hours: number;
  readonly nights_interrupted: number;
  readonly shifts: number;
  readonly hours_on_call: number;
}

export interface RotationShare {
  readonly schedule: string;
  readonly name: string;
  readonly people: { readonly user: string; readonly hours_on_call: number; readonly hours_share: number | null; readonly interruptions: number; readonly interruptions_share: number | null }[];
}

export interface OncallLoad {
  readonly from: string;
  readonly to: string;
  readonly people: PersonLoad[];
  readonly rotations: RotationShare[];
  /** heat_map[weekday 0 = Monday][hour 0–23]: interruptions in the paged person's own zone. */
  readonly heat_map: number[][];
}

export interface CostRow {
  readonly incident: number;
  readonly title: string;
  readonly service: string | null;
  readonly triggered_at: string;
  readonly amount: number;
  readonly currency: string;
  readonly provisional: boolean;
  readonly calculation: string;
}

export interface CostTotal {
  readonly service: string | null;
  readonly month: string;
  readonly currency: string;
  readonly incidents: number;
  readonly amount: number;
}

export interface Costs {
  readonly from: string;
  readonly to: string;
  readonly incidents: CostRow[];
  readonly by_service: { service: string | null; currency: string; incidents: number; amount: number }[];
  readonly by_month: { month: string; currency: string; incidents: number; amount: number }[];
  readonly by_service_and_month: CostTotal[];
  readonly totals: { currency: string; incidents: number; amount: number }[];
}

function parseInstant(value: string | undefined, path: string): number | null {
  if (value === undefined || value === '') return null;
  const ms = Date.parse(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(ms)) throw invalidField(path, `must be an ISO 8601 date or date-time such as 2026-03-01 or 2026-03-01T00:00:00Z, not "${value}"`);
  return ms;
}

/** Answers the analytics questions; every rule is in definitions.ts. */
export class AnalyticsService {
  constructor(
    private readonly db: Kysely<Schema>,
    private readonly dialect: SqlDialect,
    private readonly now: () => number,
  ) {}

  /** Runs a report's reads in one transaction prepared for them (no JIT on PostgreSQL). */
  private report<T>(work: (db: Kysely<Schema>) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(async (trx) => {
      await this.dialect.prepareReport(trx);
      return work(trx);
    });
  }

  /** The range and filters, validated: unknown service, team or severity is a 422 naming it. */
  async scope(query: AnalyticsQuery): Promise<Scope> {
    const now = this.now();
    const to = parseInstant(query.to, 'query.to') ?? now;
    const from = parseInstant(query.from, 'query.from') ?? to - DEFAULT_RANGE_DAYS * DAY_MS;
    if (from >= to) throw invalidField('query.from', `must be before query.to (${new Date(to).toISOString()})`);
    if (to - from > MAX_RANGE_DAYS * DAY_MS) throw new VigilError('VIGIL_RANGE_TOO_LARGE', `the range is ${Math.ceil((to - from) / DAY_MS)} days; ask for at most ${MAX_RANGE_DAYS} days at a time`, [{ path: 'query.from', message: `at most ${MAX_RANGE_DAYS} days before query.to` }]);
    const serviceId = query.service ?? null;
    const teamId = query.team ?? null;
    const severityId = query.severity ?? null;
    if (serviceId !== null && !(await this.db.selectFrom('services').select('id').where('id', '=', serviceId).executeTakeFirst())) throw unknown('service', serviceId, 'GET /api/v1/services');
    if (teamId !== null && !(await this.db.selectFrom('teams').select('id').where('id', '=', teamId).executeTakeFirst())) throw unknown('team', teamId, 'GET /api/v1/teams');
    if (severityId !== null && !(await this.db.selectFrom('severities').select('id').where('id', '=', severityId).executeTakeFirst())) throw unknown('severity', severityId, 'GET /api/v1/severities');
    return { from, to, serviceId, teamId, severityId };
  }

  async summary(scope: Scope): Promise<Summary> {
    const now = this.now();
    // Two reports side by side: on PostgreSQL each on its own connection, so the time is the longer one's.
    const [figures, groups, severities] = await Promise.all([
      this.report((db) => summaryFigures(db, this.dialect.name, scope, now)),
      this.report((db) => repeatGroups(db, scope, 20)),
      this.db.selectFrom('severities').select(['id', 'name', 'rank']).orderBy('rank').execute(),
    ]);
    const aggregates = figures.severities;
    const percentiles = figures;
    const total = (pick: (a: (typeof aggregates)[number]) => number) => aggregates.reduce((sum, a) => sum + pick(a), 0);
    const incidents = total((a) => a.incidents);
    const acked = total((a) => a.acknowledgedByPerson);
    const resolved = total((a) => a.resolved);
    const escalated = total((a) => a.escalated);
    const repeats = total((a) => a.repeats);
    const due = total((a) => a.updatesDue);
    const late = total((a) => a.updatesLate);
    const bySeverity = new Map(aggregates.map((a) => [a.severityId, a]));
    const compliance = severities
      .filter((s) => bySeverity.has(s.id) || scope.severityId === null || scope.severityId === s.id)
      .map((s): ComplianceRow => {
        const a = bySeverity.get(s.id);
        const met = a?.met ?? 0;
        const breached = a?.breached ?? 0;
        return { severity: s.id, severity_name: s.name, incidents: a?.incidents ?? 0, met, breached, share: share(met, met + breached) };
      });
    return {
      from: new Date(scope.from).toISOString(),
      to: new Date(scope.to).toISOString(),
      incidents,
      open: total((a) => a.open),
      resolved,
      not_acknowledged_by_person: incidents - acked,
      mtta: { mean: acked === 0 ? null : seconds(total((a) => a.mttaSumMs) / acked), p50: seconds(percentiles.mtta.p50), p90: seconds(percentiles.mtta.p90), count: acked },
      mttr: { mean: resolved === 0 ? null : seconds(total((a) => a.mttrSumMs) / resolved), p50: seconds(percentiles.mttr.p50), p90: seconds(percentiles.mttr.p90), count: resolved },
      compliance,
      escalation: { escalated, rate: share(escalated, incidents) },
      resolution: { by_hand: total((a) => a.resolvedByHand), automatic: total((a) => a.autoResolved), open: total((a) => a.open) },
      repeats: {
        incidents: repeats,
        share: share(repeats, incidents),
        groups: groups.map((g) => ({ service: g.serviceId, signature: g.signature, summary: g.summary, incidents: g.incidents, last_incident: g.lastNumber })),
      },
      status_updates: { due, on_time: due - late, late, share: share(due - late, due) },
    };
  }

  /** Incidents per local day, ISO week or month in `timeZone`, with the mean times of each. */
  async overTime(scope: Scope, bucket: Bucket, timeZone: string): Promise<OverTimeBucket[]> {
    checkZone(timeZone);
    const slots = await this.report((db) => slotCounts(db, scope, this.now()));
    const buckets = new Map<number, { incidents: number; acked: number; tta: number; resolved: number; ttr: number }>();
    // Every bucket of the range, empty ones included, so a chart's gaps are real.
    for (let start = bucketStart(scope.from, bucket, timeZone); start < scope.to; start = nextBucket(start, bucket, timeZone)) {
      buckets.set(start, { incidents: 0, acked: 0, tta: 0, resolved: 0, ttr: 0 });
    }
    for (const slot of slots) {
      const key = bucketStart(slot.slot, bucket, timeZone);
      const b = buckets.get(key) ?? { incidents: 0, acked: 0, tta: 0, resolved: 0, ttr: 0 };
      b.incidents += slot.incidents;
      b.acked += slot.acked;
      b.tta += slot.ttaSumMs;
      b.resolved += slot.resolved;
      b.ttr += slot.ttrSumMs;
      buckets.set(key, b);
    }
    return [...buckets.entries()]
      .sort(([a], [b]) => a - b)
      .map(([start, b]) => ({ start: new Date(start).toISOString(), incidents: b.incidents, mtta_mean: b.acked === 0 ? null : seconds(b.tta / b.acked), mttr_mean: b.resolved === 0 ? null : seconds(b.ttr / b.resolved) }));
  }

  async oncallLoad(scope: Scope): Promise<OncallLoad> {
    const pages = await pagesIn(this.db, scope.from, scope.to, scope.teamId);
    let scheduleQuery = this.db.selectFrom('schedules').select('id');
    if (scope.teamId !== null) scheduleQuery = scheduleQuery.where('team_id', '=', scope.teamId);
    const scheduleIds = (await scheduleQuery.execute()).map((s) => s.id);
    const schedules = await loadSchedules(this.db, scheduleIds, { from: scope.from, to: scope.to });
    const users = new Map((await this.db.selectFrom('users').select(['id', 'name', 'time_zone']).execute()).map((u) => [u.id, u]));
    const teamMembers = scope.teamId === null ? null : new Set((await this.db.selectFrom('team_members').select('user_id').where('team_id', '=', scope.teamId).execute()).map((m) => m.user_id));

    const people = new Map<string, { pages: number; interruptions: number; classes: Record<HourClass, number>; nights: Set<string>; shifts: number; onCallMs: number }>();
    const person = (userId: string) => {
      let p = people.get(userId);
      if (!p) {
        p = { pages: 0, interruptions: 0, classes: { business: 0, off: 0, sleep: 0 }, nights: new Set(), shifts: 0, onCallMs: 0 };
        people.set(userId, p);
      }
      return p;
    };
    const heat = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
    const rotationInterruptions = new Map<string, Map<string, number>>();
    for (const page of firstPages(pages)) {
      const p = person(page.userId);
      p.interruptions += 1;
      const local = localParts(page.timeZone, page.at);
      const cls = hourClass(local.isoWeekday, local.hour);
      p.classes[cls] += 1;
      if (cls === 'sleep') p.nights.add(local.night);
      heat[local.isoWeekday - 1]![local.hour]! += 1;
      if (page.target.startsWith('schedule:')) {
        const scheduleId = page.target.slice('schedule:'.length);
        const counts = rotationInterruptions.get(scheduleId) ?? new Map<string, number>();
        counts.set(page.userId, (counts.get(page.userId) ?? 0) + 1);
        rotationInterruptions.set(scheduleId, counts);
      }
    }
    for (const page of pages) person(page.userId).pages += 1;

    const rotations: RotationShare[] = [];
    for (const schedule of [...schedules.values()].sort((a, b) => a.name.localeCompare(b.name))) {
      const hours = new Map<string, number>();
      for (const shift of mergedShifts(resolveSchedule(schedule, scope.from, scope.to))) {
        const ms = Math.min(shift.end, scope.to) - Math.max(shift.start, scope.from);
        if (ms <= 0) continue;
        hours.set(shift.userId, (hours.get(shift.userId) ?? 0) + ms);
        if (teamMembers === null || teamMembers.has(shift.userId)) {
          const p = person(shift.userId);
          p.shifts += 1;
          p.onCallMs += ms;
        }
      }
      const interruptions = rotationInterruptions.get(schedule.id) ?? new Map<string, number>();
      const totalMs = [...hours.values()].reduce((a, b) => a + b, 0);
      const totalInterruptions = [...interruptions.values()].reduce((a, b) => a + b, 0);
      const ids = [...new Set([...hours.keys(), ...interruptions.keys()])].sort();
      rotations.push({
        schedule: schedule.id,
        name: schedule.name,
        people: ids.map((id) => ({
          user: id,
          hours_on_call: roundHours(hours.get(id) ?? 0),
          hours_share: share(hours.get(id) ?? 0, totalMs),
          interruptions: interruptions.get(id) ?? 0,
          interruptions_share: share(interruptions.get(id) ?? 0, totalInterruptions),
        })),
      });
    }
    const rows = [...people.entries()].map(([id, p]): PersonLoad => {
      const user = users.get(id);
      return {
        user: id,
        name: user?.name ?? id,
        time_zone: user?.time_zone ?? 'UTC',
        pages: p.pages,
        interruptions: p.interruptions,
        business_hours: p.classes.business,
        off_hours: p.classes.off,
        sleep_hours: p.classes.sleep,
        nights_interrupted: p.nights.size,
        shifts: p.shifts,
        hours_on_call: roundHours(p.onCallMs),
      };
    });
    rows.sort((a, b) => b.interruptions - a.interruptions || b.hours_on_call - a.hours_on_call || a.user.localeCompare(b.user));
    return { from: new Date(scope.from).toISOString(), to: new Date(scope.to).toISOString(), people: rows, rotations, heat_map: heat };
  }

  async costs(scope: Scope): Promise<Costs> {
    const now = this.now();
    const lines = await costLines(this.db, scope);
    const rows = new Map<string, { row: Omit<CostRow, 'amount' | 'calculation'>; minor: bigint; parts: string[]; month: string; serviceId: string | null }>();
    for (const line of lines) {
      const key = `${line.incidentId}\u0000${line.currency}`;
      const entry = rows.get(key) ?? {
        row: { incident: line.number, title: line.title, service: line.serviceId, triggered_at: new Date(line.triggeredAt).toISOString(), currency: line.currency, provisional: false },
        minor: 0n,
        parts: [],
        month: new Date(line.triggeredAt).toISOString().slice(0, 7),
        serviceId: line.serviceId,
      };
      entry.minor += BigInt(line.amountMinor);
      entry.parts.push(`${line.label}: ${line.formula}`);
      rows.set(key, entry);
    }
    const result: (CostRow & { minor: bigint; month: string })[] = [...rows.values()].map((e) => ({
      ...e.row,
      amount: unitsToAmount(e.minor, e.row.currency),
      calculation: e.parts.length === 1 ? e.parts[0]! : `${e.parts.join('; ')}; total ${formatUnits(e.minor, minorDigits(e.row.currency))} ${e.row.currency}`,
      minor: e.minor,
      month: e.month,
    }));
    // Open incidents: the live figure to now, as the incident's own cost panel shows it.
    for (const id of await openIncidentIds(this.db, scope)) {
      const live = await incidentCost(this.db, id, now);
      if (live.currency === null || live.amount_minor === null) continue;
      const incident = await this.db.selectFrom('incidents').select(['title', 'service_id', 'triggered_at']).where('id', '=', id).executeTakeFirstOrThrow();
      result.push({
        incident: live.incident,
        title: incident.title,
        service: incident.service_id,
        triggered_at: new Date(incident.triggered_at).toISOString(),
        amount: live.amount ?? 0,
        currency: live.currency,
        provisional: true,
        calculation: live.formula ?? '',
        minor: BigInt(live.amount_minor),
        month: new Date(incident.triggered_at).toISOString().slice(0, 7),
      });
    }
    result.sort((a, b) => a.triggered_at.localeCompare(b.triggered_at) || a.incident - b.incident);
    const group = <K extends string>(keyOf: (r: (typeof result)[number]) => K) => {
      const totals = new Map<K, { minor: bigint; incidents: Set<number>; currency: string; sample: (typeof result)[number] }>();
      for (const r of result) {
        const key = keyOf(r);
        const t = totals.get(key) ?? { minor: 0n, incidents: new Set<number>(), currency: r.currency, sample: r };
        t.minor += r.minor;
        t.incidents.add(r.incident);
        totals.set(key, t);
      }
      return [...totals.values()].map((t) => ({ sample: t.sample, currency: t.currency, incidents: t.incidents.size, amount: unitsToAmount(t.minor, t.currency) }));
    };
    const byServiceMonth = group((r) => `${r.service ?? ''}\u0000${r.month}\u0000${r.currency}`)
      .map((t) => ({ service: t.sample.service, month: t.sample.month, currency: t.currency, incidents: t.incidents, amount: t.amount }))
      .sort((a, b) => a.month.localeCompare(b.month) || (a.service ?? '').localeCompare(b.service ?? '') || a.currency.localeCompare(b.currency));
    return {
      from: new Date(scope.from).toISOString(),
      to: new Date(scope.to).toISOString(),
      incidents: result.map(({ minor: _minor, month: _month, ...row }) => row),
      by_service: group((r) => `${r.service ?? ''}\u0000${r.currency}`)
        .map((t) => ({ service: t.sample.service, currency: t.currency, incidents: t.incidents, amount: t.amount }))
        .sort((a, b) => b.amount - a.amount || (a.service ?? '').localeCompare(b.service ?? '')),
      by_month: group((r) => `${r.month}\u0000${r.currency}`)
        .map((t) => ({ month: t.sample.month, currency: t.currency, incidents: t.incidents, amount: t.amount }))
        .sort((a, b) => a.month.localeCompare(b.month) || a.currency.localeCompare(b.currency)),
      by_service_and_month: byServiceMonth,
      totals: group((r) => r.currency).map((t) => ({ currency: t.currency, incidents: t.incidents, amount: t.amount })).sort((a, b) => a.currency.localeCompare(b.currency)),
    };
  }
}

function unknown(what: string, id: string, list: string): VigilError {
  return new VigilError('VIGIL_REFERENCE_NOT_FOUND', `no ${what} "${id}": ${list} lists them`, [{ path: `query.${what}`, message: `no ${what} has id "${id}"` }]);
}

function checkZone(timeZone: string): void {
  try {
    assertTimeZone(timeZone);
  } catch {
    throw invalidField('query.time_zone', `must be an IANA time zone such as Europe/Berlin or America/New_York, not "${timeZone}"`);
  }
}

/** A person's first page per incident: later pages for it are the same interruption. */
function firstPages(pages: readonly PageRecord[]): PageRecord[] {
  const seen = new Set<string>();
  const first: PageRecord[] = [];
  for (const page of pages) {
    const key = `${page.userId}\u0000${page.incidentId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    first.push(page);
  }
  return first;
}

/** Local weekday (1 Monday … 7 Sunday), hour, and the night (named by its evening's date) of an instant in a zone. */
export function localParts(timeZone: string, instant: number): { isoWeekday: number; hour: number; night: string } {
  let wall: number;
  try {
    wall = wallTimeAt(timeZone, instant);
  } catch {
    wall = instant;
  }
  const date = new Date(wall);
  const hour = date.getUTCHours();
  const isoWeekday = ((date.getUTCDay() + 6) % 7) + 1;
  // 00:00–08:00 belongs to the night that began the evening before.
  const nightOf = hour < SLEEP_HOURS.to ? new Date(wall - DAY_MS) : date;
  return { isoWeekday, hour, night: nightOf.toISOString().slice(0, 10) };
}

/** Back-to-back pieces of one person's time on call (a layer handing to an override and back) are one shift. */
function mergedShifts(shifts: readonly { userId: string; start: number; end: number }[]): { userId: string; start: number; end: number }[] {
  const sorted = [...shifts].sort((a, b) => a.start - b.start);
  const merged: { userId: string; start: number; end: number }[] = [];
  for (const shift of sorted) {
    const last = merged.at(-1);
    if (last && last.userId === shift.userId && last.end >= shift.start) last.end = Math.max(last.end, shift.end);
    else merged.push({ userId: shift.userId, start: shift.start, end: shift.end });
  }
  return merged;
}

const roundHours = (ms: number): number => Math.round((ms / HOUR_MS) * 100) / 100;

/** The instant the bucket holding `instant` begins, in `timeZone`. */
export function bucketStart(instant: number, bucket: Bucket, timeZone: string): number {
  const date = new Date(wallTimeAt(timeZone, instant));
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  switch (bucket) {
    case 'day':
      return instantAt(timeZone, wallTime(y, m, d));
    case 'week': {
      const back = (date.getUTCDay() + 6) % 7;
      const monday = new Date(Date.UTC(y, m - 1, d - back));
      return instantAt(timeZone, wallTime(monday.getUTCFullYear(), monday.getUTCMonth() + 1, monday.getUTCDate()));
    }
    case 'month':
      return instantAt(timeZone, wallTime(y, m, 1));
  }
}

function nextBucket(start: number, bucket: Bucket, timeZone: string): number {
  const date = new Date(wallTimeAt(timeZone, start));
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  switch (bucket) {
    case 'day':
      return instantAt(timeZone, wallTime(y, m, d + 1));
    case 'week':
      return instantAt(timeZone, wallTime(y, m, d + 7));
    case 'month':
      return instantAt(timeZone, wallTime(y, m + 1, 1));
  }
}
