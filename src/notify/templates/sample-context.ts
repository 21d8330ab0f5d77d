import type { IncidentSummary, PageContext } from '../channels.js';

/**
 * A realistic page for previews of each channel's message and for the template tests. Override
 * any field; `sampleIncident` gives the incidents.
 */
export function sampleIncident(overrides: Partial<IncidentSummary> = {}): IncidentSummary {
  const number = overrides.number ?? 42;
  return {
    id: `inc_${String(number).padStart(32, '0')}`,
    number,
    title: 'DB pool exhausted',
    status: 'triggered',
    severity: { id: 'SEV-1', name: 'Critical' },
    urgency: 'high',
    service: { id: 'svc_checkout', name: 'Checkout API' },
    url: `https://vigil.example.com/incidents/${number}`,
    runbookUrl: 'https://wiki.example.com/runbooks/db-pool',
    triggeredAt: Date.UTC(2024, 2, 1, 3, 14, 0),
    ...overrides,
  };
}

export function sampleContext(overrides: Partial<PageContext> = {}): PageContext {
  return {
    kind: 'page',
    incidents: [sampleIncident()],
    recipient: { id: 'usr_alice', name: 'Alice Example' },
    ackUrl: 'https://vigil.example.com/ack/ack_0123456789abcdef0123456789abcdef.abcdefghijklmnopqrstuvwxyz012345',
    replyCode: '12',
    verificationCode: null,
    event: null,
    publicUrl: 'https://vigil.example.com',
    ...overrides,
  };
}

/** Everything a hostile title might try: markup, mentions, links, controls, bidi overrides. */
export const HOSTILE_TITLE = '<script>alert(1)</script> <!channel> @here [x](http://evil) **bold** {{DATE(2017-02-14T06:08:39Z)}}\r\nline2\u0007\u202Egnp.exe &amp;';
