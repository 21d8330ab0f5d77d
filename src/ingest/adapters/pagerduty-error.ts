import type { AlertBatch } from '../../alerts/alert-event.js';

/** PagerDuty's 400 body; Alertmanager logs `message: errors…` from it, so the shape is exact. */
export interface PagerDutyError {
  readonly status: string;
  readonly message: string;
  readonly errors: readonly string[];
}

export function invalidEvent(errors: readonly string[]): PagerDutyError {
  return { status: 'invalid event', message: 'Event object is invalid', errors };
}

/** PD's answer when the body is not a JSON object at all (the OpenAPI generic error example). */
export function unrecognizedObject(reason = 'JSON parse error'): PagerDutyError {
  return { status: 'Unrecognized object', message: 'Event object format is unrecognized', errors: [reason] };
}

export const PAGERDUTY_ACTIONS = ['trigger', 'acknowledge', 'resolve'] as const;
export type PagerDutyAction = (typeof PAGERDUTY_ACTIONS)[number];

export function isPagerDutyAction(value: unknown): value is PagerDutyAction {
  return typeof value === 'string' && (PAGERDUTY_ACTIONS as readonly string[]).includes(value);
}

/** What the PD adapters return; `warnings` list what was dropped or changed so it can be logged. */
export type PagerDutyResult =
  | { readonly ok: true; readonly routingKey: string; readonly batch: AlertBatch; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly error: PagerDutyError };

export interface PagerDutyOptions {
  /** Makes the key for a trigger that brings none (PD answers with a UUID). */
  readonly newKey: () => string;
}
