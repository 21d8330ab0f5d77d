import { describe, expect, it } from 'vitest';
import { HOSTILE_TITLE, sampleContext, sampleIncident } from './sample-context.js';
import { renderWebhook } from './webhook.js';

describe('renderWebhook', () => {
  it('writes the documented version 1 body for a page', () => {
    expect(renderWebhook(sampleContext()).body).toEqual({
      version: 1,
      kind: 'page',
      incidents: [
        {
          id: 'inc_00000000000000000000000000000042',
          number: 42,
          title: 'DB pool exhausted',
          status: 'triggered',
          severity: { id: 'SEV-1', name: 'Critical' },
          urgency: 'high',
          service: { id: 'svc_checkout', name: 'Checkout API' },
          url: 'https://vigil.example.com/incidents/42',
          runbook_url: 'https://wiki.example.com/runbooks/db-pool',
          triggered_at: '2024-03-01T03:14:00.000Z',
        },
      ],
      ack_url: 'https://vigil.example.com/ack/ack_0123456789abcdef0123456789abcdef.abcdefghijklmnopqrstuvwxyz012345',
      event: null,
      recipient: { id: 'usr_alice', name: 'Alice Example' },
      verification_code: null,
    });
  });

  it('carries the event, and no ack URL, for an event post', () => {
    const { body } = renderWebhook(sampleContext({ kind: 'event', event: { type: 'resolved', text: 'resolved by bob' } }));
    expect(body).toMatchObject({ kind: 'event', ack_url: null, event: { type: 'resolved', text: 'resolved by bob' } });
  });

  it('carries the code only in a verification', () => {
    expect(renderWebhook(sampleContext({ kind: 'verification', incidents: [], verificationCode: '123456' })).body).toMatchObject({ verification_code: '123456', incidents: [] });
    expect(renderWebhook(sampleContext({ kind: 'test', verificationCode: '123456' })).body).toMatchObject({ verification_code: null, ack_url: null });
  });

  it('passes a hostile title as it is (JSON escapes it) but drops a runbook that is not http(s)', () => {
    const { body } = renderWebhook(sampleContext({ incidents: [sampleIncident({ title: HOSTILE_TITLE, runbookUrl: 'javascript:alert(1)' })] }));
    const [incident] = body.incidents as { title: string; runbook_url: string | null }[];
    expect(incident).toMatchObject({ title: HOSTILE_TITLE, runbook_url: null });
    expect(JSON.parse(JSON.stringify(body))).toEqual(body);
  });
});
