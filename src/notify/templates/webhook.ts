import type { IncidentSummary, PageContext } from '../channels.js';
import { safeHttpUrl } from './escape.js';

/**
 * The JSON body of an outgoing webhook, version 1 (docs/WEBHOOKS.md). Field names are
 * snake_case and instants ISO 8601 so any receiver reads them without Vigil's types. Text is
 * passed as it is: JSON needs no escaping, and a receiver that shows it must escape it itself.
 */
export interface WebhookBodyV1 {
  readonly version: 1;
  readonly kind: PageContext['kind'];
  readonly incidents: readonly WebhookIncidentV1[];
  /** Page messages: the confirm page that acknowledges (one click opens it, a POST acknowledges). */
  readonly ack_url: string | null;
  readonly event: { readonly type: NonNullable<PageContext['event']>['type']; readonly text: string } | null;
  readonly recipient: { readonly id: string; readonly name: string } | null;
  /** Verification messages only. */
  readonly verification_code: string | null;
}

export interface WebhookIncidentV1 {
  readonly id: string;
  readonly number: number;
  readonly title: string;
  readonly status: IncidentSummary['status'];
  readonly severity: { readonly id: string; readonly name: string };
  readonly urgency: IncidentSummary['urgency'];
  readonly service: { readonly id: string; readonly name: string } | null;
  readonly url: string;
  readonly runbook_url: string | null;
  readonly triggered_at: string;
}

export function renderWebhook(context: PageContext): { readonly channel: 'webhook'; readonly body: Readonly<Record<string, unknown>> } {
  const body: WebhookBodyV1 = {
    version: 1,
    kind: context.kind,
    incidents: context.incidents.map(incidentBody),
    ack_url: context.kind === 'page' ? safeHttpUrl(context.ackUrl) : null,
    event: context.event === null ? null : { type: context.event.type, text: context.event.text },
    recipient: context.recipient === null ? null : { id: context.recipient.id, name: context.recipient.name },
    verification_code: context.kind === 'verification' ? context.verificationCode : null,
  };
  return { channel: 'webhook', body: { ...body } };
}

function incidentBody(incident: IncidentSummary): WebhookIncidentV1 {
  return {
    id: incident.id,
    number: incident.number,
    title: incident.title,
    status: incident.status,
    severity: { id: incident.severity.id, name: incident.severity.name },
    urgency: incident.urgency,
    service: incident.service === null ? null : { id: incident.service.id, name: incident.service.name },
    url: incident.url,
    runbook_url: safeHttpUrl(incident.runbookUrl),
    triggered_at: new Date(incident.triggeredAt).toISOString(),
  };
}
