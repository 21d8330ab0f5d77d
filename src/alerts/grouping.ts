import { createHash } from 'node:crypto';
import type { AlertEvent } from './alert-event.js';

/**
 * Content-based grouping: a service may say which alert fields make two alerts one problem
 * (`grouping: { by: [component, labels.cluster] }`). Triggers that agree on all of them, and that
 * their sender did not already group (Alertmanager's and Grafana's groups win), join the open
 * incident of that group instead of opening one each: a hundred failing pods page once.
 *
 * An alert that lacks a listed field (absent, null or blank) belongs to no group and opens an
 * incident of its own. Counting a missing field as empty would put every alert without it into
 * one group, so an unrelated alert (a `curl`, an Events API v1 event) would join whatever
 * incident is open there and page nobody.
 */
export interface GroupingRule {
  readonly by: readonly string[];
  /** How long the first page of a new incident waits for related alerts to join (`grouping.wait`). */
  readonly wait_ms?: number;
  /** Alerts joining after the first page are told to the paged at most once per this (`grouping.interval`). */
  readonly interval_ms?: number;
}

/** A service's grouping timers from its stored rule (`services.grouping`); zero: none. */
export function groupingTimers(stored: string | null | undefined): { readonly waitMs: number; readonly intervalMs: number } {
  return ruleTimers(stored ? (JSON.parse(stored) as GroupingRule) : null);
}

/** The same, for a rule already read (an integration's `grouping`). */
export function ruleTimers(rule: GroupingRule | null): { readonly waitMs: number; readonly intervalMs: number } {
  return { waitMs: rule?.wait_ms ?? 0, intervalMs: rule?.interval_ms ?? 0 };
}

/** Fields of a PagerDuty payload (and what the other senders map onto them). */
export const GROUPING_FIELDS = ['summary', 'source', 'component', 'group', 'class', 'severity'] as const;
/** Followed by a label name, or a path into the event's details (`custom_details` on PagerDuty). */
export const GROUPING_PREFIXES = ['labels.', 'details.'] as const;
export const MAX_GROUPING_FIELDS = 10;

/** Why a `grouping.by` entry names no field, or null when it names one. */
export function groupingFieldProblem(field: string): string | null {
  if ((GROUPING_FIELDS as readonly string[]).includes(field)) return null;
  const prefix = GROUPING_PREFIXES.find((p) => field.startsWith(p));
  if (prefix !== undefined) {
    const rest = field.slice(prefix.length);
    if (rest.length > 0 && !rest.split('.').some((part) => part.length === 0)) return null;
    return `"${field}" names no ${prefix === 'labels.' ? 'label' : 'detail'} after "${prefix}"`;
  }
  return `"${field}" is not an alert field`;
}

/** The hint shown with a field problem. */
export const GROUPING_FIELDS_HINT = `use ${GROUPING_FIELDS.join(', ')}, labels.<name> or details.<path> (custom_details on PagerDuty)`;

/** What field lookups read of an alert: the event's content, wherever it is kept. */
export type AlertFields = Pick<AlertEvent, 'summary' | 'source' | 'component' | 'group' | 'class' | 'severityHints' | 'labels' | 'details'>;

/**
 * The value at a dot path through an alert's details: undefined when a key is absent or the
 * path goes through something that is not an object (an array, a string).
 */
export function detailAt(details: Readonly<Record<string, unknown>>, path: string): unknown {
  let value: unknown = details;
  for (const part of path.split('.')) {
    value = value !== null && typeof value === 'object' && !Array.isArray(value) && Object.hasOwn(value, part) ? (value as Record<string, unknown>)[part] : undefined;
  }
  return value;
}

/**
 * The field's value as the sender wrote it (details that are not text as JSON), or null when the
 * alert does not carry it. Grouping and matchers read fields through this one lookup and differ
 * only in what counts as absent.
 */
export function alertFieldText(event: AlertFields, field: string): string | null {
  if (field.startsWith('labels.')) {
    const name = field.slice('labels.'.length);
    return Object.hasOwn(event.labels, name) ? (event.labels[name] ?? null) : null;
  }
  if (field.startsWith('details.')) {
    const value = detailAt(event.details, field.slice('details.'.length));
    if (value === undefined || value === null) return null;
    return typeof value === 'string' ? value : JSON.stringify(value);
  }
  switch (field as (typeof GROUPING_FIELDS)[number]) {
    case 'summary':
      return event.summary;
    case 'source':
      return event.source;
    case 'component':
      return event.component;
    case 'group':
      return event.group;
    case 'class':
      return event.class;
    case 'severity':
      return event.severityHints[0] ?? null;
  }
  return null;
}

/** The field's value as text, or null when the alert does not carry it (absent, null or blank). */
export function groupingFieldValue(event: AlertFields, field: string): string | null {
  const value = alertFieldText(event, field);
  return value === null || value.trim() === '' ? null : value;
}

/**
 * The group a trigger belongs to under the service's rule: alerts with equal values for every
 * field share it. Null when the alert lacks any of the fields: it then opens its own incident.
 * Scoped to the service, so alerts from all of its integrations group together; a digest, so
 * the stored key holds no alert content.
 */
export function contentGroupKey(serviceId: string, rule: GroupingRule, event: AlertEvent): string | null {
  const values: string[] = [];
  for (const field of rule.by) {
    const value = groupingFieldValue(event, field);
    if (value === null) return null;
    values.push(value);
  }
  return `content:${serviceId}:${createHash('sha256').update(JSON.stringify(values)).digest('hex').slice(0, 32)}`;
}
