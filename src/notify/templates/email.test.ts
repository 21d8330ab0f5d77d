import { describe, expect, it } from 'vitest';
import type { PageContext } from '../channels.js';
import { renderEmail } from './email.js';
import { HOSTILE_TITLE, sampleContext, sampleIncident } from './sample-context.js';

const hostile = sampleContext({ incidents: [sampleIncident({ title: HOSTILE_TITLE, runbookUrl: 'javascript:alert(1)', service: { id: 's', name: '<b>svc</b>' } })] });

describe('renderEmail', () => {
  it.each<[string, PageContext, string]>([
    ['single page', sampleContext(), '[Vigil] SEV-1 #42 Checkout API: DB pool exhausted'],
    ['bundled page', sampleContext({ incidents: [sampleIncident(), sampleIncident({ number: 43, id: 'inc_43', title: 'Disk full' })] }), '[Vigil] 2 incidents: #42 DB pool exhausted, #43 Disk full'],
    ['event', sampleContext({ kind: 'event', ackUrl: null, event: { type: 'acknowledged', text: 'acknowledged by alice' } }), '[Vigil] #42 acknowledged by alice: DB pool exhausted'],
    ['test', sampleContext({ kind: 'test', ackUrl: null }), '[Vigil] Test notification'],
    ['verification', sampleContext({ kind: 'verification', incidents: [], ackUrl: null, verificationCode: '123456' }), '[Vigil] Verification code 123456'],
    ['page with a title of newlines', sampleContext({ incidents: [sampleIncident({ title: 'a\r\nBcc: victim@example.com' })] }), '[Vigil] SEV-1 #42 Checkout API: a Bcc: victim@example.com'],
  ])('subject of a %s', (_name, context, subject) => {
    expect(renderEmail(context).subject).toBe(subject);
  });

  it('lists severity, service, status, the incident and runbook links and the confirm link in the text body', () => {
    const { text } = renderEmail(sampleContext());
    expect(text).toContain('Severity:  SEV-1 (Critical)');
    expect(text).toContain('Service:   Checkout API');
    expect(text).toContain('Status:    Triggered');
    expect(text).toContain('Triggered: 2024-03-01 03:14 UTC');
    expect(text).toContain('Incident:  https://vigil.example.com/incidents/42');
    expect(text).toContain('Runbook:   https://wiki.example.com/runbooks/db-pool');
    expect(text).toContain('Acknowledge: https://vigil.example.com/ack/ack_0123456789abcdef0123456789abcdef.abcdefghijklmnopqrstuvwxyz012345');
    expect(text).toContain('nothing is acknowledged until you do');
  });

  it('links the confirm page, the incident and the runbook in the HTML body', () => {
    const { html } = renderEmail(sampleContext());
    expect(html).toContain('<a href="https://vigil.example.com/ack/ack_0123456789abcdef0123456789abcdef.abcdefghijklmnopqrstuvwxyz012345"');
    expect(html).toContain('<a href="https://vigil.example.com/incidents/42">');
    expect(html).toContain('<a href="https://wiki.example.com/runbooks/db-pool">');
  });

  it('HTML-escapes a hostile title and service and never links a javascript: runbook', () => {
    const { html, text, subject } = renderEmail(hostile);
    expect(html).not.toMatch(/<script|<b>svc/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;b&gt;svc&lt;/b&gt;');
    expect(html).toContain('&amp;amp;');
    expect(html + text).not.toContain('javascript:');
    expect(subject).not.toMatch(/[\r\n]/);
    expect(text).not.toMatch(/[^\P{Cc}\n]|\u202E/u);
  });

  it('offers no acknowledge link in event, test and verification mail', () => {
    for (const kind of ['event', 'test', 'verification'] as const) {
      const mail = renderEmail(sampleContext({ kind, verificationCode: '1' }));
      expect(mail.text).not.toContain('/ack/');
      expect(mail.html).not.toContain('/ack/');
    }
  });

  it('cuts a very long subject', () => {
    expect(renderEmail(sampleContext({ incidents: [sampleIncident({ title: 'x'.repeat(1000) })] })).subject.length).toBeLessThanOrEqual(180);
  });
});
