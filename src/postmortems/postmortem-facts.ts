/**
 * A postmortem's facts and key timeline, worked out from its incidents (pure). The rules are
 * docs/ARCHITECTURE.md's (Postmortems): what counts as a responder, which timeline entries are
 * key, how merged incidents interleave.
 */

export interface FactsEntry {
  readonly seq: number;
  readonly at: number;
  readonly kind: string;
  readonly actor: string;
  readonly message: string;
  readonly data: Readonly<Record<string, unknown>>;
}

export interface FactsIncident {
  readonly id: string;
  readonly number: number;
  readonly title: string;
  readonly service: { readonly id: string; readonly name: string } | null;
  readonly severityId: string;
  readonly commanderId: string | null;
  readonly triggeredAt: number;
  readonly resolvedAt: number;
  readonly timeline: readonly FactsEntry[];
  /** The incident's cost as the cost slice reports it, null without one. */
  readonly cost: {
    readonly amountMinor: number | null;
    readonly amount: number | null;
    readonly currency: string | null;
    readonly formula: string | null;
    readonly impactStart: number;
    readonly impactEnd: number;
    /** The start is known (a sender said, or someone set it), not just the trigger. */
    readonly startKnown: boolean;
  };
}

export interface PostmortemFacts {
  readonly incidents: readonly { readonly number: number; readonly title: string; readonly service: string | null }[];
  /** The first trigger. */
  readonly date: string;
  /** First trigger to last resolve. */
  readonly duration_seconds: number;
  readonly severity: { readonly id: string; readonly name: string };
  /** How long the incidents spent at each severity, most severe first. */
  readonly severity_time: readonly { readonly id: string; readonly name: string; readonly seconds: number }[];
  readonly impact: { readonly start: string; readonly end: string; readonly minutes: number };
  readonly cost: { readonly amount: number; readonly amount_minor: number; readonly currency: string; readonly formula: string } | null;
  /** Impact start to trigger; null when the impact start is not known (never 0 for unknown). */
  readonly ttd_seconds: number | null;
  /** Trigger to the first acknowledgement by a person; null if nobody acknowledged. */
  readonly tta_seconds: number | null;
  readonly ttr_seconds: number;
  readonly responders: readonly { readonly id: string; readonly name: string; readonly roles: readonly string[] }[];
  /** Paged, and did nothing recorded on the incident. */
  readonly paged_no_action: readonly { readonly id: string; readonly name: string }[];
}

export interface TimelineLine {
  readonly at: string;
  readonly text: string;
  /** The incident it came from; null for a line added by hand. */
  readonly incident: number | null;
  /** The timeline entry it came from, kept when reworded. */
  readonly source_seq: number | null;
  readonly hidden: boolean;
}

export interface SeverityInfo {
  readonly name: string;
  readonly rank: number;
}

/** Timeline kinds that always go in the key timeline. */
const ALWAYS_KEY = new Set(['acknowledged', 'unacknowledged', 'escalated', 'severity_changed', 'commander_changed', 'role_assigned', 'role_cleared', 'status_update', 'handoff', 'reopened', 'resolved']);
/** Kinds that go in only when someone pinned them. */
const KEY_IF_PINNED = new Set(['note', 'runbook_step']);
/** Kinds a person's acting on the incident is recorded by: they make the actor a responder. */
const RESPONDING = new Set(['acknowledged', 'resolved', 'note', 'escalated', 'severity_changed', 'commander_changed', 'role_assigned', 'role_cleared', 'status_update', 'handoff', 'runbook_step', 'impact_changed', 'reopened', 'pinned']);
/** Past this many lines, the paged lines go first. */
export const MAX_KEY_LINES = 60;

const userOf = (actor: string): string | null => (actor.startsWith('user:') ? actor.slice('user:'.length) : null);

