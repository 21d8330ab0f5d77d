import type { AlertEvent, AlertImage, AlertLink } from '../../alerts/alert-event.js';
import { alertFingerprint } from './alertmanager-fingerprint.js';
import { fieldErrors, httpUrl, isObject, parseTimestamp, requiredString, severityHints, truncateSummary, type JsonObject } from './wire-fields.js';

/**
 * The part of the webhook body Alertmanager (version "4") and Grafana (version "1") share:
 * Alertmanager's template data plus `groupKey` and `truncatedAlerts` (PROTOCOLS §3.2, §4.1).
 */
export type GroupStatus = 'firing' | 'resolved';

export interface GroupAlert {
  readonly status: GroupStatus;
  readonly labels: Readonly<Record<string, string>>;
  readonly annotations: Readonly<Record<string, string>>;
  /** As sent (RFC 3339, nanoseconds); null when unparsable. */
  readonly startsAt: string | null;
  /** As sent; null while firing (Go's zero time `0001-01-01T00:00:00Z`) or unparsable. */
  readonly endsAt: string | null;
  readonly generatorURL: string | null;
  readonly fingerprint: string;
  readonly raw: JsonObject;
}

export interface GroupMessage {
  /** The receiver name with Alertmanager's `regexp.QuoteMeta` escaping undone (`team\.a` → `team.a`). */
  readonly receiver: string;
  readonly status: GroupStatus;
  readonly alerts: readonly GroupAlert[];
  readonly groupLabels: Readonly<Record<string, string>>;
  readonly commonLabels: Readonly<Record<string, string>>;
  readonly commonAnnotations: Readonly<Record<string, string>>;
  readonly externalURL: string | null;
  readonly groupKey: string;
  readonly truncatedAlerts: number;
}

const STATUSES: readonly GroupStatus[] = ['firing', 'resolved'];
const GO_ZERO_TIME = parseTimestamp('0001-01-01T00:00:00Z');

export function readGroupMessage(body: JsonObject, errors: string[], warnings: string[]): GroupMessage | null {
  const receiver = readString(body.receiver, 'receiver', errors);
  const status = readStatus(body.status, 'status', errors);
  const groupKey = requiredString(body.groupKey, 'groupKey', errors);
  const alerts: GroupAlert[] = [];
  if (!Array.isArray(body.alerts)) errors.push(body.alerts == null ? fieldErrors.missing('alerts') : fieldErrors.notArray('alerts'));
  else body.alerts.forEach((alert: unknown, index) => {
    const parsed = readAlert(alert, `alerts[${index}]`, errors, warnings);
    if (parsed !== null) alerts.push(parsed);
  });
  if (receiver === null || status === null || groupKey === null || errors.length > 0) return null;
  return {
    receiver: unquoteMeta(receiver),
    status,
    alerts,
    groupLabels: readStringMap(body.groupLabels, 'groupLabels', null, warnings),
    commonLabels: readStringMap(body.commonLabels, 'commonLabels', null, warnings),
    commonAnnotations: readStringMap(body.commonAnnotations, 'commonAnnotations', null, warnings),
    externalURL: httpUrl(body.externalURL),
    groupKey,
    truncatedAlerts: readTruncated(body.truncatedAlerts, warnings),
  };
}

function readAlert(value: unknown, path: string, errors: string[], warnings: string[]): GroupAlert | null {
  if (!isObject(value)) {
    errors.push(fieldErrors.notObject(path));
    return null;
  }
  const status = readStatus(value.status, `${path}.status`, errors);
  if (!isObject(value.labels)) errors.push(value.labels == null ? fieldErrors.missing(`${path}.labels`) : fieldErrors.notObject(`${path}.labels`));
  const labels = readStringMap(value.labels, `${path}.labels`, errors, warnings);
  if (status === null || !isObject(value.labels)) return null;
  const startsAt = typeof value.startsAt === 'string' && parseTimestamp(value.startsAt) !== null ? value.startsAt : null;
  if (startsAt === null && value.startsAt !== undefined) warnings.push(`ignored '${path}.startsAt': not an RFC 3339 date-time`);
  const endsAtMs = parseTimestamp(value.endsAt);
  const fingerprint = typeof value.fingerprint === 'string' && value.fingerprint.trim() !== '' ? value.fingerprint : alertFingerprint(labels);
  return {
    status,
    labels,
    annotations: readStringMap(value.annotations, `${path}.annotations`, null, warnings),
    startsAt,
    endsAt: endsAtMs === null || endsAtMs === GO_ZERO_TIME ? null : (value.endsAt as string),
    generatorURL: httpUrl(value.generatorURL),
    fingerprint,
    raw: value,
  };
}

function readString(value: unknown, path: string, errors: string[]): string | null {
  if (typeof value === 'string') return value;
  errors.push(value == null ? fieldErrors.missing(path) : fieldErrors.notString(path));
  return null;
}

function readStatus(value: unknown, path: string, errors: string[]): GroupStatus | null {
  if (STATUSES.includes(value as GroupStatus)) return value as GroupStatus;
  errors.push(value == null || value === '' ? fieldErrors.missingOrBlank(path) : fieldErrors.notOneOf(path, STATUSES));
  return null;
}

