import { describe, expect, it } from 'vitest';
import { annotationsOf, channelLabel, deliveryState, pagesWithDeliveries, targetWording } from './incident-panels';

describe('incident side panels', () => {
  it('groups deliveries under the page they carried, newest page first, and keeps channel posts apart', () => {
    const pages = [
      { id: 'pg_1', user: 'bob', at: '2026-03-02T10:00:00Z' },
      { id: 'pg_2', user: 'alice', at: '2026-03-02T10:05:00Z' },
    ];
    const deliveries = [
      { id: 'd1', page: 'pg_1', created_at: '2026-03-02T10:00:00Z' },
      { id: 'd2', page: 'pg_1', created_at: '2026-03-02T10:05:00Z' },
      { id: 'd3', page: null, created_at: '2026-03-02T10:00:00Z' },
      { id: 'd4', page: 'pg_gone', created_at: '2026-03-02T10:00:00Z' },
    ];
    const grouped = pagesWithDeliveries(pages, deliveries);
    expect(grouped.pages.map((p) => [p.page.id, p.deliveries.map((d) => d.id)])).toEqual([['pg_2', []], ['pg_1', ['d1', 'd2']]]);
    expect(grouped.other.map((d) => d.id)).toEqual(['d3', 'd4']);
  });

  it('words channels, delivery states and targets for people', () => {
    expect(channelLabel('sms')).toBe('SMS');
    expect(channelLabel('carrier-pigeon')).toBe('carrier-pigeon');
    expect(deliveryState('failed')).toEqual({ word: 'Failed', problem: true });
    expect(deliveryState('delivered').problem).toBe(false);
    expect(targetWording('schedule:platform-primary', new Map())).toBe('On call for platform-primary');
    expect(targetWording('user:alice', new Map([['alice', 'Alice Liddell']]))).toBe('Named in the policy (Alice Liddell)');
  });

  it("reads Alertmanager's annotations, runbook first, and other senders' plain details", () => {
    expect(annotationsOf({ annotations: { summary: 'Down', runbook_url: 'https://r', description: 'x' }, startsAt: '2026' })).toEqual([['runbook_url', 'https://r'], ['summary', 'Down'], ['description', 'x']]);
    expect(annotationsOf({ region: 'eu-west-1', replicas: 3, nested: { a: 1 }, list: [1] })).toEqual([['region', 'eu-west-1'], ['replicas', '3']]);
    expect(annotationsOf({})).toEqual([]);
  });
});
