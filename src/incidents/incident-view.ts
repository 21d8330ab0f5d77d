import { iso } from '../core/db/row-codec.js';
import type { IncidentRow } from '../core/db/schema.js';
import type { Severity } from './severities.js';
import type { TimelineEntry } from './timeline.js';

export type ResponseState = 'met' | 'breached' | 'pending';

/** The response target of an incident: someone must respond (acknowledge or resolve) by `respond_by`. */
export interface ResponseTarget {
  readonly respond_within_seconds: number;
  readonly respond_by: string;
  readonly responded_at: string | null;
  readonly state: ResponseState;
  /** true / false once decided; null while it can still be met. */
  readonly met: boolean | null;
}

export interface IncidentView {
  readonly id: string;
  readonly number: number;
  readonly title: string;
  readonly description: string | null;
  readonly status: IncidentRow['status'];
  readonly severity: { readonly id: string; readonly name: string };
  readonly urgency: IncidentRow['urgency'];
  readonly service: { readonly id: string; readonly name: string } | null;
  readonly commander: { readonly id: string; readonly name: string } | null;
  /** The team that owns the incident's service; null without a service or when it has no team. */
  readonly team: { readonly id: string; readonly name: string } | null;
  readonly created_by: string;
  readonly triggered_at: string;
  readonly acknowledged_at: string | null;
  readonly first_acknowledged_at: string | null;
  readonly resolved_at: string | null;
  readonly updated_at: string;
  readonly response: ResponseTarget;
  /**
   * Where escalation has got to: the policy in effect and whether it was set on the incident (a
   * hand-off) or is its service's; null and null when neither has one. Round and level reached,
   * and the step waiting to run (null once acknowledged, resolved or exhausted).
   */
  readonly escalation: {
    readonly policy: string | null;
    readonly source: 'incident' | 'service' | null;
    readonly round: number;
    readonly level: number;
    readonly next: NextEscalation | null;
  };
  readonly timeline?: readonly TimelineEntry[];
  /** Who holds each incident role, every configured role listed (added by the response slice). */
  readonly roles?: readonly IncidentRoleView[];
  /** When the next status update is due; null when none is expected (added by the response slice). */
  readonly next_update_due_at?: string | null;
  readonly update_state?: 'none' | 'on_time' | 'due' | 'late';
  /** The maintenance window its service is in now, or null (added by the noise slice). */
  readonly maintenance?: { readonly window: string; readonly reason: string; readonly ends_at: string } | null;
}

export interface IncidentRoleView {
  readonly role: string;
  readonly name: string;
  readonly user: { readonly id: string; readonly name: string } | null;
  readonly assigned_at: string | null;
}

/** Fields other slices add to incident views, read once for a batch of incidents (`IncidentService.extendViews`). */
export type IncidentViewExtras = Pick<IncidentView, 'roles' | 'next_update_due_at' | 'update_state' | 'maintenance'>;

/** The escalation step an incident is waiting for: the level paged at `at` unless someone responds first. */
export interface NextEscalation {
  readonly at: string;
  readonly round: number;
  readonly level: number;
}

export interface IncidentRowWithNames extends IncidentRow {
  readonly service_name: string | null;
  readonly team_id: string | null;
  readonly team_name: string | null;
  readonly commander_name: string | null;
  /** The service's escalation policy, in effect unless the incident has its own. */
  readonly service_policy_id: string | null;
}

/** Pure: whether the response target was met, breached, or is still open at `now`. */
export function responseState(respondBy: number, respondedAt: number | null, now: number): ResponseState {
  if (respondedAt !== null) return respondedAt <= respondBy ? 'met' : 'breached';
  return now > respondBy ? 'breached' : 'pending';
}

export function toIncidentView(
  row: IncidentRowWithNames,
  severities: ReadonlyMap<string, Severity>,
  now: number,
  extras: { readonly timeline?: readonly TimelineEntry[]; readonly nextEscalation?: { readonly runAt: number; readonly round: number; readonly level: number } } = {},
): IncidentView {
  const { timeline, nextEscalation } = extras;
  const severity = severities.get(row.severity_id);
  const state = responseState(row.respond_by, row.responded_at, now);
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    description: row.description,
    status: row.status,
    severity: { id: row.severity_id, name: severity?.name ?? row.severity_id },
    urgency: row.urgency,
    service: row.service_id === null ? null : { id: row.service_id, name: row.service_name ?? row.service_id },
    commander: row.commander_id === null ? null : { id: row.commander_id, name: row.commander_name ?? row.commander_id },
    team: row.team_id === null ? null : { id: row.team_id, name: row.team_name ?? row.team_id },
    created_by: row.created_by,
    triggered_at: iso(row.triggered_at),
    acknowledged_at: iso(row.acknowledged_at),
    first_acknowledged_at: iso(row.first_acknowledged_at),
    resolved_at: iso(row.resolved_at),
    updated_at: iso(row.updated_at),
    response: {
      respond_within_seconds: Math.round((row.respond_by - row.triggered_at) / 1000),
      respond_by: iso(row.respond_by),
      responded_at: iso(row.responded_at),
      state,
      met: state === 'pending' ? null : state === 'met',
    },
    escalation: {
      policy: row.escalation_policy_id ?? row.service_policy_id,
      source: row.escalation_policy_id !== null ? 'incident' : row.service_policy_id !== null ? 'service' : null,
      round: row.escalation_round,
      level: row.escalation_level,
      next: nextEscalation === undefined ? null : { at: iso(nextEscalation.runAt), round: nextEscalation.round, level: nextEscalation.level },
    },
    ...(timeline ? { timeline } : {}),
  };
}
