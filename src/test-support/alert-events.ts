import type { AlertEvent } from '../alerts/alert-event.js';

/** A trigger as an adapter would produce it, with every field set; tests override what they need. */
export function alertEvent(fields: Partial<AlertEvent> = {}): AlertEvent {
  return {
    action: 'trigger',
    dedupKey: 'k',
    dedupKeyGenerated: false,
    incidentKey: null,
    summary: 'Disk full on db-1',
    severityHints: ['critical'],
    source: 'db-1',
    component: null,
    group: null,
    class: null,
    labels: {},
    details: {},
    links: [],
    images: [],
    occurredAt: null,
    client: null,
    clientUrl: null,
    ...fields,
  };
}
