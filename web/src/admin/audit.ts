/**
 * The audit log's filters as they live in the address (so a filtered view can be shared), and
 * its entries in words: who did what to which thing, and each field before → after.
 */

export interface AuditFilters {
  /** `user:alice`, `token:ci-bot`, `cli`. */
  readonly actor: string;
  /** `user.update`, `login.failed`. */
  readonly action: string;
  /** What was changed: a type (`schedule`) or type:id (`user:eli`); the API calls it `entity`. */
  readonly target: string;
  /** ISO instants: the range is the same for everyone who opens the link, wherever they are. */
  readonly since: string;
  readonly until: string;
}

export const NO_FILTERS: AuditFilters = { actor: '', action: '', target: '', since: '', until: '' };
const KEYS = ['actor', 'action', 'target', 'since', 'until'] as const;

export function filtersFromParams(params: URLSearchParams): AuditFilters {
  const read = (key: (typeof KEYS)[number]) => params.get(key)?.trim() ?? '';
  const instant = (key: 'since' | 'until') => {
    const value = read(key);
    return value !== '' && Number.isFinite(Date.parse(value)) ? new Date(value).toISOString() : '';
  };
  return { actor: read('actor'), action: read('action'), target: read('target'), since: instant('since'), until: instant('until') };
}

/** The filters into `params`, keeping the parameters that are not the audit log's (the tab). */
export function filtersToParams(filters: AuditFilters, params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of KEYS) {
    const value = filters[key].trim();
    if (value === '') next.delete(key);
    else next.set(key, value);
  }
  return next;
}

export function hasFilters(filters: AuditFilters): boolean {
  return KEYS.some((key) => filters[key] !== '');
}

/** The API's query for the filters. */
export function auditQuery(filters: AuditFilters): { actor?: string; action?: string; entity?: string; since?: string; until?: string } {
  return {
    ...(filters.actor === '' ? {} : { actor: filters.actor }),
    ...(filters.action === '' ? {} : { action: filters.action }),
    ...(filters.target === '' ? {} : { entity: filters.target }),
    ...(filters.since === '' ? {} : { since: filters.since }),
    ...(filters.until === '' ? {} : { until: filters.until }),
  };
}

/** An instant as a `datetime-local` field shows it, in the viewer's zone ("2026-03-02T11:00"). */
export function toLocalInput(iso: string): string {
  if (iso === '') return '';
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** What a `datetime-local` field holds (the viewer's wall time) as an instant; '' when empty or unreadable. */
export function fromLocalInput(value: string): string {
  if (value.trim() === '') return '';
  const time = new Date(value).getTime();
  return Number.isFinite(time) ? new Date(time).toISOString() : '';
}

/** The filters as a sentence: "Changes by user:alice to user:eli, from … to …". */
export function filterSentence(filters: AuditFilters, format: (iso: string) => string): string {
  const parts = ['Entries'];
  if (filters.action !== '') parts.push(`of ${filters.action}`);
  if (filters.actor !== '') parts.push(`by ${filters.actor}`);
  if (filters.target !== '') parts.push(`on ${filters.target}`);
  if (filters.since !== '') parts.push(`from ${format(filters.since)}`);
  if (filters.until !== '') parts.push(`until ${format(filters.until)}`);
  return parts.length === 1 ? 'Every entry, newest first' : `${parts.join(' ')}, newest first`;
}

const VERBS: Readonly<Record<string, string>> = {
  create: 'created',
  update: 'changed',
  delete: 'deleted',
  revoke: 'revoked',
  verify: 'verified',
  replace: 'replaced',
  acknowledge: 'acknowledged',
  resolve: 'resolved',
  reopen: 'reopened',
  escalate: 'escalated',
  retire: 'retired',
  declare: 'declared',
  oidc_link: 'linked single sign-on to',
  unacknowledge: 'unacknowledged',
};

/** Outcomes rather than deeds: "anonymous: login failed for user bob". */
const OUTCOMES = new Set(['failed', 'succeeded', 'refused']);

/** "user:alice" → "alice"; "token:ci-bot" → "token ci-bot"; "cli" → "the command line"; "config" → "vigil.yaml". */
export function actorWords(actor: string): string {
  if (actor.startsWith('user:')) return actor.slice('user:'.length);
  if (actor.startsWith('token:')) return `token ${actor.slice('token:'.length)}`;
  if (actor === 'cli') return 'the command line';
  if (actor === 'config') return 'vigil.yaml';
  return actor;
}

/** "alice changed user eli", "anonymous: login failed for user bob". */
export function entrySentence(entry: { readonly actor: string; readonly action: string; readonly entity_type: string; readonly entity_id: string | null }): string {
  const dot = entry.action.lastIndexOf('.');
  const verb = dot < 0 ? entry.action : entry.action.slice(dot + 1);
  const noun = entry.entity_type.replaceAll('_', ' ');
  const target = entry.entity_id === null ? noun : `${noun} ${entry.entity_id}`;
  // Sign-ins are made by nobody yet (the actor is "anonymous"): they read as the account's.
  if (entry.action === 'login.succeeded') return `${entry.entity_id ?? 'someone'} signed in`;
  if (entry.action === 'login.failed' || entry.action === 'login.refused') {
    return `${entry.action === 'login.failed' ? 'Failed' : 'Refused'} sign-in ${entry.entity_id === null ? 'for an unknown email' : `as ${entry.entity_id}`}`;
  }
  if (OUTCOMES.has(verb) && dot > 0) return `${actorWords(entry.actor)}: ${entry.action.slice(0, dot).replaceAll(/[._]/g, ' ')} ${verb} for ${target}`;
  const words = VERBS[verb];
  if (words === undefined) return `${actorWords(entry.actor)}: ${entry.action.replaceAll(/[._]/g, ' ')} on ${target}`;
  return `${actorWords(entry.actor)} ${words} ${target}`;
}

export interface FieldChange {
  readonly field: string;
  /** Undefined where the field did not exist (creation, deletion). */
  readonly before: string | undefined;
  readonly after: string | undefined;
}

const MAX_VALUE = 160;

/** A value as a short line: text as is, "none" for null, compact JSON for the rest. */
export function valueWords(value: unknown): string {
  if (value === null) return 'none';
  if (typeof value === 'string') return value.length > MAX_VALUE ? `${value.slice(0, MAX_VALUE - 1)}…` : value;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return String(value);
  const text = JSON.stringify(value) ?? String(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * What an entry changed, field by field. An update lists only the fields that differ; a creation
 * lists what was made (before undefined) and a deletion what was removed (after undefined).
 */
export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  const missing = (v: unknown) => v === null || v === undefined;
  if (missing(before) && missing(after)) return [];
  if (!isRecord(before) && !isRecord(after)) {
    return [{ field: 'value', before: missing(before) ? undefined : valueWords(before), after: missing(after) ? undefined : valueWords(after) }];
  }
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const had = field in b && !missing(before);
    const has = field in a && !missing(after);
    if (had && has && JSON.stringify(b[field]) === JSON.stringify(a[field])) continue;
    changes.push({ field, before: had ? valueWords(b[field]) : undefined, after: has ? valueWords(a[field]) : undefined });
  }
  return changes;
}
