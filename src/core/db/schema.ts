import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/** A nullable column that inserts may leave out. */
type Omittable<T> = ColumnType<T | null, T | null | undefined, T | null>;

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
  /** scrypt, in the self-describing form of src/access/passwords.ts; null: no password login. */
  password_hash: Omittable<string>;
  failed_logins: Generated<number>;
  locked_until: Omittable<number>;
  oidc_issuer: Omittable<string>;
  oidc_subject: Omittable<string>;
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
  /** JSON `{ by: [field, …] }`: content-based grouping of alerts into incidents (src/alerts/grouping.ts). */
  grouping: Generated<string | null>;
  escalation_policy_id: string | null;
  created_at: number;
  updated_at: number;
  /** JSON: the service's impact model (src/cost/impact-model.ts); null: none. */
  impact: Omittable<string>;
  /** JSON `{ threshold, window_ms }` (alerts/flapping.ts); null: the defaults. */
  flapping: Omittable<string>;
  /** Open alerts past which new ones join one storm incident (alerts/storm.ts); null: 1,000. */
  storm_limit: Omittable<number>;
}

export interface IntegrationsTable {
  id: string;
  service_id: string;
  type: string;
  name: string | null;
  /** The routing key senders present; unique across all services. */
  key: string;
  /** SHA-256 of `key`: ingest looks integrations up by it, never comparing the key itself. */
  key_hash: string;
  position: number;
  created_at: number;
  /** Events accepted per minute; null: the default. */
  rate_limit_per_minute: number | null;
  /** JSON: the field mapping of a generic webhook integration. */
  mapping: string | null;
  /** JSON list of routing rules `{ match, service, severity?, continue? }` (alerts/routing.ts). */
  routes: Omittable<string>;
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
  kind: Generated<'personal' | 'service'>;
  created_by: Omittable<string>;
}

export interface SessionsTable {
  id: string;
  secret_hash: string;
  user_id: string;
  method: 'password' | 'oidc';
  created_at: number;
  last_seen_at: number;
  expires_at: number;
  revoked_at: number | null;
}

export interface AuditLogTable {
  id: string;
  at: number;
  actor: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before: string | null;
  after: string | null;
  source_ip: string | null;
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
  /** The incident this one was merged into (it resolved then); null otherwise. */
  merged_into: Omittable<string | null>;
  /** The policy escalating this incident when not the service's (handed to another team). */
  escalation_policy_id: string | null;
  /** 1-based; 0 before escalation starts. Rounds continue across restarts (un-acknowledge). */
  escalation_round: Generated<number>;
  escalation_level: Generated<number>;
  /** The round the current run of the policy began at (an un-acknowledge starts a new run). */
  escalation_first_round: Generated<number>;
  /** Analytics' facts (analytics/incident-facts.ts): the first acknowledgement by a person before the first resolve. */
  person_ack_at: Omittable<number>;
  first_resolved_at: Omittable<number>;
  /** While resolved: 1 when a person made the final resolve, 0 when an integration or Vigil did. */
  resolved_by_person: Omittable<number>;
  escalated_by_hand: Generated<number>;
  /** 1: an alert of it repeats another incident's alert on the service within the 30 days before. */
  repeat_of_recent: Generated<number>;
  /** 1 once a page at escalation level 2 or beyond was sent for it (incidents/incident-facts-sql.ts). */
  reached_level_2: Generated<number>;
  /** Status updates: 0 not due, 1 on time, 2 late (incidents/incident-facts-sql.ts). */
  update_outcome: Generated<number>;
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
  /** Null while the alert is suppressed (held by a silence or maintenance window). */
  incident_id: string | null;
  dedup_key: string;
  /** `suppressed`: recorded, held back, opens and pages nothing; still the live alert for its dedup key. */
  status: 'triggered' | 'acknowledged' | 'resolved' | 'suppressed';
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
  /** Set when the alert is created (src/alerts/signature.ts): what similar incidents share. */
  signature: Omittable<string>;
  /** The decision trail: `;`-separated `<offsetMs> <code>[ <arg>][ <ref>]` entries (alerts/decision-trail.ts). */
  trail: Omittable<string>;
  /** The hold (silence, maintenance occurrence) keeping a suppressed alert back. */
  held_by: Omittable<string | null>;
  /** The group a suppressed alert would join, so its release groups it as its trigger would have. */
  group_key: Omittable<string | null>;
}