function severityTimeline(incident: FactsIncident): { id: string; from: number; to: number }[] {
  const changes = incident.timeline.filter((e) => e.kind === 'severity_changed');
  const initial = changes.length > 0 && typeof changes[0]!.data['from'] === 'string' ? (changes[0]!.data['from'] as string) : incident.severityId;
  const spans: { id: string; from: number; to: number }[] = [];
  let current = initial;
  let since = incident.triggeredAt;
  for (const change of changes) {
    if (change.at > incident.resolvedAt) break;
    spans.push({ id: current, from: since, to: Math.max(since, change.at) });
    current = typeof change.data['to'] === 'string' ? (change.data['to'] as string) : current;
    since = change.at;
  }
  spans.push({ id: current, from: since, to: Math.max(since, incident.resolvedAt) });
  return spans;
}

/** The facts of a postmortem over one or more resolved incidents. */
export function postmortemFacts(incidents: readonly FactsIncident[], severities: ReadonlyMap<string, SeverityInfo>, userNames: ReadonlyMap<string, string>): PostmortemFacts {
  const ordered = [...incidents].sort((a, b) => a.triggeredAt - b.triggeredAt || a.number - b.number);
  const first = ordered[0]!;
  const firstTrigger = first.triggeredAt;
  const lastResolve = Math.max(...ordered.map((i) => i.resolvedAt));
  const rank = (id: string) => severities.get(id)?.rank ?? Number.MAX_SAFE_INTEGER;
  const nameOfSeverity = (id: string) => severities.get(id)?.name ?? id;

  const timeAt = new Map<string, number>();
  for (const incident of ordered) for (const span of severityTimeline(incident)) timeAt.set(span.id, (timeAt.get(span.id) ?? 0) + (span.to - span.from));
  const visited = [...timeAt.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const highest = visited[0] ?? first.severityId;

  const impactStart = Math.min(...ordered.map((i) => i.cost.impactStart));
  const impactEnd = Math.max(...ordered.map((i) => i.cost.impactEnd));
  const costed = ordered.filter((i) => i.cost.amountMinor !== null && i.cost.currency !== null);
  const currencies = new Set(costed.map((i) => i.cost.currency));
  const cost = costed.length === 0 || currencies.size !== 1 ? null : {
    amount: costed.reduce((sum, i) => sum + (i.cost.amount ?? 0), 0),
    amount_minor: costed.reduce((sum, i) => sum + (i.cost.amountMinor ?? 0), 0),
    currency: costed[0]!.cost.currency!,
    formula: costed.map((i) => (costed.length > 1 ? `#${i.number}: ${i.cost.formula}` : i.cost.formula)).join('; '),
  };
  const knownStarts = ordered.filter((i) => i.cost.startKnown).map((i) => i.cost.impactStart);
  // An impact that began after the trigger was detected at once: 0, which is known, unlike null.
  const ttd = knownStarts.length === 0 ? null : Math.max(0, Math.round((firstTrigger - Math.min(...knownStarts)) / 1000));

  const all = ordered.flatMap((i) => i.timeline);
  const firstPersonAck = all.filter((e) => e.kind === 'acknowledged' && userOf(e.actor) !== null).sort((a, b) => a.at - b.at)[0];

  const roles = new Map<string, Set<string>>();
  const addResponder = (user: string, role?: string) => {
    const held = roles.get(user) ?? new Set<string>();
    if (role !== undefined) held.add(role);
    roles.set(user, held);
  };
  for (const incident of ordered) {
    if (incident.commanderId !== null) addResponder(incident.commanderId, 'commander');
    for (const entry of incident.timeline) {
      const user = userOf(entry.actor);
      if (user !== null && RESPONDING.has(entry.kind)) addResponder(user);
      if (entry.kind === 'commander_changed' && typeof entry.data['to'] === 'string') addResponder(entry.data['to'] as string, 'commander');
      if (entry.kind === 'role_assigned' && typeof entry.data['user'] === 'string') addResponder(entry.data['user'] as string, String(entry.data['role'] ?? 'role'));
    }
  }
  const paged = new Set(all.filter((e) => e.kind === 'paged' && typeof e.data['user'] === 'string').map((e) => e.data['user'] as string));
  const nameOf = (id: string) => userNames.get(id) ?? id;
  const byName = <T extends { name: string; id: string }>(a: T, b: T) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id);

  return {
    incidents: ordered.map((i) => ({ number: i.number, title: i.title, service: i.service?.name ?? null })),
    date: new Date(firstTrigger).toISOString(),
    duration_seconds: Math.round((lastResolve - firstTrigger) / 1000),
    severity: { id: highest, name: nameOfSeverity(highest) },
    severity_time: visited.map((id) => ({ id, name: nameOfSeverity(id), seconds: Math.round((timeAt.get(id) ?? 0) / 1000) })),
    impact: { start: new Date(impactStart).toISOString(), end: new Date(impactEnd).toISOString(), minutes: Math.round((impactEnd - impactStart) / 600) / 100 },
    cost,
    ttd_seconds: ttd,
    tta_seconds: firstPersonAck === undefined ? null : Math.round((firstPersonAck.at - firstTrigger) / 1000),
    ttr_seconds: Math.round((lastResolve - firstTrigger) / 1000),
    responders: [...roles].map(([id, held]) => ({ id, name: nameOf(id), roles: [...held].sort() })).sort(byName),
    paged_no_action: [...paged].filter((id) => !roles.has(id)).map((id) => ({ id, name: nameOf(id) })).sort(byName),
  };
}

