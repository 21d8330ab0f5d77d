import { describe, expect, it } from 'vitest';
import type { PageContext } from '../channels.js';
import { renderNtfy } from './ntfy.js';
import { HOSTILE_TITLE, sampleContext, sampleIncident } from './sample-context.js';

describe('renderNtfy', () => {
  it('writes a page with a view action to the ack link, the incident and the runbook', () => {
    expect(renderNtfy(sampleContext())).toEqual({
      channel: 'ntfy',
      title: 'SEV-1 #42 Checkout API',
      message: 'DB pool exhausted\nSeverity: SEV-1 (Critical)\nService: Checkout API\nStatus: Triggered',
      priority: 5,
      tags: ['rotating_light', 'SEV-1'],
      actions: [
        { label: 'Acknowledge', url: 'https://vigil.example.com/ack/ack_0123456789abcdef0123456789abcdef.abcdefghijklmnopqrstuvwxyz012345' },
        { label: 'Open incident', url: 'https://vigil.example.com/incidents/42' },
        { label: 'Runbook', url: 'https://wiki.example.com/runbooks/db-pool' },
      ],
      click: 'https://vigil.example.com/incidents/42',
    });
  });

  it.each<[string, PageContext, number]>([
    ['a high-urgency page', sampleContext(), 5],
    ['a low-urgency page', sampleContext({ incidents: [sampleIncident({ urgency: 'low', severity: { id: 'SEV-3', name: 'Minor' } })] }), 3],
    ['a bundle with one high-urgency incident', sampleContext({ incidents: [sampleIncident({ urgency: 'low' }), sampleIncident({ number: 2, id: 'i2' })] }), 5],
    ['an event post', sampleContext({ kind: 'event', event: { type: 'triggered', text: 'triggered' } }), 2],
    ['a test', sampleContext({ kind: 'test' }), 3],
    ['a verification', sampleContext({ kind: 'verification', incidents: [], verificationCode: '1' }), 3],
  ])('gives %s priority %i', (_name, context, priority) => {
    expect(renderNtfy(context).priority).toBe(priority);
  });

  it('lists a bundle one incident a line', () => {
    const message = renderNtfy(sampleContext({ incidents: [sampleIncident(), sampleIncident({ number: 43, id: 'i43', title: 'Disk full' })] }));
    expect(message).toMatchObject({ title: '2 incidents need you', message: '#42 SEV-1: DB pool exhausted\n#43 SEV-1: Disk full' });
    expect(message.actions.map((a) => a.label)).toEqual(['Acknowledge all', 'Open Vigil']);
  });

  it('words a verification with the code and no actions', () => {
    expect(renderNtfy(sampleContext({ kind: 'verification', incidents: [], verificationCode: '123456' }))).toMatchObject({ message: 'Your Vigil verification code is 123456', actions: [] });
  });

  it('strips control characters from a hostile title and never links a javascript: runbook', () => {
    const message = renderNtfy(sampleContext({ incidents: [sampleIncident({ title: HOSTILE_TITLE, runbookUrl: 'javascript:alert(1)' })] }));
    expect(message.message.split('\n')[0]).not.toMatch(/[\p{Cc}\u202E]/u);
    expect(message.actions.map((a) => a.url)).not.toContain('javascript:alert(1)');
    expect(message.actions.length).toBeLessThanOrEqual(3);
  });
});
