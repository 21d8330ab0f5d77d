import type { ChangeEvent } from '../../alerts/alert-event.js';
import { invalidEvent, unrecognizedObject, type PagerDutyError } from './pagerduty-error.js';
import {
  detailsObject,
  fieldErrors,
  isObject,
  optionalString,
  optionalTimestamp,
  parseLinks,
  requiredString,
  truncateSummary,
} from './wire-fields.js';

export type PagerDutyChangeResult =
  | { readonly ok: true; readonly routingKey: string; readonly change: ChangeEvent; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly error: PagerDutyError };

/**
 * PagerDuty change events (`POST /v2/change/enqueue`, PROTOCOLS §1.3). Only `routing_key` and
 * `payload.summary` are required. go-pagerduty marshals without omitempty, so `"timestamp": ""`,
 * `"custom_details": null` and `"links": null` are normal and mean "not given". `images` is
 * ignored: PD's docs say only links are supported. A summary over 1024 characters is truncated.
 */
export function parsePagerDutyChange(body: unknown): PagerDutyChangeResult {
  if (!isObject(body)) return { ok: false, error: unrecognizedObject('the body must be a JSON object') };
  const errors: string[] = [];
  const warnings: string[] = [];

  const routingKey = requiredString(body.routing_key, 'routing_key', errors);
  const payload = body.payload;
  if (payload === undefined || payload === null) errors.push(fieldErrors.missing('payload'));
  else if (!isObject(payload)) errors.push(fieldErrors.notObject('payload'));
  const fields = isObject(payload) ? payload : {};
  const summary = isObject(payload) ? requiredString(fields.summary, 'payload.summary', errors) : null;

  if (errors.length > 0 || routingKey === null || summary === null) return { ok: false, error: invalidEvent(errors) };
  const change: ChangeEvent = {
    summary: truncateSummary(summary, 'payload.summary', warnings),
    source: optionalString(fields.source, 'payload.source', warnings),
    occurredAt: optionalTimestamp(fields.timestamp, 'payload.timestamp', warnings),
    details: detailsObject(fields.custom_details, 'custom_details'),
    links: parseLinks(body.links, 'links', warnings),
  };
  return { ok: true, routingKey, change, warnings };
}
