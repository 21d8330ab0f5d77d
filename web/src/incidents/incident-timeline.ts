/**
 * The timeline as people read it: newest first, who did what through which channel, old → new,
 * with runs of alert noise folded and a filter by kind of event. Pure: the component draws it.
 */

export interface TimelineEntry {
  readonly seq: number;
  readonly at: string;
  readonly kind: string;
  readonly actor: string;
  readonly message: string;
  readonly data: { readonly [key: string]: unknown };
}

export type TimelineFilter = 'all' | 'people' | 'pages' | 'alerts';
export type TimelineCategory = Exclude<TimelineFilter, 'all'>;

export const TIMELINE_FILTERS: readonly { readonly value: TimelineFilter; readonly label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'people', label: 'People' },
  { value: 'pages', label: 'Pages' },
  { value: 'alerts', label: 'Alerts' },
];

const ALERT_KINDS = new Set(['triggered', 'alert_added', 'alert_warning', 'alert_acknowledged', 'alert_resolved']);
const PAGE_KINDS = new Set(['paged', 'escalation_warning', 'escalation_exhausted', 'maintenance_started', 'maintenance_ended']);
/** Alert events that fold together when several come in a row: updates, not the first trigger. */
const FOLDABLE_KINDS = new Set(['alert_added', 'alert_warning', 'alert_acknowledged', 'alert_resolved']);
/** Fewer in a row than this are shown one by one: folding two saves nothing. */
export const FOLD_AT = 3;

/** People act; alerts and their integrations make noise; Vigil pages. An unknown kind goes by its actor. */
export function categoryOf(entry: Pick<TimelineEntry, 'kind' | 'actor'>): TimelineCategory {
  if (ALERT_KINDS.has(entry.kind)) return 'alerts';
  if (PAGE_KINDS.has(entry.kind)) return 'pages';
  if (entry.actor.startsWith('integration:')) return 'alerts';
  if (entry.actor === 'system') return 'pages';
  return 'people';
}

export type TimelineItem =
  | { readonly type: 'entry'; readonly entry: TimelineEntry }
  | { readonly type: 'alert-run'; readonly key: string; readonly entries: readonly TimelineEntry[] };

export interface TimelineView {
  readonly items: readonly TimelineItem[];
  /** Entries the filter leaves out: "4 hidden by filter". */
  readonly hidden: number;
  readonly counts: Readonly<Record<TimelineFilter, number>>;
}

/** Newest first, filtered, with runs of `FOLD_AT` or more alert updates folded into one item. */
export function timelineView(entries: readonly TimelineEntry[], filter: TimelineFilter): TimelineView {
  const newestFirst = [...entries].sort((a, b) => b.seq - a.seq);
  const counts: Record<TimelineFilter, number> = { all: newestFirst.length, people: 0, pages: 0, alerts: 0 };
  for (const entry of newestFirst) counts[categoryOf(entry)] += 1;
  const shown = filter === 'all' ? newestFirst : newestFirst.filter((entry) => categoryOf(entry) === filter);

  const items: TimelineItem[] = [];
  let run: TimelineEntry[] = [];
  const flush = () => {
    if (run.length >= FOLD_AT) items.push({ type: 'alert-run', key: `run-${run[0]?.seq}`, entries: run });
    else items.push(...run.map((entry) => ({ type: 'entry' as const, entry })));
    run = [];
  };
  for (const entry of shown) {
    if (FOLDABLE_KINDS.has(entry.kind)) {
      run.push(entry);
      continue;
    }
    flush();
    items.push({ type: 'entry', entry });
  }
  flush();
  return { items, hidden: newestFirst.length - shown.length, counts };
}

/** User ids → display names, from GET /users. */
export type Names = ReadonlyMap<string, string>;

/** "Bob Okafor", "API token ci-bot", "Prometheus (checkout)", "Vigil". */
export function actorName(actor: string, names: Names): string {
  const [prefix, ...rest] = actor.split(':');
  const id = rest.join(':');
  switch (prefix) {
    case 'user':
      return names.get(id) ?? id;
    case 'token':
      return `API token ${id}`;
    case 'integration': {
      const [service, integration] = id.split('/');
      return integration ? `${integration} (${service})` : id;
    }
    case 'system':
      return 'Vigil';
    default:
      return actor;
  }
}

const STATUS_WORDS: Readonly<Record<string, string>> = { triggered: 'Triggered', acknowledged: 'Acknowledged', resolved: 'Resolved' };

