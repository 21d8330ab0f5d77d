import type { InfiniteData, QueryClient, QueryKey } from '@tanstack/react-query';
import type { IncidentList } from '../api/types';
import { isNewer, reconcilePages, type ListRules } from './reconcile';

/** An incident as lists and the stream carry it: the incident without its timeline. */
export type ListIncident = IncidentList['incidents'][number];
export type IncidentListPage = IncidentList;

/**
 * The cache keys the live layer keeps current. Lists are infinite queries under
 * `['incidents', 'list', filters]` whose `meta.live` says how to fold a change in (`LiveListMeta`);
 * counts are under `['incidents', 'summary', filters]` and are read again after changes.
 */
export const INCIDENT_LISTS = ['incidents', 'list'] as const;
export const INCIDENT_SUMMARIES = ['incidents', 'summary'] as const;
export const incidentListKey = (filters: object) => [...INCIDENT_LISTS, filters] as const;
export const incidentSummaryKey = (filters: object) => [...INCIDENT_SUMMARIES, filters] as const;

/** What a list query tells the live layer about itself, as its `meta`. Lists without it are read again instead. */
export interface LiveListMeta extends Record<string, unknown> {
  readonly live: ListRules<ListIncident>;
}

/** `event: incident` of `GET /api/v1/stream`. */
export interface IncidentEvent {
  readonly kind: string;
  readonly incident: ListIncident;
}

// The newest version seen of each incident, so a late, older event is ignored even for an
// incident that has left every list, and a held list can show a row's last state (`hold.ts`).
const RECENT_LIMIT = 2_000;
const recent = new Map<string, ListIncident>();

function remember(incident: ListIncident): void {
  recent.delete(incident.id);
  recent.set(incident.id, incident);
  if (recent.size > RECENT_LIMIT) recent.delete(recent.keys().next().value as string);
}

/** The newest version of an incident the stream has brought, if any. */
export function latestIncident(id: string): ListIncident | undefined {
  return recent.get(id);
}

/**
 * Reads that wait a moment and merge: a burst of changes (an alert storm) costs one read of the
 * counts and of each open incident page, not one per event.
 */
const pending = new Map<string, { key: QueryKey; client: QueryClient }>();
let flushTimer: ReturnType<typeof setTimeout> | undefined;
const DEBOUNCE_MS = 400;

export function invalidateSoon(client: QueryClient, key: QueryKey): void {
  pending.set(JSON.stringify(key), { key, client });
  flushTimer ??= setTimeout(() => {
    flushTimer = undefined;
    const due = [...pending.values()];
    pending.clear();
    for (const { key: dueKey, client: owner } of due) void owner.invalidateQueries({ queryKey: dueKey });
  }, DEBOUNCE_MS);
}

/**
 * Folds one change into every cached list in place, and has the counts and the incident's own
 * page read again. A list being read right now is read again instead: the answer in flight may
 * predate the change and would overwrite it.
 */
export function applyIncidentEvent(client: QueryClient, event: IncidentEvent): void {
  const incoming = event.incident;
  const known = recent.get(incoming.id);
  if (known !== undefined && !isNewer(incoming, known)) return;
  remember(incoming);
  for (const query of client.getQueryCache().findAll({ queryKey: INCIDENT_LISTS })) {
    const rules = (query.options.meta as Partial<LiveListMeta> | undefined)?.live;
    const data = query.state.data as InfiniteData<IncidentListPage> | undefined;
    if (rules === undefined || query.state.fetchStatus === 'fetching') {
      invalidateSoon(client, query.queryKey);
      continue;
    }
    if (data === undefined) continue;
    const { data: next, outcome } = reconcilePages(data, incoming, rules);
    if (next !== data) client.setQueryData(query.queryKey, next);
    if (outcome === 'unknown') invalidateSoon(client, query.queryKey);
  }
  invalidateSoon(client, INCIDENT_SUMMARIES);
  // The incident page's own queries (its timeline, pages, alerts) nest under this key.
  invalidateSoon(client, ['incident', String(incoming.number)]);
}
