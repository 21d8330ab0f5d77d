import type { AlertBatch } from '../../alerts/alert-event.js';
import { groupAlertEvent, groupTitle, readGroupMessage } from './alert-group-message.js';
import { isObject } from './wire-fields.js';

export type AlertmanagerWebhookResult =
  | {
      readonly ok: true;
      readonly batch: AlertBatch;
      /** The receiver name as configured in Alertmanager (its regexp escaping undone). */
      readonly receiver: string;
      readonly groupKey: string;
      readonly warnings: readonly string[];
    }
  | { readonly ok: false; readonly errors: readonly string[] };

/**
 * Alertmanager's webhook notifier, payload version "4" (PROTOCOLS §3.2, §3.3, §3.7).
 *
 * One event per alert: dedupKey = `fingerprint` (recomputed from the labels when absent),
 * incidentKey = `groupKey`, `firing` → trigger and `resolved` → resolve. Every message carries
 * the group's full current set, so the receiver upserts; a group may be `firing` while some of its
 * alerts are `resolved`. `truncatedAlerts > 0` makes the batch incomplete: alerts left out may
 * still be firing, so the incident must not resolve from it.
 *
 * Per event: summary = annotations.summary | annotations.description | labels.alertname;
 * severityHints = [labels.severity]; source = labels.instance; links = runbook_url, other
 * URL-valued annotations, then generatorURL; occurredAt = startsAt, or endsAt once resolved;
 * details = { annotations, startsAt, endsAt, generatorURL }. The batch title is the common
 * `summary` annotation when all alerts share one, else Alertmanager's default subject.
 */
export function parseAlertmanagerWebhook(body: unknown): AlertmanagerWebhookResult {
  if (!isObject(body)) return { ok: false, errors: ['the body must be a JSON object'] };
  const errors: string[] = [];
  const warnings: string[] = [];
  if (body.version !== '4') {
    const hint = body.version === '1' ? ' (version "1" is a Grafana webhook)' : '';
    errors.push(`'version' must be "4", got ${JSON.stringify(body.version ?? null)}${hint}`);
  }
  const message = readGroupMessage(body, errors, warnings);
  if (message === null || errors.length > 0) return { ok: false, errors };
  const batch: AlertBatch = {
    events: message.alerts.map((alert) => groupAlertEvent(alert, message, { client: 'Alertmanager' })),
    complete: message.truncatedAlerts === 0,
    title: groupTitle(message),
  };
  return { ok: true, batch, receiver: message.receiver, groupKey: message.groupKey, warnings };
}