/** Labels identify alerts, so a non-string label is an error; elsewhere it is only dropped. */
function readStringMap(value: unknown, path: string, errors: string[] | null, warnings: string[]): Record<string, string> {
  if (!isObject(value)) {
    if (value != null && errors === null) warnings.push(`ignored '${path}': not an object`);
    return {};
  }
  const out: Record<string, string> = {};
  for (const [key, entry] of Object.entries(value)) {
    if (typeof entry === 'string') out[key] = entry;
    else if (errors !== null) errors.push(fieldErrors.notString(`${path}.${key}`));
    else warnings.push(`ignored '${path}.${key}': not a string`);
  }
  return out;
}

/** Absent (Alertmanager < 0.21) means 0; garbage counts as truncated, so nothing auto-resolves. */
function readTruncated(value: unknown, warnings: string[]): number {
  if (value === undefined || value === null) return 0;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
  warnings.push(`'truncatedAlerts' is not a count; the message is treated as incomplete`);
  return 1;
}

/** Undoes Go's `regexp.QuoteMeta`, which Alertmanager applies to the receiver name. */
export function unquoteMeta(text: string): string {
  return text.replace(/\\([\\.+*?()|[\]{}^$])/g, '$1');
}

const sortedValues = (labels: Readonly<Record<string, string>>): string[] =>
  Object.keys(labels).sort().map((name) => labels[name] ?? '');

/**
 * Alertmanager's default `__subject` template, byte for byte (trailing space included), e.g.
 * `[FIRING:2] HighErrorRate (myjob critical payments)`: the status, the group label values,
 * then the common labels that are not group labels, all sorted by label name.
 */
export function alertmanagerSubject(message: GroupMessage): string {
  const firing = message.alerts.filter((a) => a.status === 'firing').length;
  const head = `[${message.status.toUpperCase()}${message.status === 'firing' ? `:${firing}` : ''}]`;
  const groupNames = new Set(Object.keys(message.groupLabels));
  const extra = Object.fromEntries(Object.entries(message.commonLabels).filter(([name]) => !groupNames.has(name)));
  const more = Object.keys(message.commonLabels).length > groupNames.size ? `(${sortedValues(extra).join(' ')})` : '';
  return `${head} ${sortedValues(message.groupLabels).join(' ')} ${more}`;
}

/** A human-written common summary when every alert agrees on one, else Alertmanager's subject. */
export function groupTitle(message: GroupMessage): string {
  const summary = message.commonAnnotations.summary?.trim();
  return summary ? summary : alertmanagerSubject(message).trimEnd();
}

const LINK_ANNOTATION = /(_url|_link|^runbook|^playbook|^dashboard)$/i;

/** runbook_url first, then other URL-valued `*_url`/`*_link`/dashboard annotations. */
function annotationLinks(annotations: Readonly<Record<string, string>>): AlertLink[] {
  const names = Object.keys(annotations).filter((n) => LINK_ANNOTATION.test(n)).sort((a, b) => Number(b === 'runbook_url') - Number(a === 'runbook_url'));
  return names.flatMap((name) => {
    const href = httpUrl(annotations[name]);
    if (href === null) return [];
    const words = name.replace(/_(url|link)$/i, '').replace(/_/g, ' ');
    return [{ href, text: words.charAt(0).toUpperCase() + words.slice(1) }];
  });
}

export interface SenderExtras {
  readonly client: string;
  readonly links?: readonly AlertLink[];
  readonly images?: readonly AlertImage[];
  readonly details?: Readonly<Record<string, unknown>>;
}

/**
 * One alert of the group as an event: dedup by fingerprint, incident by group key. `details`
 * nests the annotations under their own key so an annotation can never shadow a timing field.
 */
export function groupAlertEvent(alert: GroupAlert, message: GroupMessage, extras: SenderExtras): AlertEvent {
  const { labels, annotations } = alert;
  const summary = annotations.summary?.trim() || annotations.description?.trim() || labels.alertname?.trim() || `alert ${alert.fingerprint}`;
  const links = [...annotationLinks(annotations), ...(alert.generatorURL ? [{ href: alert.generatorURL, text: 'Source' }] : []), ...(extras.links ?? [])];
  const started = alert.startsAt === null ? null : parseTimestamp(alert.startsAt);
  const ended = alert.endsAt === null ? null : parseTimestamp(alert.endsAt);
  return {
    action: alert.status === 'firing' ? 'trigger' : 'resolve',
    dedupKey: alert.fingerprint,
    dedupKeyGenerated: false,
    incidentKey: message.groupKey,
    summary: truncateSummary(summary, 'summary', []),
    severityHints: severityHints(labels.severity),
    source: labels.instance?.trim() || null,
    component: null,
    group: null,
    class: null,
    labels,
    details: { annotations, startsAt: alert.startsAt, endsAt: alert.endsAt, generatorURL: alert.generatorURL, ...extras.details },
    links: links.filter((link, index) => links.findIndex((l) => l.href === link.href) === index),
    images: extras.images ?? [],
    occurredAt: alert.status === 'resolved' ? (ended ?? started) : started,
    client: extras.client,
    clientUrl: message.externalURL,
  };
}

/**
 * Which sender a group webhook body comes from, for one endpoint serving both (PROTOCOLS §6):
 * `version` "4" is Alertmanager, "1" Grafana. Anything else is neither (a custom payload).
 */
export function detectGroupWebhookSender(body: unknown): 'alertmanager' | 'grafana' | null {
  if (!isObject(body)) return null;
  return body.version === '4' ? 'alertmanager' : body.version === '1' ? 'grafana' : null;
}