export interface AlertFlapsTable {
  service_id: string;
  dedup_key: string;
  /** JSON list of the last 2N change times (firing ↔ resolved), oldest first. */
  changes: string;
  state: 'stable' | 'flapping';
  incident_id: string | null;
  settle_at: number | null;
  updated_at: number;
}

export interface AlertStormsTable {
  service_id: string;
  state: 'active' | 'ended';
  incident_id: string | null;
  started_at: number;
  ended_at: number | null;
  capped_count: number;
  first_alert_id: string | null;
  last_alert_id: string | null;
  updated_at: number;
}

/** Open (`triggered` or `acknowledged`) alerts per service, kept by triggers on `alerts` (migration 022): the storm cap's count. */
export interface ServiceOpenAlertsTable {
  service_id: string;
  open: number;
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

export interface SchedulesTable {
  id: string;
  name: string;
  description: string | null;
  team_id: string | null;
  time_zone: string;
  created_at: number;
  updated_at: number;
}

export interface ScheduleLayersTable {
  id: string;
  schedule_id: string;
  /** Order of precedence: a higher position wins where it has someone on call. */
  position: number;
  name: string | null;
  rotation_kind: 'daily' | 'weekly' | 'days' | 'hours';
  rotation_every: number | null;
  /** Local date or date-time in the schedule's zone. */
  start: string;
  /** "HH:MM" local. */
  handoff: string;
  /** JSON list of user ids in rotation order. */
  participants: string;
  /** JSON list of { days, from, to }. */
  restrictions: string;
  ends_at: number | null;
}

export interface ScheduleOverridesTable {
  id: string;
  schedule_id: string;
  user_id: string;
  start_at: number;
  end_at: number;
  created_by: string;
  created_at: number;
}

export interface CalendarFeedsTable {
  id: string;
  /** The feed URL's secret, stored as a digest. */
  token_hash: string;
  schedule_id: string | null;
  user_id: string | null;
  created_by: string;
  created_at: number;
  revoked_at: number | null;
}

export interface EscalationPoliciesTable {
  id: string;
  name: string;
  description: string | null;
  team_id: string | null;
  /** How many more times the whole policy runs after the first round. */
  repeat: number;
  created_at: number;
  updated_at: number;
}

export interface EscalationLevelsTable {
  policy_id: string;
  /** 1-based level number. */
  position: number;
  escalate_after_ms: number;
  /** JSON list of "user:<id>" / "schedule:<id>". */
  targets: string;
}

export type JobStatus = 'pending' | 'running' | 'done' | 'cancelled' | 'dead';

export interface JobsTable {
  id: string;
  kind: string;
  /** Deterministic idempotency key: writing the same job twice is harmless. */
  key: string;
  payload: string;
  incident_id: string | null;
  run_at: number;
  status: JobStatus;
  attempts: number;
  max_attempts: number;
  locked_by: string | null;
  locked_until: number | null;
  last_error: string | null;
  created_at: number;
  updated_at: number;
}

export interface PagesTable {
  id: string;
  incident_id: string;
  user_id: string;
  round: number;
  level: number;
  reason: string;
  /** What the user was reached through: `user:alice` or `schedule:primary`. */
  target: string;
  created_at: number;
}

export interface ContactMethodsTable {
  id: string;
  user_id: string;
  name: string | null;
  /** email, sms, voice, slack, teams, webhook, ntfy, push */
  type: string;
  /** For push: the browser's subscription as `serializeSubscription` writes it (notify/push-subscription.ts). */
  address: string;
  verified_at: number | null;
  verification_hash: string | null;
  verification_expires_at: number | null;
  /** Skipped by pages while 1: set by its owner, or by Vigil (then `disabled_reason` says why). */
  disabled: Generated<number>;
  /** When it was last disabled; null while enabled. */
  disabled_at: number | null;
  /** Why Vigil disabled it (a push service reported the subscription gone); null when its owner did, or while enabled. */
  disabled_reason: string | null;
  created_at: number;
  updated_at: number;
}

export interface NotificationRulesTable {
  id: string;
  user_id: string;
  contact_method_id: string;
  /** How long after being paged this method is used. */
  delay_ms: number;
  /** Only for incidents of this urgency; null: both. */
  urgency: 'high' | 'low' | null;
  position: number;
}

export type DeliveryRowStatus = 'queued' | 'sending' | 'sent' | 'delivered' | 'failed' | 'cancelled';

export interface DeliveriesTable {
  id: string;
  kind: 'page' | 'test' | 'verification' | 'event';
  page_id: string | null;
  incident_id: string | null;
  user_id: string | null;
  contact_method_id: string | null;
  channel: string;
  address: string;
  status: DeliveryRowStatus;
  provider: string | null;
  external_id: string | null;
  attempts: number;
  last_error: string | null;
  bundle_id: string | null;
  /** Event posts: JSON { type, text }. */
  event: string | null;
  created_at: number;
  updated_at: number;
  sent_at: number | null;
  delivered_at: number | null;
}

export interface DeliveryEventsTable {
  delivery_id: string;
  seq: number;
  at: number;
  status: string;
  detail: string | null;
}

export interface AckLinksTable {
  id: string;
  user_id: string;
  incident_ids: string;
  /** What a POST to the link does. */
  action: Generated<'acknowledge' | 'resolve'>;
  expires_at: number;
  used_at: number | null;
  created_at: number;
}

export interface ReplyCodesTable {
  user_id: string;
  code: number;
  incident_ids: string;
  created_at: number;
}

/** Signed Twilio and Slack answers already acted on, so a replay of one is not (see inbound-replays.ts). */
export interface InboundReplaysTable {
  key: string;
  received_at: number;
  expires_at: number;
}

export interface EventSubscriptionsTable {
  id: string;
  team_id: string;
  channel: string;
  address: string;
  events: string;
  position: number;
}

export interface RunbooksTable {
  id: string;
  title: string;
  /** `config`: vigil.yaml owns it (read from `file`); `api`: written in the console. */
  source: 'config' | 'api';
  /** The Markdown file as vigil.yaml names it, relative to the configuration file. */
  file: string | null;
  /** JSON list of matchers (alerts/matchers.ts). */
  match: string;
  /** Null: the default review age (90 days). */
  review_after_ms: number | null;
  reviewed_at: number | null;
  reviewed_by: string | null;
  current_version: number;
  created_by: string;
  created_at: number;
  updated_at: number;
}

export interface RunbookServicesTable {
  runbook_id: string;
  service_id: string;
}

export interface RunbookVersionsTable {
  runbook_id: string;
  version: number;
  body: string;
  sha256: string;
  author: string;
  at: number;
}

export interface ChecklistTicksTable {
  incident_id: string;
  runbook_id: string;
  /** `<ordinal>-<12 hex of the item text's SHA-256>` (runbooks/checklist.ts). */
  item_key: string;
  /** The runbook version the tick was made against. */
  version: number;
  checked: number;
  by: string;
  at: number;
}

export interface IncidentImpactTable {
  incident_id: string;
  start_at: number | null;
  end_at: number | null;
  /** JSON `CostOverrides` (src/cost/cost-model.ts). */
  overrides: string;
  /** JSON impact model as it was at resolve; null while open. */
  frozen_model: string | null;
  updated_by: string;
  updated_at: number;
}

export interface CostLinesTable {
  id: string;
  incident_id: string;
  kind: 'downtime' | 'manual';
  label: string;
  amount_minor: number;
  currency: string;
  /** JSON: every factor the amount came from. */
  inputs: string;
  formula: string;
  created_by: string;
  created_at: number;
  /** Set when an edit replaced the line; voided lines stay for the record. */
  voided_at: number | null;
}

export interface PostmortemsTable {
  id: string;
  title: string;
  status: 'draft' | 'in_review' | 'published';
  owner_id: string | null;
  team_id: string | null;
  /** JSON `PostmortemFacts`. */
  facts: string;
  /** JSON curated timeline lines. */
  timeline: string;
  summary: string;
  root_cause: string;
  went_well: string;
  went_wrong: string;
  lessons: string;
  version: number;
  created_by: string;
  created_at: number;
  updated_at: number;
  published_at: number | null;
  published_by: string | null;
}

export interface PostmortemIncidentsTable {
  postmortem_id: string;
  incident_id: string;
  position: number;
}

export interface PostmortemReviewersTable {
  postmortem_id: string;
  user_id: string;
  decision: 'pending' | 'approved' | 'changes_requested';
  note: string | null;
  decided_at: number | null;
}

export interface ActionItemsTable {
  id: string;
  title: string;
  owner_id: string;
  team_id: string | null;
  /** `YYYY-MM-DD` in the owner's time zone. */
  due_date: string;
  priority: 'high' | 'medium' | 'low';
  category: 'prevent_recurrence' | 'improve_detection' | 'improve_response' | 'follow_up';
  status: 'open' | 'in_progress' | 'done' | 'wont_do';
  postmortem_id: string | null;
  incident_id: string | null;
  external_url: string | null;
  version: number;
  created_by: string;
  created_at: number;
  updated_at: number;
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
  alert_flaps: AlertFlapsTable;
  alert_storms: AlertStormsTable;
  service_open_alerts: ServiceOpenAlertsTable;
  change_events: ChangeEventsTable;
  schedules: SchedulesTable;
  schedule_layers: ScheduleLayersTable;
  schedule_overrides: ScheduleOverridesTable;
  calendar_feeds: CalendarFeedsTable;
  escalation_policies: EscalationPoliciesTable;
  escalation_levels: EscalationLevelsTable;
  jobs: JobsTable;
  pages: PagesTable;
  contact_methods: ContactMethodsTable;
  notification_rules: NotificationRulesTable;
  deliveries: DeliveriesTable;
  delivery_events: DeliveryEventsTable;
  ack_links: AckLinksTable;
  reply_codes: ReplyCodesTable;
  inbound_replays: InboundReplaysTable;
  event_subscriptions: EventSubscriptionsTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
  runbooks: RunbooksTable;
  runbook_services: RunbookServicesTable;
  runbook_versions: RunbookVersionsTable;
  checklist_ticks: ChecklistTicksTable;
  incident_role_types: IncidentRoleTypesTable;
  incident_roles: IncidentRolesTable;
  update_cadence: UpdateCadenceTable;
  status_updates: StatusUpdatesTable;
  stakeholder_subscriptions: StakeholderSubscriptionsTable;
  incident_impact: IncidentImpactTable;
  cost_lines: CostLinesTable;
  postmortems: PostmortemsTable;
  postmortem_incidents: PostmortemIncidentsTable;
  postmortem_reviewers: PostmortemReviewersTable;
  action_items: ActionItemsTable;
  noise_state: NoiseStateTable;
  silences: SilencesTable;
  maintenance_windows: MaintenanceWindowsTable;
  maintenance_paused: MaintenancePausedTable;
  heartbeats: HeartbeatsTable;
  heartbeat_cluster: HeartbeatClusterTable;
}

/** One row (`id = 'noise'`): bumped with every change to routes, silences and maintenance windows (alerts/holds.ts). */
export interface NoiseStateTable {
  id: string;
  rev: number;
  updated_at: number;
}

/** Silences (noise/silences.ts): matchers held from `starts_at` until `ends_at`; kept after they end. */
export interface SilencesTable {
  id: string;
  /** JSON list of matchers (alerts/matchers.ts). */
  matchers: string;
  /** JSON list of service ids, or null for every service. */
  services: string | null;
  /** The first `=` matcher's field and value: candidates for an event are found by them. */
  index_field: string | null;
  index_value: string | null;
  starts_at: number;
  ends_at: number;
  comment: string;
  created_by: string;
  created_at: number;
  expired_by: string | null;
  expired_at: number | null;
}

/** Maintenance windows (noise/maintenance.ts): one-off, or weekly on the wall clock of `time_zone`. */
export interface MaintenanceWindowsTable {
  id: string;
  /** JSON list of service ids (one or several). */
  services: string;
  /** The first occurrence. */
  starts_at: number;
  ends_at: number;
  reason: string;
  repeat: 'weekly' | null;
  time_zone: string;
  /** 1: an occurrence pauses the pending escalation of its services' open incidents. */
  pause_open: number;
  source: 'api' | 'config';
  created_by: string;
  created_at: number;
  updated_at: number;
}

/** A dead man's switch on a service (heartbeats/): its pings' key is a secret, looked up by digest. */
export interface HeartbeatsTable {
  id: string;
  service_id: string;
  /** The internal integration (type `heartbeat`) its missed-ping alerts enter through. */
  integration_id: string;
  name: string;
  key: string;
  key_hash: string;
  interval_ms: number;
  grace_ms: number;
  state: 'inactive' | 'armed' | 'missing' | 'paused';
  last_ping_at: number | null;
  /** When the current watch began (first ping, resume). */
  armed_at: number | null;
  missed_at: number | null;
  managed_by: 'config' | 'api';
  created_at: number;
  updated_at: number;
}

/** The escalation step an open incident was waiting for when a `pause_open` occurrence began. */
export interface MaintenancePausedTable {
  occurrence_ref: string;
  incident_id: string;
  round: number;
  level: number;
  remaining_ms: number;
  paused_at: number;
}

/** One row (`id = 'cluster'`): when some node last proved it was running, and since when the cluster has run without a gap. */
export interface HeartbeatClusterTable {
  id: string;
  alive_at: number;
  up_since: number;
}

export type HeartbeatRow = Selectable<HeartbeatsTable>;
export type IncidentRow = Selectable<IncidentsTable>;
export type NewIncidentRow = Insertable<IncidentsTable>;
export type IncidentPatch = Updateable<IncidentsTable>;
export type TimelineRow = Selectable<TimelineEntriesTable>;
export type SeverityRow = Selectable<SeveritiesTable>;
export type UserRow = Selectable<UsersTable>;
export type NewUserRow = Insertable<UsersTable>;
export type TeamRow = Selectable<TeamsTable>;
export type ServiceRow = Selectable<ServicesTable>;
export type IntegrationRow = Selectable<IntegrationsTable>;
export type AlertRow = Selectable<AlertsTable>;
export type ChangeEventRow = Selectable<ChangeEventsTable>;
export type JobRow = Selectable<JobsTable>;
export type PageRow = Selectable<PagesTable>;
export type ScheduleLayerRow = Selectable<ScheduleLayersTable>;
export type DeliveryRow = Selectable<DeliveriesTable>;
export type ContactMethodRow = Selectable<ContactMethodsTable>;
export type ApiTokenRow = Selectable<ApiTokensTable>;
// Generated is re-exported for later tables with database-assigned columns.
export type { Generated };

/** The incident roles `vigil.yaml` configures (`incident_roles:`); empty: the defaults. */
export interface IncidentRoleTypesTable {
  id: string;
  name: string;
  description: string | null;
  position: number;
}

/** Who holds a role on an incident; the commander is `incidents.commander_id`, not a row here. */
export interface IncidentRolesTable {
  incident_id: string;
  role: string;
  user_id: string;
  assigned_by: string;
  assigned_at: number;
}

/** An incident's status-update cadence: cycle n is due at `due_at` (null: stopped). */
export interface UpdateCadenceTable {
  incident_id: string;
  cycle: number;
  anchor_at: number;
  due_at: number | null;
  /** The severity's `update_every` the cycle counts with: late at due + ½, escalated at due + 1. */
  interval_ms: number | null;
}

export interface StatusUpdatesTable {
  id: string;
  incident_id: string;
  status: 'investigating' | 'identified' | 'monitoring' | 'resolved';
  audience: 'internal' | 'stakeholders';
  message: string;
  author: string;
  posted_at: number;
  next_update_at: number | null;
}

export interface StakeholderSubscriptionsTable {
  id: string;
  scope: 'service' | 'incident';
  scope_id: string;
  kind: 'user' | 'email' | 'slack' | 'teams';
  user_id: string | null;
  target: string;
  address: string | null;
  /** Null while an email address waits for its owner to confirm. */
  confirmed_at: number | null;
  created_by: string;
  created_at: number;
}
