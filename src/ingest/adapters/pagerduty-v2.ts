import type { AlertAction, AlertEvent } from '../../alerts/alert-event.js';
import { alertmanagerSeverityNote } from '../alertmanager-severity.js';
import {
  invalidEvent,
  isPagerDutyAction,
  PAGERDUTY_ACTIONS,
  unrecognizedObject,
  type PagerDutyOptions,
  type PagerDutyResult,
} from './pagerduty-error.js';
import {
  characterCount,
  DEDUP_KEY_LIMIT,
  detailsObject,
  fieldErrors,
  httpUrl,
  isObject,
  optionalString,
  optionalTimestamp,
  parseImages,
  parseLinks,
  requiredString,
  severityHints,
  truncateSummary,
  type JsonObject,
} from './wire-fields.js';

/**
 * PagerDuty Events API v2 alert events (`POST /v2/enqueue`, PROTOCOLS §1.2, §1.8).
 *
 * Rejected, with every field error listed: a missing `routing_key` or `event_action`, an action
 * outside the enum, ack/resolve without `dedup_key`, a `dedup_key` over 255 characters, and a
 * trigger without `payload.summary`, `payload.source` or `payload.severity`.
 *
 * Accepted leniently, because Alertmanager does not retry a 400 and the page would be lost:
 * - `payload.summary` over 1024 characters is truncated to 1024 (as Alertmanager and Grafana do);
 * - `payload.severity` may be any string, even empty: it becomes a severity hint and is mapped
 *   later; the routing key's length is not checked (keys are looked up, not validated);
 * - an unparsable `payload.timestamp` is ignored (occurredAt null; PD fills in its own time too);
 * - `links[]`/`images[]` entries without an http(s) `href`/`src` are dropped, not rejected;
 * - a malformed optional field (`client`, `component`, …) is dropped.
 * Everything dropped or changed is listed in `warnings`. Unknown top-level fields are ignored.
 */
export function parsePagerDutyV2(body: unknown, options: PagerDutyOptions): PagerDutyResult {
  if (!isObject(body)) return { ok: false, error: unrecognizedObject('the body must be a JSON object') };
  const errors: string[] = [];
  const warnings: string[] = [];

  const routingKey = requiredString(body.routing_key, 'routing_key', errors);
  const action = readAction(body.event_action, 'event_action', errors);
  const dedupKey = readDedupKey(body.dedup_key, 'dedup_key', action, errors);
  const payload = readPayload(body.payload, action, errors, warnings);
  const fields = payload === null ? null : readPayloadFields(payload, action === 'trigger', errors, warnings);

  if (errors.length > 0 || routingKey === null || action === null) return { ok: false, error: invalidEvent(errors) };

  const customDetails = fields?.customDetails;
  const event: AlertEvent = {
    action,
    dedupKey: dedupKey ?? options.newKey(),
    dedupKeyGenerated: dedupKey === null,
    // AM's PD notifier already sends dedup_key = sha256(groupKey): one key is one group.
    incidentKey: null,
    summary: fields?.summary ?? null,
    severityHints: severityHints(isObject(customDetails) ? customDetails.severity : undefined, fields?.severity),
    source: fields?.source ?? null,
    component: fields?.component ?? null,
    group: fields?.group ?? null,
    class: fields?.class ?? null,
    labels: {},
    details: detailsObject(customDetails, 'custom_details'),
    links: parseLinks(body.links, 'links', warnings),
    images: parseImages(body.images, 'images', warnings),
    occurredAt: fields?.occurredAt ?? null,
    client: optionalString(body.client, 'client', warnings),
    clientUrl: readClientUrl(body.client_url, 'client_url', warnings),
  };
  const note = alertmanagerSeverityNote(event);
  const noted = note === null ? event : { ...event, notes: [note] };
  return { ok: true, routingKey, batch: { events: [noted], complete: true, title: event.summary }, warnings };
}

export function readAction(value: unknown, path: string, errors: string[]): AlertAction | null {
  if (value === undefined || value === null || value === '') {
    errors.push(fieldErrors.missingOrBlank(path));
    return null;
  }
  if (!isPagerDutyAction(value)) {
    errors.push(fieldErrors.notOneOf(path, PAGERDUTY_ACTIONS));
    return null;
  }
  return value;
}

/** `""` counts as absent: some clients send an empty key rather than omitting it. */
export function readDedupKey(value: unknown, path: string, action: AlertAction | null, errors: string[]): string | null {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    if (action === 'acknowledge' || action === 'resolve') errors.push(`${fieldErrors.missingOrBlank(path)} (required to ${action})`);
    return null;
  }
  if (typeof value !== 'string') {
    errors.push(fieldErrors.notString(path));
    return null;
  }
  const length = characterCount(value);
  if (length > DEDUP_KEY_LIMIT) {
    errors.push(fieldErrors.tooLong(path, length, DEDUP_KEY_LIMIT));
    return null;
  }
  return value;
}

export function readClientUrl(value: unknown, path: string, warnings: string[]): string | null {
  const text = optionalString(value, path, warnings);
  if (text === null) return null;
  const url = httpUrl(text);
  if (url === null) warnings.push(`ignored '${path}': not an http(s) URL`);
  return url;
}

function readPayload(value: unknown, action: AlertAction | null, errors: string[], warnings: string[]): JsonObject | null {
  if (isObject(value)) return value;
  const required = action === 'trigger';
  if (value === undefined || value === null) {
    if (required) errors.push(fieldErrors.missing('payload'));
  } else if (required) {
    errors.push(fieldErrors.notObject('payload'));
  } else {
    warnings.push(`ignored 'payload': not an object`);
  }
  return null;
}

interface PayloadFields {
  readonly summary: string | null;
  readonly source: string | null;
  readonly severity: string | null;
  readonly component: string | null;
  readonly group: string | null;
  readonly class: string | null;
  readonly occurredAt: number | null;
  readonly customDetails: unknown;
}

/** Trigger: summary, source and severity are required. Ack/resolve: all optional. */
function readPayloadFields(payload: JsonObject, trigger: boolean, errors: string[], warnings: string[]): PayloadFields {
  const text = (key: string) =>
    trigger ? requiredString(payload[key], `payload.${key}`, errors) : optionalString(payload[key], `payload.${key}`, warnings);
  const summary = text('summary');
  const source = text('source');
  return {
    summary: summary === null ? null : truncateSummary(summary, 'payload.summary', warnings),
    source,
    severity: readSeverity(payload.severity, trigger, errors, warnings),
    component: optionalString(payload.component, 'payload.component', warnings),
    group: optionalString(payload.group, 'payload.group', warnings),
    class: optionalString(payload.class, 'payload.class', warnings),
    occurredAt: optionalTimestamp(payload.timestamp, 'payload.timestamp', warnings),
    customDetails: payload.custom_details,
  };
}

/** Lenient by design (§1.8 severity caveat): any string, even `""`, is a hint for the severity map. */
function readSeverity(value: unknown, trigger: boolean, errors: string[], warnings: string[]): string | null {
  if (typeof value === 'string') return value;
  if (value === undefined || value === null) {
    if (trigger) errors.push(fieldErrors.missing('payload.severity'));
  } else if (trigger) {
    errors.push(fieldErrors.notString('payload.severity'));
  } else {
    warnings.push(`ignored 'payload.severity': not a string`);
  }
  return null;
}
