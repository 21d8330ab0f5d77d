/**
 * What every analytics number means, once. The queries in analytics-store.ts implement these
 * rules; docs/analytics.md quotes them; `GET /api/v1/analytics/definitions` serves them so the
 * console's tooltips say exactly what the server computed.
 */

/** Timeline actors that are a person: a signed-in user, a personal token, an acknowledge link or a reply (`user:<id>`), or the CLI on the server. */
export const PERSON_ACTOR_PREFIX = 'user:';
export const CLI_ACTOR = 'cli';

/** Whether a timeline actor is a person (not an integration, an escalation step, a service token or the system). */
export function isPersonActor(actor: string): boolean {
  return actor.startsWith(PERSON_ACTOR_PREFIX) || actor === CLI_ACTOR;
}

/** An incident is a repeat when an earlier one on its service shared an alert signature within this window. */
export const REPEAT_WINDOW_MS = 30 * 86_400_000;
/** Ranges longer than this are refused: a year and a month covers year-on-year questions. */
export const MAX_RANGE_DAYS = 400;
export const DEFAULT_RANGE_DAYS = 30;

/** Local hours (in the person's own time zone): business 08–18 on weekdays, sleep 22–08 every day, off hours the rest. */
export const BUSINESS_HOURS = { from: 8, to: 18 } as const;
export const SLEEP_HOURS = { from: 22, to: 8 } as const;

export type DefinitionKey =
  | 'scope'
  | 'person'
  | 'mtta'
  | 'mttr'
  | 'percentiles'
  | 'compliance'
  | 'escalation_rate'
  | 'resolution'
  | 'repeats'
  | 'update_compliance'
  | 'incidents_over_time'
  | 'pages'
  | 'interruptions'
  | 'hour_classes'
  | 'nights'
  | 'on_call'
  | 'fairness'
  | 'heat_map'
  | 'cost';

export interface Definition {
  readonly key: DefinitionKey;
  readonly title: string;
  /** The rule, in full sentences: what is counted, from when to when, what is left out. */
  readonly rule: string;
}

