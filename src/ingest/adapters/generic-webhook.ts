import { randomUUID } from 'node:crypto';
import { Type, type Static } from '@sinclair/typebox';
import type { AlertAction, AlertBatch, AlertEvent } from '../../alerts/alert-event.js';
import { characterCount, DEDUP_KEY_LIMIT, detailsObject, fieldErrors, httpUrl, isObject, parseTimestamp, severityHints, truncateSummary } from './wire-fields.js';

const Path = Type.String({ minLength: 1, description: 'Dotted path into the body; numeric segments index arrays (alerts.0.title).' });
const Paths = Type.Union([Path, Type.Array(Path)], { description: 'One path, or several tried in order: the first that holds a value wins.' });

/**
 * Where a generic JSON webhook keeps each field, as written in configuration (snake_case, like
 * the rest of vigil.yaml). Every key is optional; a missing key takes DEFAULT_GENERIC_MAPPING's.
 */
export const GenericMappingSchema = Type.Object(
  {
    summary: Type.Optional(Paths),
    severity: Type.Optional(Paths),
    dedup_key: Type.Optional(Paths),
    status: Type.Optional(Paths),
    /** Status values (case-insensitive) that resolve the alert. */
    resolve_when: Type.Optional(Type.Array(Type.String())),
    /** Status values (case-insensitive) that acknowledge it; any other value triggers. */
    acknowledge_when: Type.Optional(Type.Array(Type.String())),
    source: Type.Optional(Paths),
    /** Object of string labels. */
    labels: Type.Optional(Paths),
    timestamp: Type.Optional(Paths),
    /** An http(s) URL shown as a link. */
    link: Type.Optional(Paths),
    /** Where the details are; null keeps the whole body. */
    details: Type.Optional(Type.Union([Path, Type.Null()])),
  },
  { additionalProperties: false },
);
export type GenericMapping = Static<typeof GenericMappingSchema>;
type ResolvedMapping = Required<GenericMapping>;

export const DEFAULT_GENERIC_MAPPING: ResolvedMapping = {
  summary: ['summary', 'title', 'message'],
  severity: ['severity'],
  dedup_key: ['dedup_key', 'id'],
  status: ['status'],
  resolve_when: ['resolved', 'resolve', 'ok'],
  acknowledge_when: ['acknowledged', 'acknowledge', 'ack'],
  source: ['source'],
  labels: ['labels'],
  timestamp: ['timestamp'],
  link: ['url', 'link'],
  details: null,
};

export type GenericWebhookResult =
  | { readonly ok: true; readonly batch: AlertBatch; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly errors: readonly string[] };

export interface GenericWebhookOptions {
  /** Makes the key for a trigger that brings none; default a random UUID. */
  readonly newKey?: () => string;
}

/** The value at a dotted path, or undefined when any segment is missing. */
export function valueAtPath(body: unknown, path: string): unknown {
  let current: unknown = body;
  for (const segment of path.split('.')) {
    if (Array.isArray(current) && /^\d+$/.test(segment)) current = current[Number(segment)];
    else if (isObject(current) && Object.hasOwn(current, segment)) current = current[segment];
    else return undefined;
  }
  return current;
}

const list = (paths: string | readonly string[]): readonly string[] => (typeof paths === 'string' ? [paths] : paths);

/** Numbers and booleans count as text so `"id": 42` or `"resolved": true` work. */
function firstText(body: unknown, paths: string | readonly string[]): string | null {
  for (const path of list(paths)) {
    const value = valueAtPath(body, path);
    if (typeof value === 'string' && value.trim() !== '') return value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  }
  return null;
}

const looked = (paths: string | readonly string[]) => `looked at: ${list(paths).join(', ')}`;

/**
 * Any JSON webhook, read through a mapping of dotted paths. The status decides the action
 * (resolve_when / acknowledge_when, else trigger); a trigger without a dedup key gets a
 * generated one; a trigger without a summary, or an ack/resolve without a dedup key, is an
 * error naming the paths looked at.
 */
export function parseGenericWebhook(body: unknown, mapping: GenericMapping = {}, options: GenericWebhookOptions = {}): GenericWebhookResult {
  if (!isObject(body)) return { ok: false, errors: ['the body must be a JSON object'] };
  const m: ResolvedMapping = { ...DEFAULT_GENERIC_MAPPING, ...mapping };
  const errors: string[] = [];
  const warnings: string[] = [];

  const status = firstText(body, m.status)?.trim().toLowerCase() ?? null;
  const matches = (values: readonly string[]) => status !== null && values.some((v) => v.toLowerCase() === status);
  const action: AlertAction = matches(m.resolve_when) ? 'resolve' : matches(m.acknowledge_when) ? 'acknowledge' : 'trigger';

  const dedupKey = firstText(body, m.dedup_key);
  if (dedupKey === null && action !== 'trigger') errors.push(`${fieldErrors.missingOrBlank('dedup_key')} (required to ${action}; ${looked(m.dedup_key)})`);
  if (dedupKey !== null && characterCount(dedupKey) > DEDUP_KEY_LIMIT) errors.push(fieldErrors.tooLong('dedup_key', characterCount(dedupKey), DEDUP_KEY_LIMIT));
  const summary = firstText(body, m.summary);
  if (summary === null && action === 'trigger') errors.push(`${fieldErrors.missingOrBlank('summary')} (${looked(m.summary)})`);
  if (errors.length > 0) return { ok: false, errors };

  const timestamp = firstText(body, m.timestamp);
  const occurredAt = timestamp === null ? null : parseTimestamp(timestamp);
  if (timestamp !== null && occurredAt === null) warnings.push(`ignored timestamp '${timestamp}': not an ISO 8601 date-time`);
  const link = list(m.link).map((path) => httpUrl(valueAtPath(body, path))).find((href) => href !== null);
  const details = m.details === null ? body : detailsObject(valueAtPath(body, m.details), m.details);

  const event: AlertEvent = {
    action,
    dedupKey: dedupKey ?? (options.newKey ?? randomUUID)(),
    dedupKeyGenerated: dedupKey === null,
    incidentKey: null,
    summary: summary === null ? null : truncateSummary(summary, 'summary', warnings),
    severityHints: severityHints(...list(m.severity).map((path) => firstText(body, path))),
    source: firstText(body, m.source),
    component: null,
    group: null,
    class: null,
    labels: readLabels(body, m.labels, warnings),
    details,
    links: link ? [{ href: link }] : [],
    images: [],
    occurredAt,
    client: null,
    clientUrl: null,
  };
  return { ok: true, batch: { events: [event], complete: true, title: event.summary }, warnings };
}

function readLabels(body: unknown, paths: string | readonly string[], warnings: string[]): Record<string, string> {
  const found = list(paths).map((path) => valueAtPath(body, path)).find(isObject);
  if (found === undefined) return {};
  const labels: Record<string, string> = {};
  for (const [name, value] of Object.entries(found)) {
    if (typeof value === 'string') labels[name] = value;
    else if (typeof value === 'number' || typeof value === 'boolean') labels[name] = String(value);
    else warnings.push(`ignored label '${name}': not a string`);
  }
  return labels;
}
