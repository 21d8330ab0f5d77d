import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DialectName } from '../core/db/dialect.js';
import type { Schema } from '../core/db/schema.js';

/** Which incidents a question is about (definitions.ts, "scope"). Instants in epoch ms; `to` exclusive. */
export interface Scope {
  readonly from: number;
  readonly to: number;
  readonly serviceId: string | null;
  readonly teamId: string | null;
  readonly severityId: string | null;
}

const num = (value: unknown): number => Number(value ?? 0);
const numOrNull = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

/** The where clause on `incidents i` every question shares. */
function scopeWhere(scope: Scope): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [sql`i.triggered_at >= ${scope.from}`, sql`i.triggered_at < ${scope.to}`, sql`i.merged_into is null`];
  if (scope.serviceId !== null) parts.push(sql`i.service_id = ${scope.serviceId}`);
  if (scope.teamId !== null) parts.push(sql`i.service_id in (select id from services where team_id = ${scope.teamId})`);
  if (scope.severityId !== null) parts.push(sql`i.severity_id = ${scope.severityId}`);
  return sql.join(parts, sql` and `);
}

/**
 * One row per incident in scope with what the definitions need. The facts that come from the
 * timeline (first acknowledgement by a person before the first resolve, first resolve, who
 * resolved last, hand escalation, repeat) are kept on the incident row by incident-facts.ts, so
 * this reads one row per incident; the scope is materialised once for every use below.
 */
function factsCte(scope: Scope, now: number): RawBuilder<unknown> {
  return sql`facts as (
      select i.id, i.severity_id, i.triggered_at, i.respond_by, i.status, i.service_id,
        i.person_ack_at as ack_at, i.first_resolved_at,
        case when i.status = 'resolved' then i.resolved_at - i.triggered_at end as ttr,
        i.escalated_by_hand, i.resolved_by_person, i.repeat_of_recent,
        ${sql.lit(Math.trunc(now))} as now_ms
      from incidents i where ${scopeWhere(scope)}
    )`;
}

export interface SeverityAggregate {
  readonly severityId: string;
  readonly incidents: number;
  readonly open: number;
  readonly acknowledgedByPerson: number;
  readonly mttaSumMs: number;
  readonly resolved: number;
  readonly mttrSumMs: number;
  readonly met: number;
  readonly breached: number;
  readonly escalated: number;
  readonly resolvedByHand: number;
  readonly autoResolved: number;
  readonly repeats: number;
  readonly updatesDue: number;
  readonly updatesLate: number;
}

export interface Percentiles {
  readonly p50: number | null;
  readonly p90: number | null;
}

export interface SummaryFigures {
  readonly severities: SeverityAggregate[];
  readonly mtta: Percentiles;
  readonly mttr: Percentiles;
}

/**
 * Everything of the summary over the facts kept on the incident rows, read from the covering index
 * `incidents_analytics` (severity, trigger time, then every column used) with no table look-ups:
 * counts and sums per current severity (a loop over the severities, so each one's rows come out of
 * the index already grouped and nothing is sorted for the grouping), and the nearest-rank p50 and
 * p90 of the times to acknowledge and to resolve (rank ceil(p × n / 100)): on PostgreSQL in the
 * same statement with `percentile_disc`, on SQLite sorted in process (below).
 */
export async function summaryFigures(db: Kysely<Schema>, dialect: DialectName, scope: Scope, now: number): Promise<SummaryFigures> {
  if (dialect === 'sqlite') return summaryFiguresInProcess(db, scope, now);
  const result = await summaryFiguresQuery(scope, now).execute(db);
  const severities = result.rows.filter((r) => r.part === 'sev').map(severityFigures);
  const ranked = (metric: string): Percentiles => {
    const row = result.rows.find((r) => r.part === metric);
    return { p50: numOrNull(row?.c1), p90: numOrNull(row?.c2) };
  };
  return { severities, mtta: ranked('mtta'), mttr: ranked('mttr') };
}

/** One severity's counts and sums, as `severityAggregates` names its columns (c1…c14). */
function severityFigures(r: Record<string, unknown>): SeverityAggregate {
  return {
    severityId: String(r.severity_id),
    incidents: num(r.c1),
    open: num(r.c2),
    acknowledgedByPerson: num(r.c3),
    mttaSumMs: num(r.c4),
    resolved: num(r.c5),
    mttrSumMs: num(r.c6),
    met: num(r.c7),
    breached: num(r.c8),
    escalated: num(r.c9),
    resolvedByHand: num(r.c10),
    autoResolved: num(r.c11),
    repeats: num(r.c12),
    updatesDue: num(r.c13),
    updatesLate: num(r.c14),
  };
}

/**
 * On SQLite, which runs in Vigil's own process, sorting the durations there is cheaper than a
 * window: SQLite's `row_number()` over 250,000 rows costs about four times a read of the same
 * durations from the covering index and a sort of a Float64Array (measured in
 * bench/results/analytics-2026-12-05.md). The counts stay one statement; the durations in range
 * are read with a second one, and the nearest rank picked the same way.
 */
