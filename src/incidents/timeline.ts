import { sql, type Kysely, type Transaction } from 'kysely';
import { iso, parseJson } from '../core/db/row-codec.js';
import type { Schema, TimelineRow } from '../core/db/schema.js';

export type TimelineKind =
  | 'declared'
  | 'triggered'
  | 'alert_added'
  | 'alert_warning'
  | 'alert_acknowledged'
  | 'alert_resolved'
  | 'acknowledged'
  | 'unacknowledged'
  | 'resolved'
  | 'reopened'
  | 'note'
  | 'severity_changed'
  | 'commander_changed'
  | 'paged'
  | 'escalated'
  | 'escalation_warning'
  | 'escalation_exhausted'
  | 'runbook_step'
  | 'role_assigned'
  | 'role_cleared'
  | 'status_update'
  | 'update_reminder'
  | 'handoff'
  | 'impact_changed'
  | 'response_target_breached'
  | 'maintenance_started'
  | 'maintenance_ended'
  | 'flapping_started'
  | 'flapping_stopped'
  | 'storm_started'
  | 'storm_ended'
  | 'group_waiting'
  | 'group_update'
  | 'merged_into'
  | 'merged_from'
  | 'alert_split';

export interface TimelineEntryInput {
  readonly kind: TimelineKind;
  readonly actor: string;
  readonly message: string;
  readonly data?: Readonly<Record<string, unknown>>;
}

export interface TimelineEntry {
  readonly seq: number;
  readonly at: string;
  readonly kind: string;
  readonly actor: string;
  readonly message: string;
  readonly data: Record<string, unknown>;
}

/**
 * Appends one entry. Must run in the transaction that made the change it records, after the
 * incident row is locked, so `seq` is allocated by one writer at a time; the primary key
 * (incident_id, seq) would reject a second writer anyway.
 */
export async function appendTimeline(trx: Transaction<Schema>, incidentId: string, at: number, entry: TimelineEntryInput): Promise<void> {
  // The next seq and the row in one statement: one round trip on PostgreSQL.
  await sql`insert into timeline_entries (incident_id, seq, at, kind, actor, message, data)
    select ${incidentId}, coalesce(max(seq), 0) + 1, ${at}, ${entry.kind}, ${entry.actor}, ${entry.message}, ${JSON.stringify(entry.data ?? {})} from timeline_entries where incident_id = ${incidentId}`.execute(trx);
}

/** Columns and values of entries written many at a time with `insertRows`, their seq known. */
export const TIMELINE_COLUMNS = ['incident_id', 'seq', 'at', 'kind', 'actor', 'message', 'data'] as const;

export function timelineValues(incidentId: string, seq: number, at: number, entry: TimelineEntryInput): unknown[] {
  return [incidentId, seq, at, entry.kind, entry.actor, entry.message, JSON.stringify(entry.data ?? {})];
}

export async function readTimeline(db: Kysely<Schema>, incidentId: string): Promise<TimelineEntry[]> {
  const rows = await db.selectFrom('timeline_entries').selectAll().where('incident_id', '=', incidentId).orderBy('seq').execute();
  return rows.map(timelineEntryFromRow);
}

function timelineEntryFromRow(row: TimelineRow): TimelineEntry {
  return {
    seq: row.seq,
    at: iso(row.at),
    kind: row.kind,
    actor: row.actor,
    message: row.message,
    data: parseJson<Record<string, unknown>>(row.data),
  };
}
