import type { AlertEvent, AlertImage, AlertLink } from '../../alerts/alert-event.js';
import { invalidEvent, isPagerDutyAction, unrecognizedObject, type PagerDutyOptions, type PagerDutyResult } from './pagerduty-error.js';
import { readClientUrl, readDedupKey } from './pagerduty-v2.js';
import {
  detailsObject,
  fieldErrors,
  httpUrl,
  isObject,
  optionalString,
  requiredString,
  severityHints,
  truncateSummary,
} from './wire-fields.js';

/** PD's documented v1 text for a bad `event_type`, kept byte for byte. */
const INVALID_EVENT_TYPE = 'event_type is invalid (must be one of: trigger acknowledge resolve)';

/**
 * PagerDuty Events API v1 (`POST /generic/2010-04-15/create_event.json`, PROTOCOLS §2).
 * `service_key` plays the routing key (returned as `routingKey` so v1 and v2 share one shape),
 * `incident_key` the dedup key and `description` the summary. The same leniency as v2 applies
 * (over-long descriptions truncated, malformed optional fields and contexts dropped). v1 has no
 * severity field: `details.severity`, when a string, is the only hint. Alertmanager's v1 bodies
 * also carry `"event_action": ""` and `"payload": null`; unknown fields are ignored, so both are.
 */
export function parsePagerDutyV1(body: unknown, options: PagerDutyOptions): PagerDutyResult {
  if (!isObject(body)) return { ok: false, error: unrecognizedObject('the body must be a JSON object') };
  const errors: string[] = [];
  const warnings: string[] = [];

  const routingKey = requiredString(body.service_key, 'service_key', errors);
  const action = isPagerDutyAction(body.event_type) ? body.event_type : null;
  if (action === null) {
    const absent = body.event_type === undefined || body.event_type === null || body.event_type === '';
    errors.push(absent ? fieldErrors.missingOrBlank('event_type') : INVALID_EVENT_TYPE);
  }
  const dedupKey = readDedupKey(body.incident_key, 'incident_key', action, errors);
  const trigger = action === 'trigger';
  const description = trigger
    ? requiredString(body.description, 'description', errors)
    : optionalString(body.description, 'description', warnings);

  if (errors.length > 0 || routingKey === null || action === null) return { ok: false, error: invalidEvent(errors) };

  const details = detailsObject(body.details, 'details');
  const summary = description === null ? null : truncateSummary(description, 'description', warnings);
  const { links, images } = readContexts(body.contexts, warnings);
  const event: AlertEvent = {
    action,
    dedupKey: dedupKey ?? options.newKey(),
    dedupKeyGenerated: dedupKey === null,
    incidentKey: null,
    summary,
    severityHints: severityHints(details.severity),
    source: null,
    component: null,
    group: null,
    class: null,
    labels: {},
    details,
    links,
    images,
    occurredAt: null,
    client: optionalString(body.client, 'client', warnings),
    clientUrl: readClientUrl(body.client_url, 'client_url', warnings),
  };
  return { ok: true, routingKey, batch: { events: [event], complete: true, title: summary }, warnings };
}

/** v1 `contexts[]`: `{type: "link", href, text?}` and `{type: "image", src, href?, alt?}`. */
function readContexts(value: unknown, warnings: string[]): { links: AlertLink[]; images: AlertImage[] } {
  const links: AlertLink[] = [];
  const images: AlertImage[] = [];
  if (value === undefined || value === null) return { links, images };
  if (!Array.isArray(value)) {
    warnings.push(`ignored 'contexts': not an array`);
    return { links, images };
  }
  value.forEach((entry: unknown, index) => {
    const path = `contexts[${index}]`;
    if (isObject(entry) && entry.type === 'link') {
      const href = httpUrl(entry.href);
      if (href === null) return void warnings.push(`ignored '${path}': a link needs an http(s) 'href'`);
      const text = typeof entry.text === 'string' && entry.text !== '' ? entry.text : undefined;
      links.push(text === undefined ? { href } : { href, text });
    } else if (isObject(entry) && entry.type === 'image') {
      const src = httpUrl(entry.src);
      if (src === null) return void warnings.push(`ignored '${path}': an image needs an http(s) 'src'`);
      const href = httpUrl(entry.href);
      const alt = typeof entry.alt === 'string' && entry.alt !== '' ? entry.alt : undefined;
      images.push({ src, ...(href !== null && { href }), ...(alt !== undefined && { alt }) });
    } else {
      warnings.push(`ignored '${path}': ${fieldErrors.notOneOf(`${path}.type`, ['link', 'image'])}`);
    }
  });
  return { links, images };
}