export const DEFINITIONS: readonly Definition[] = [
  {
    key: 'scope',
    title: 'Which incidents count',
    rule: 'Incidents triggered within the range (from inclusive, to exclusive), filtered by service, by the team owning the service, and by current severity. Incidents merged into another are left out of every count and time; the alerts they carried count in the incident they were merged into. On-call load is the exception: a page for an incident later merged away still reached a person, so it counts.',
  },
  {
    key: 'person',
    title: 'A person',
    rule: 'An action by a person is one whose actor is a user (signed in, with a personal token, through an acknowledge link or a reply to a notification) or the command line on the server. An integration (acknowledged or resolved at the source), an escalation step, a service token and Vigil itself are not people.',
  },
  {
    key: 'mtta',
    title: 'MTTA (time to acknowledge)',
    rule: 'From the trigger to the first acknowledgement by a person, measured on the first cycle: only an acknowledgement before the incident was first resolved counts; acknowledgements after a reopen do not. Incidents acknowledged only at the source or by nobody before the first resolve are left out of MTTA and counted as "not acknowledged by a person".',
  },
  {
    key: 'mttr',
    title: 'MTTR (time to resolve)',
    rule: 'From the trigger to the final resolve: a reopened incident is measured to the resolve that closed it last, since the problem was not over before. Incidents still open at the time of the query are left out and counted as open.',
  },
  {
    key: 'percentiles',
    title: 'Mean, p50, p90',
    rule: 'In seconds. p50 and p90 are nearest-rank percentiles: the smallest duration that at least 50% (90%) of the measured incidents did not exceed. Null when no incident was measured.',
  },
  {
    key: 'compliance',
    title: 'Response target compliance',
    rule: 'Per current severity; the target is the incident\'s respond-by time (trigger + the severity\'s respond_within). Met: the first acknowledgement by a person came at or before respond-by. Breached: it came after, or no person acknowledged and the incident was still unresolved at respond-by (its first resolve, or now while open, is after respond-by). Incidents resolved before respond-by without a person\'s acknowledgement, and open ones still within their target, are neither. Share: met ÷ (met + breached).',
  },
  {
    key: 'escalation_rate',
    title: 'Escalation rate',
    rule: 'Share of incidents that reached escalation level 2 or beyond in any round (a page at level ≥ 2), or were escalated or handed over by hand (an `escalated` timeline entry).',
  },
  {
    key: 'resolution',
    title: 'Auto-resolved vs resolved by hand',
    rule: 'By the actor of the final resolve: a person (see "A person") is by hand; an integration, a service token or Vigil itself is automatic. Open incidents are neither.',
  },
  {
    key: 'repeats',
    title: 'Repeat incidents',
    rule: 'An incident is a repeat when one of its alerts has the same signature (the sender\'s alert name, else its class, else its summary with numbers and ids masked) as an alert of another incident on the same service first seen in the 30 days before this incident was triggered.',
  },
  {
    key: 'update_compliance',
    title: 'Status-update compliance',
    rule: 'Counted only on incidents where status updates were due (their severity has update_every and someone took the incident on). On time: no "status update late" reminder was written for it (every update came within half an interval of its due time). Late: at least one was. Share: on time ÷ (on time + late).',
  },
  {
    key: 'incidents_over_time',
    title: 'Incidents over time',
    rule: 'Incidents triggered per day, ISO week (Monday first) or calendar month in the chosen time zone; a day is the local calendar day, so a day at a DST change is 23 or 25 hours long. MTTA and MTTR per bucket are means, with the incidents measured in it.',
  },
  {
    key: 'pages',
    title: 'Pages received',
    rule: 'Every page Vigil sent the person in the range: each escalation step that reached them, on any incident, merged away or not (it reached them all the same).',
  },
  {
    key: 'interruptions',
    title: 'Interruptions',
    rule: 'A person\'s first page for an incident; further pages for the same incident (later rounds, re-pages) are the same interruption.',
  },
  {
    key: 'hour_classes',
    title: 'Business, off and sleep hours',
    rule: 'By the person\'s own time zone (their profile) at the moment of the page, daylight saving applied: sleep hours 22:00–08:00 every day; business hours 08:00–18:00 Monday to Friday; off hours the rest (weekday evenings 18:00–22:00, weekend days 08:00–22:00).',
  },
  {
    key: 'nights',
    title: 'Nights interrupted',
    rule: 'Local nights (22:00 to 08:00 the next morning, named by the evening\'s date) with at least one sleep-hour interruption.',
  },
  {
    key: 'on_call',
    title: 'Shifts and hours on call',
    rule: 'From the schedules\' resolved shifts (layers, restrictions and overrides applied) clipped to the range; a shift is a continuous stretch on call in one schedule. Hours are real elapsed hours, so a night across a DST change counts 7 or 9.',
  },
  {
    key: 'fairness',
    title: 'Fairness across a rotation',
    rule: 'Per schedule: each person\'s share of its hours on call and of the interruptions that reached people through it (pages whose target is the schedule).',
  },
  {
    key: 'heat_map',
    title: 'On-call load by hour of week',
    rule: 'Interruptions counted by weekday and hour in the paged person\'s own time zone.',
  },
  {
    key: 'cost',
    title: 'Cost of downtime',
    rule: 'Resolved incidents: the active lines of the incident\'s cost ledger (downtime from the service\'s impact model frozen at resolve, plus manual lines), each with its calculation. Open incidents: the live figure to now, marked provisional. Totals by service and by month of the trigger, per currency.',
  },
];

export function definition(key: DefinitionKey): Definition {
  const found = DEFINITIONS.find((d) => d.key === key);
  if (!found) throw new Error(`no analytics definition ${key}`);
  return found;
}

/** Nearest-rank percentile of ascending `sorted` (p in 0–100); null for none. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

export type HourClass = 'business' | 'off' | 'sleep';

/** Which class a local hour on a weekday (1 Monday … 7 Sunday) is in. */
export function hourClass(isoWeekday: number, hour: number): HourClass {
  if (hour >= SLEEP_HOURS.from || hour < SLEEP_HOURS.to) return 'sleep';
  if (isoWeekday <= 5 && hour >= BUSINESS_HOURS.from && hour < BUSINESS_HOURS.to) return 'business';
  return 'off';
}
