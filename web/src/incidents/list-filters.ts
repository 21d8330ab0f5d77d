/**
 * The incidents list's filters: read from and written to the address (so a filtered view can be
 * shared and survives a reload), echoed as a sentence, sent to the API, and turned into the rules
 * by which a streamed change is folded into the list. Pure.
 */
import type { ListRules } from '../live/reconcile';
import type { ListIncident } from '../live/incident-cache';

export type Status = 'triggered' | 'acknowledged' | 'resolved';
export const STATUSES: readonly Status[] = ['triggered', 'acknowledged', 'resolved'];
const OPEN: readonly Status[] = ['triggered', 'acknowledged'];

export interface ListFilters {
  /** Empty: any status. */
  readonly statuses: readonly Status[];
  /** Severity ids; empty: any. */
  readonly severities: readonly string[];
  readonly service: string | null;
  readonly team: string | null;
  /** Only mine: I am the commander, or I was paged for it. */
  readonly mine: boolean;
  /** Text in the title or description. */
  readonly q: string;
}

/** What /incidents shows with nothing in the address: the open incidents. */
export const DEFAULT_FILTERS: ListFilters = { statuses: OPEN, severities: [], service: null, team: null, mine: false, q: '' };

const list = (value: string | null) => (value ?? '').split(',').map((part) => part.trim()).filter((part) => part !== '');
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item) => b.includes(item));

export function parseFilters(params: URLSearchParams): ListFilters {
  const status = params.get('status');
  const statuses = status === null ? OPEN : status === 'all' ? [] : STATUSES.filter((s) => list(status).includes(s));
  return {
    // An address naming no status we know shows the default rather than an empty page.
    statuses: status !== null && status !== 'all' && statuses.length === 0 ? OPEN : statuses,
    severities: [...new Set(list(params.get('severity')))],
    service: params.get('service') || null,
    team: params.get('team') || null,
    mine: params.get('mine') === '1' || params.get('mine') === 'true',
    q: (params.get('q') ?? '').trim().slice(0, 200),
  };
}

/** The address's search parameters; the defaults are left out, so /incidents stays /incidents. */
export function filtersToParams(filters: ListFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (!sameSet(filters.statuses, OPEN)) params.set('status', filters.statuses.length === 0 ? 'all' : STATUSES.filter((s) => filters.statuses.includes(s)).join(','));
  if (filters.severities.length > 0) params.set('severity', filters.severities.join(','));
  if (filters.service !== null) params.set('service', filters.service);
  if (filters.team !== null) params.set('team', filters.team);
  if (filters.mine) params.set('mine', '1');
  if (filters.q !== '') params.set('q', filters.q);
  return params;
}

export function isDefault(filters: ListFilters): boolean {
  return filtersToParams(filters).toString() === '';
}

/** The query of `GET /api/v1/incidents` and `/summary`, with every list in a stable order (it is also the cache key). */
export function apiQuery(filters: ListFilters): { status?: string[]; severity?: string[]; service?: string[]; team?: string[]; mine?: boolean; q?: string } {
  return {
    ...(filters.statuses.length > 0 ? { status: STATUSES.filter((s) => filters.statuses.includes(s)) } : {}),
    ...(filters.severities.length > 0 ? { severity: [...filters.severities].sort() } : {}),
    ...(filters.service !== null ? { service: [filters.service] } : {}),
    ...(filters.team !== null ? { team: [filters.team] } : {}),
    ...(filters.mine ? { mine: true } : {}),
    ...(filters.q !== '' ? { q: filters.q } : {}),
  };
}

export function toggle<T>(items: readonly T[], item: T): T[] {
  return items.includes(item) ? items.filter((other) => other !== item) : [...items, item];
}

/** The statuses the list shows: none chosen means every one. */
export function shownStatuses(filters: ListFilters): readonly Status[] {
  return filters.statuses.length === 0 ? STATUSES : filters.statuses;
}