export function statusWord(status: unknown): string {
  return typeof status === 'string' ? (STATUS_WORDS[status] ?? status) : '';
}

export interface EntryDescription {
  /** Who, as a person reads it. */
  readonly who: string;
  /** The channel a response came through ("SMS reply", "Slack"), when it was not the console or the API. */
  readonly via: string | null;
  /** What happened, in a few words. */
  readonly what: string;
  /** Old → new, for changes of a field. */
  readonly change: { readonly from: string; readonly to: string } | null;
  /** Words a person added: a note's text, a reason. Shown as text, never as markup. */
  readonly text: string | null;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);

/** Responses to a page record their channel as the note "via SMS reply" (src/notify/respond-as-user.ts). */
function channelOf(note: string | null): string | null {
  const match = note === null ? null : /^via (.+)$/.exec(note);
  return match?.[1] ?? null;
}

/** One entry in words: the server's message is the fallback for kinds the console does not know. */
export function describeEntry(entry: TimelineEntry, names: Names): EntryDescription {
  const who = actorName(entry.actor, names);
  const data = entry.data;
  const note = text(data.note);
  const via = channelOf(note);
  const person = (id: unknown) => (typeof id === 'string' ? (names.get(id) ?? id) : 'nobody');
  const base = { who, via, change: null, text: null } as const;
  switch (entry.kind) {
    case 'acknowledged':
    case 'unacknowledged':
    case 'resolved':
    case 'reopened': {
      const what = { acknowledged: 'Acknowledged', unacknowledged: 'Un-acknowledged', resolved: 'Resolved', reopened: 'Reopened' }[entry.kind];
      return { ...base, what, change: { from: statusWord(data.from), to: statusWord(data.to) }, text: via === null ? note : null };
    }
    case 'note':
      return { ...base, what: 'Note', text: entry.message };
    case 'declared':
      return { ...base, what: typeof data.severity === 'string' ? `Declared the incident as ${data.severity}` : 'Declared the incident' };
    case 'severity_changed':
      return { ...base, what: 'Changed the severity', change: { from: String(data.from ?? '?'), to: String(data.to ?? '?') }, text: text(data.reason) };
    case 'commander_changed':
      return { ...base, what: data.to === null ? 'Removed the commander' : 'Set the commander', change: { from: person(data.from), to: person(data.to) } };
    case 'escalated': {
      const where = typeof data.level === 'number' ? `level ${data.level} of ${String(data.policy ?? 'the policy')}` : String(data.policy ?? 'the next level');
      return { ...base, what: `Escalated to ${where}`, text: text(data.reason) };
    }
    case 'paged': {
      const level = typeof data.level === 'number' ? ` (level ${data.level}${typeof data.round === 'number' && data.round > 1 ? `, round ${data.round}` : ''})` : '';
      return { ...base, what: `Paged ${person(data.user)}${level}`, text: null };
    }
    case 'runbook_step':
      return { ...base, what: data.checked === true ? 'Ticked a runbook step' : 'Unticked a runbook step', text: text(data.step) };
    case 'role_assigned':
    case 'role_cleared':
      return { ...base, what: `${entry.kind === 'role_assigned' ? 'Assigned' : 'Cleared'} the ${String(data.role ?? 'role')} role`, change: { from: person(data.from), to: person(entry.kind === 'role_assigned' ? data.user : null) } };
    case 'status_update': {
      const status = typeof data.status === 'string' ? `${data.status.charAt(0).toUpperCase()}${data.status.slice(1)}` : 'Update';
      return { ...base, what: `${data.audience === 'stakeholders' ? 'Stakeholder' : 'Internal'} update · ${status}`, text: text(data.text) ?? entry.message };
    }
    case 'maintenance_started':
      return { ...base, what: 'Maintenance started: escalation paused until it ends', text: text(data.reason) };
    case 'maintenance_ended':
      return { ...base, what: data.resumed === true ? `Maintenance ended: escalation resumed at level ${String(data.level ?? '?')}` : 'Maintenance ended', text: text(data.reason) };
    case 'handoff':
      return { ...base, what: 'Handed off with the escalation', text: text(data.reason) === null ? entry.message : `${text(data.reason)} — ${entry.message}` };
    default:
      return { ...base, what: entry.message };
  }
}

/** Entries that arrived after the page first showed the timeline: drawn highlighted for a moment. */
export function arrivedSince(entries: readonly TimelineEntry[], knownUpTo: number): ReadonlySet<number> {
  return new Set(entries.filter((entry) => entry.seq > knownUpTo).map((entry) => entry.seq));
}
