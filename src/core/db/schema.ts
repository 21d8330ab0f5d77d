import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

/**
 * Table shapes as Kysely sees them. Instants are stored as epoch milliseconds (`bigint`) in
 * both dialects so comparisons and arithmetic (MTTA = acknowledged - triggered) are plain SQL and
 * identical on SQLite and PostgreSQL; JSON documents are stored as text for the same reason.
 */
export interface SettingsTable {
  key: string;
  value: string;
}

export interface CountersTable {
  name: string;
  value: number;
}

export interface SeveritiesTable {
  id: string;
  name: string;
  rank: number;
  respond_within_ms: number;
  update_every_ms: number | null;
  urgency: 'high' | 'low';
  description: string | null;
}

export interface UsersTable {
  id: string;
  name: string;
  email: string;
  time_zone: string;
  role: 'admin' | 'responder' | 'viewer';
  created_at: number;
  updated_at: number;
}

export interface TeamsTable {
  id: string;
  name: string;
  description: string | null;
  created_at: number;
  updated_at: number;
}

export interface TeamMembersTable {
  team_id: string;
  user_id: string;
  role: 'member' | 'manager';
  position: number;
}

export interface ServicesTable {
  id: string;
  name: string;
  description: string | null;
  team_id: string | null;
  /** JSON object: incoming severity word → severity id, over the built-in map. */
  severity_map: string | null;
  /** 1: resolve an incident once all its alerts resolved; 0: a person resolves it. */
  auto_resolve: Generated<number>;
  created_at: number;
  updated_at: number;
}

export interface IntegrationsTable {
  id: string;
  service_id: string;
  type: string;
  name: string | null;
  /** The routing key senders present; unique across all services. */
  key: string;
  position: number;
  created_at: number;
  /** Events accepted per minute; null: the default. */
  rate_limit_per_minute: number | null;
  /** JSON: the field mapping of a generic webhook integration. */
  mapping: string | null;
}

export interface ApiTokensTable {
  id: string;
  name: string;
  token_hash: string;
  role: 'admin' | 'responder' | 'viewer';
  user_id: string | null;
  created_at: number;
  expires_at: number | null;
  revoked_at: number | null;
  last_used_at: number | null;
}

export interface IncidentsTable {
  id: string;
  number: number;
  title: string;
  description: string | null;
  service_id: string | null;
  severity_id: string;
  status: 'triggered' | 'acknowledged' | 'resolved';
  urgency: 'high' | 'low';
  commander_id: string | null;
  created_by: string;
  triggered_at: number;
  /** Set while acknowledged; cleared by un-acknowledge and reopen. */
  acknowledged_at: number | null;
  /** The first acknowledgement ever: what the response target and MTTA measure. */
  first_acknowledged_at: number | null;
  /** Set while resolved; cleared by reopen. */
  resolved_at: number | null;
  /** The first acknowledgement or resolution, whichever came first; never cleared. */
  responded_at: number | null;
  /** triggered_at + the severity's respond_within. */
  respond_by: number;
  updated_at: number;
  /** `<integration id>:<groupKey>` for incidents that group alerts; null otherwise. */
  alert_group_key: string | null;
}

export interface TimelineEntriesTable {
  incident_id: string;
  /** 1, 2, 3… per incident; the timeline is append-only and ordered by seq. */
  seq: number;
  at: number;
  kind: string;
  actor: string;
  message: string;
  /** JSON object with the facts of the entry (from/to status, old/new severity, …). */
  data: string;
}

export interface AlertsTable {
  id: string;
  service_id: string;
  integration_id: string | null;
  incident_id: string;
  dedup_key: string;
  status: 'triggered' | 'acknowledged' | 'resolved';
  summary: string;
  severity_id: string;
  /** The severity word the sender used, before mapping. */
  incoming_severity: string | null;
  source: string | null;
  component: string | null;
  group_name: string | null;
  class: string | null;
  labels: string;
  details: string;
  links: string;
  images: string;
  client: string | null;
  client_url: string | null;
  occurred_at: number | null;
  first_seen_at: number;
  last_seen_at: number;
  acknowledged_at: number | null;
  resolved_at: number | null;
  event_count: number;
}

export interface ChangeEventsTable {
  id: string;
  service_id: string;
  integration_id: string | null;
  summary: string;
  source: string | null;
  occurred_at: number;
  received_at: number;
  details: string;
  links: string;
}

export interface Schema {
  settings: SettingsTable;
  counters: CountersTable;
  severities: SeveritiesTable;
  users: UsersTable;
  teams: TeamsTable;
  team_members: TeamMembersTable;
  services: ServicesTable;
  integrations: IntegrationsTable;
  api_tokens: ApiTokensTable;
  incidents: IncidentsTable;
  timeline_entries: TimelineEntriesTable;
  alerts: AlertsTable;
  change_events: ChangeEventsTable;
}

export type IncidentRow = Selectable<IncidentsTable>;
export type NewIncidentRow = Insertable<IncidentsTable>;
export type IncidentPatch = Updateable<IncidentsTable>;
export type TimelineRow = Selectable<TimelineEntriesTable>;
export type SeverityRow = Selectable<SeveritiesTable>;
export type UserRow = Selectable<UsersTable>;
export type TeamRow = Selectable<TeamsTable>;
export type ServiceRow = Selectable<ServicesTable>;
export type IntegrationRow = Selectable<IntegrationsTable>;
export type AlertRow = Selectable<AlertsTable>;
export type ChangeEventRow = Selectable<ChangeEventsTable>;
export type ApiTokenRow = Selectable<ApiTokensTable>;
// Generated is re-exported for later tables with database-assigned columns.
export type { Generated };