async function summaryFiguresInProcess(db: Kysely<Schema>, scope: Scope, now: number): Promise<SummaryFigures> {
  const result = await sql<Record<string, unknown>>`${severityAggregates(scope, now)}`.execute(db);
  const severities = result.rows.map(severityFigures);
  const durations = await sql<{ tta: number | null; ttr: number | null }>`select i.person_ack_at - i.triggered_at as tta,
      case when i.status = 'resolved' then i.resolved_at - i.triggered_at end as ttr
    from incidents i where ${scopeWhere(scope)}`.execute(db);
  const tta = new Float64Array(durations.rows.length);
  const ttr = new Float64Array(durations.rows.length);
  let nTta = 0;
  let nTtr = 0;
  for (const row of durations.rows) {
    if (row.tta !== null) tta[nTta++] = Number(row.tta);
    if (row.ttr !== null) ttr[nTtr++] = Number(row.ttr);
  }
  const ranked = (values: Float64Array, n: number): Percentiles => {
    if (n === 0) return { p50: null, p90: null };
    const sorted = values.subarray(0, n).sort();
    return { p50: sorted[Math.floor((50 * n + 99) / 100) - 1]!, p90: sorted[Math.floor((90 * n + 99) / 100) - 1]! };
  };
  return { severities, mtta: ranked(tta, nTta), mttr: ranked(ttr, nTtr) };
}

/** Counts and sums per current severity ('sev' rows of the summary). */
function severityAggregates(scope: Scope, now: number): RawBuilder<Record<string, unknown>> {
  const nowMs = sql.lit(Math.trunc(now));
  // Severities cannot be removed while an incident uses one (config/sections/severities.ts), so the join loses no incident.
  return sql<Record<string, unknown>>`select 'sev' as part, s.id as severity_id,
      count(*) as c1,
      sum(case when i.status <> 'resolved' then 1 else 0 end) as c2,
      count(i.person_ack_at) as c3,
      coalesce(sum(i.person_ack_at - i.triggered_at), 0) as c4,
      sum(case when i.status = 'resolved' then 1 else 0 end) as c5,
      coalesce(sum(case when i.status = 'resolved' then i.resolved_at - i.triggered_at end), 0) as c6,
      -- Response target: met (acknowledged by a person by respond_by) or breached (later, or not by then and not resolved before it).
      sum(case when i.person_ack_at is not null and i.person_ack_at <= i.respond_by then 1 else 0 end) as c7,
      sum(case when i.person_ack_at is not null then case when i.person_ack_at > i.respond_by then 1 else 0 end
        when coalesce(i.first_resolved_at, ${nowMs}) > i.respond_by then 1 else 0 end) as c8,
      -- Kept on the row (incidents/incident-facts-sql.ts): a page at level 2 or beyond; status updates 0 not due, 1 on time, 2 late.
      sum(case when i.escalated_by_hand = 1 or i.reached_level_2 = 1 then 1 else 0 end) as c9,
      sum(case when i.status = 'resolved' and i.resolved_by_person = 1 then 1 else 0 end) as c10,
      sum(case when i.status = 'resolved' and i.resolved_by_person = 0 then 1 else 0 end) as c11,
      sum(i.repeat_of_recent) as c12,
      sum(case when i.update_outcome > 0 then 1 else 0 end) as c13,
      sum(case when i.update_outcome = 2 then 1 else 0 end) as c14
    from severities s join incidents i on i.severity_id = s.id
    where ${scopeWhere(scope)} group by s.id`;
}

/**
 * The statement of `summaryFigures` on PostgreSQL, for it and for the benchmark's query plans:
 * the counts per severity, then one row per duration with its p50 (c1) and p90 (c2).
 * `percentile_disc(p)` is the value at row ceil(p × n) of the sorted durations, the nearest rank of
 * definitions.ts; both percentiles of a duration share one sort.
 */
export function summaryFiguresQuery(scope: Scope, now: number): RawBuilder<Record<string, unknown>> {
  const nulls = sql.raw(Array.from({ length: 12 }, () => 'null').join(', '));
  return sql<Record<string, unknown>>`${severityAggregates(scope, now)}
    union all
    select 'mtta', null, percentile_disc(0.5) within group (order by i.person_ack_at - i.triggered_at),
      percentile_disc(0.9) within group (order by i.person_ack_at - i.triggered_at), ${nulls}
    from incidents i where ${scopeWhere(scope)} and i.person_ack_at is not null
    union all
    select 'mttr', null, percentile_disc(0.5) within group (order by i.resolved_at - i.triggered_at),
      percentile_disc(0.9) within group (order by i.resolved_at - i.triggered_at), ${nulls}
    from incidents i where ${scopeWhere(scope)} and i.status = 'resolved'`;
}

/** The statement whose plan the benchmark prints: the whole summary on PostgreSQL, the counts on SQLite. */
export function summaryPlanQuery(dialect: DialectName, scope: Scope, now: number): RawBuilder<Record<string, unknown>> {
  return dialect === 'sqlite' ? severityAggregates(scope, now) : summaryFiguresQuery(scope, now);
}