/** One status chip pressed: shown or not. None left, or every one, means any status. */
export function toggleStatus(filters: ListFilters, status: Status): ListFilters {
  const next = toggle(shownStatuses(filters), status);
  return { ...filters, statuses: next.length === STATUSES.length ? [] : next };
}

// ---- The sentence ----

const STATUS_WORDS: Record<Status, string> = { triggered: 'triggered', acknowledged: 'acknowledged', resolved: 'resolved' };

function statusWords(statuses: readonly Status[]): string {
  if (statuses.length === 0 || statuses.length === STATUSES.length) return 'All';
  if (sameSet(statuses, OPEN)) return 'Open';
  const words = STATUSES.filter((s) => statuses.includes(s)).map((s) => STATUS_WORDS[s]);
  const text = words.join(' and ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/**
 * "SEV-1–2" for a run of consecutive severities that share a prefix, else the ids listed
 * ("SEV-1 and SEV-3"), most severe first.
 */
export function severityWords(ids: readonly string[], ranked: readonly { id: string; rank: number }[]): string {
  const rank = (id: string) => ranked.find((s) => s.id === id)?.rank ?? Number.MAX_SAFE_INTEGER;
  const sorted = [...ids].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const parts = sorted.map((id) => /^(.*?)(\d+)$/.exec(id));
  const first = parts[0];
  const consecutive = sorted.length >= 2 && first != null && parts.every((part, i) => part != null && part[1] === first[1] && Number(part[2]) === Number(first[2]) + i);
  if (consecutive && first != null) return `${first[1]}${first[2]}–${parts.at(-1)?.[2]}`;
  return joinWords(sorted);
}

/** "Open SEV-1–2 incidents for Checkout API": the filters as a sentence, so nobody wonders which list this is. */
export function describeFilters(filters: ListFilters, names: { severities: readonly { id: string; rank: number }[]; service?: string; team?: string }): string {
  const words = [statusWords(filters.statuses)];
  if (filters.severities.length > 0) words.push(severityWords(filters.severities, names.severities));
  words.push('incidents');
  const service = filters.service === null ? null : names.service ?? filters.service;
  const team = filters.team === null ? null : names.team ?? filters.team;
  if (service !== null && team !== null) words.push(`for ${service} in team ${team}`);
  else if (service !== null) words.push(`for ${service}`);
  else if (team !== null) words.push(`for team ${team}`);
  if (filters.mine) words.push('assigned or paged to you');
  if (filters.q !== '') words.push(`matching “${filters.q}”`);
  return words.join(' ');
}

// ---- Order and membership, for live changes ----

/** Most severe first, then newest: the server's `order=severity`. */
export function compareIncidents(rankOf: (severityId: string) => number): (a: ListIncident, b: ListIncident) => number {
  return (a, b) => rankOf(a.severity.id) - rankOf(b.severity.id) || b.number - a.number;
}

/**
 * Whether a changed incident belongs in the list with these filters. "Mine" beyond being the
 * commander (was I paged?) only the server can tell.
 */
export function listRules(filters: ListFilters, context: { rankOf: (severityId: string) => number; me: string | null }): ListRules<ListIncident> {
  const q = filters.q.toLowerCase();
  return {
    compare: compareIncidents(context.rankOf),
    belongs(incident) {
      if (filters.statuses.length > 0 && !filters.statuses.includes(incident.status)) return false;
      if (filters.severities.length > 0 && !filters.severities.includes(incident.severity.id)) return false;
      if (filters.service !== null && incident.service?.id !== filters.service) return false;
      if (filters.team !== null && incident.team?.id !== filters.team) return false;
      if (q !== '' && !`${incident.title}\n${incident.description ?? ''}`.toLowerCase().includes(q)) return false;
      if (filters.mine && (context.me === null || incident.commander?.id !== context.me)) return undefined;
      return true;
    },
  };
}