interface KeyLine {
  readonly at: number;
  readonly text: string;
  readonly incident: number;
  readonly seq: number;
  readonly paged: boolean;
}

/**
 * The key entries of each incident's timeline: the first trigger or declaration; the first page
 * of each escalation level, its people named together; every acknowledgement, un-acknowledgement,
 * escalation, severity and role change, stakeholder update, hand-off, reopen and resolve; notes
 * and runbook steps only when pinned. Never alert noise, reminders or warnings. Several incidents
 * interleave by time, each line prefixed with its number; past 60 lines the paged lines go first.
 */
export function keyTimeline(incidents: readonly FactsIncident[], userNames: ReadonlyMap<string, string>): TimelineLine[] {
  const several = incidents.length > 1;
  const lines: KeyLine[] = [];
  for (const incident of incidents) {
    const pinned = new Set(incident.timeline.filter((e) => e.kind === 'pinned').map((e) => Number(e.data['seq'])));
    const start = incident.timeline.find((e) => e.kind === 'triggered' || e.kind === 'declared');
    const line = (entry: FactsEntry, text: string, paged = false) =>
      lines.push({ at: entry.at, text: several ? `#${incident.number} ${text}` : text, incident: incident.number, seq: entry.seq, paged });
    if (start) line(start, start.message);
    const pagedByLevel = new Map<number, { entry: FactsEntry; users: string[] }>();
    for (const entry of incident.timeline) {
      if (entry.kind === 'paged') {
        const level = Number(entry.data['level'] ?? 0);
        const user = String(entry.data['user'] ?? '');
        const seen = pagedByLevel.get(level);
        if (seen === undefined) pagedByLevel.set(level, { entry, users: [user] });
        else if (!seen.users.includes(user)) seen.users.push(user);
      } else if (ALWAYS_KEY.has(entry.kind) || (KEY_IF_PINNED.has(entry.kind) && pinned.has(entry.seq))) {
        line(entry, entry.message);
      }
    }
    for (const [level, { entry, users }] of pagedByLevel) line(entry, `Paged ${users.map((u) => userNames.get(u) ?? u).join(', ')} (level ${level})`, true);
  }
  lines.sort((a, b) => a.at - b.at || a.incident - b.incident || a.seq - b.seq);
  const kept = lines.length > MAX_KEY_LINES ? lines.filter((l) => !l.paged).slice(0, MAX_KEY_LINES) : lines;
  return kept.map((l) => ({ at: new Date(l.at).toISOString(), text: l.text, incident: l.incident, source_seq: l.seq, hidden: false }));
}