export const SLOT_MS = 15 * 60_000;

export interface SlotCount {
  /** Start of a 15-minute slot (every time zone's offset is a multiple of 15 minutes). */
  readonly slot: number;
  readonly incidents: number;
  readonly acked: number;
  readonly ttaSumMs: number;
  readonly resolved: number;
  readonly ttrSumMs: number;
}

/** Incidents and their time sums per 15-minute slot of the trigger: buckets in any zone are unions of slots. */
export async function slotCounts(db: Kysely<Schema>, scope: Scope, now: number): Promise<SlotCount[]> {
  const result = await sql<Record<string, unknown>>`with ${factsCte(scope, now)}
    select triggered_at - (triggered_at % ${sql.lit(SLOT_MS)}) as slot, count(*) as incidents,
      count(ack_at) as acked, coalesce(sum(ack_at - triggered_at), 0) as tta_sum,
      count(ttr) as resolved, coalesce(sum(ttr), 0) as ttr_sum
    from facts group by triggered_at - (triggered_at % ${sql.lit(SLOT_MS)}) order by 1`.execute(db);
  return result.rows.map((r) => ({ slot: num(r.slot), incidents: num(r.incidents), acked: num(r.acked), ttaSumMs: num(r.tta_sum), resolved: num(r.resolved), ttrSumMs: num(r.ttr_sum) }));
}

export interface RepeatGroup {
  readonly serviceId: string;
  readonly signature: string;
  readonly summary: string;
  readonly incidents: number;
  readonly lastNumber: number;
}

/** Signatures that opened more than one incident on a service in scope, most incidents first. */
export async function repeatGroups(db: Kysely<Schema>, scope: Scope, limit: number): Promise<RepeatGroup[]> {
  const result = await sql<Record<string, unknown>>`select a.service_id, a.signature, max(a.summary) as summary, count(distinct a.incident_id) as incidents, max(i.number) as last_number
    from incidents i join alerts a on a.incident_id = i.id
    where ${scopeWhere(scope)} and a.signature is not null
    group by a.service_id, a.signature having count(distinct a.incident_id) > 1
    order by count(distinct a.incident_id) desc, a.service_id, a.signature limit ${limit}`.execute(db);
  return result.rows.map((r) => ({ serviceId: String(r.service_id), signature: String(r.signature), summary: String(r.summary), incidents: num(r.incidents), lastNumber: num(r.last_number) }));
}

export interface PageRecord {
  readonly userId: string;
  readonly userName: string;
  readonly timeZone: string;
  readonly incidentId: string;
  readonly at: number;
  readonly target: string;
}

/** Pages sent in [from, to), merged-away incidents' included (they reached people), optionally to one team's members. */
export async function pagesIn(db: Kysely<Schema>, from: number, to: number, teamId: string | null): Promise<PageRecord[]> {
  let query = db
    .selectFrom('pages as p')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .select(['p.user_id', 'u.name', 'u.time_zone', 'p.incident_id', 'p.created_at', 'p.target'])
    .where('p.created_at', '>=', from)
    .where('p.created_at', '<', to);
  if (teamId !== null) query = query.where('p.user_id', 'in', db.selectFrom('team_members').select('user_id').where('team_id', '=', teamId));
  const rows = await query.orderBy('p.created_at').orderBy('p.id').execute();
  return rows.map((r) => ({ userId: r.user_id, userName: r.name, timeZone: r.time_zone, incidentId: r.incident_id, at: Number(r.created_at), target: r.target }));
}

export interface CostLineRecord {
  readonly incidentId: string;
  readonly number: number;
  readonly title: string;
  readonly serviceId: string | null;
  readonly triggeredAt: number;
  readonly label: string;
  readonly amountMinor: number;
  readonly currency: string;
  readonly formula: string;
}

/** The active ledger lines of resolved incidents in scope. */
export async function costLines(db: Kysely<Schema>, scope: Scope): Promise<CostLineRecord[]> {
  const result = await sql<Record<string, unknown>>`select i.id, i.number, i.title, i.service_id, i.triggered_at, l.label, l.amount_minor, l.currency, l.formula
    from incidents i join cost_lines l on l.incident_id = i.id
    where ${scopeWhere(scope)} and i.status = 'resolved' and l.voided_at is null
    order by i.triggered_at, i.id, l.kind, l.created_at, l.id`.execute(db);
  return result.rows.map((r) => ({
    incidentId: String(r.id),
    number: num(r.number),
    title: String(r.title),
    serviceId: r.service_id === null ? null : String(r.service_id),
    triggeredAt: num(r.triggered_at),
    label: String(r.label),
    amountMinor: num(r.amount_minor),
    currency: String(r.currency),
    formula: String(r.formula),
  }));
}

/** Open incidents in scope (their cost is live, to now). */
export async function openIncidentIds(db: Kysely<Schema>, scope: Scope): Promise<string[]> {
  const result = await sql<{ id: string }>`select i.id from incidents i where ${scopeWhere(scope)} and i.status <> 'resolved' order by i.triggered_at, i.id`.execute(db);
  return result.rows.map((r) => r.id);
}
