import { describe, expect, it } from 'vitest';
import { sampleIncident } from './sample-context.js';
import { headline, incidentList, severityLong } from './wording.js';

const incidents = (titles: readonly string[]) => titles.map((title, i) => sampleIncident({ number: 10 + i, id: `inc_${i}`, title }));

describe('incidentList', () => {
  it.each<[string, readonly string[], number, string]>([
    ['keeps every title when all fit', ['DB down', 'Disk full'], 100, '#10 DB down, #11 Disk full'],
    ['cuts only the long title when one is long', ['DB down', 'Disk full on every replica in every region'], 40, '#10 DB down, #11 Disk full on every rep…'],
    ['cuts equally long titles to one common length', ['Replica lag high', 'Replica lag high', 'Replica lag high'], 40, '#10 Replica…, #11 Replica…, #12 Replica…'],
    ['counts the rest rather than cut titles below 8 characters', ['Replica lag high', 'Replica lag high', 'Replica lag high'], 33, '#10 Replica lag high +2 more'],
    ['falls back to numbers only when no title fits', ['Replica lag high', 'Replica lag high', 'Replica lag high'], 14, '#10, #11, #12'],
  ])('%s', (_name, titles, budget, expected) => {
    const out = incidentList(incidents(titles), budget);
    expect(out).toBe(expected);
    expect(out.length).toBeLessThanOrEqual(budget);
  });
});

describe('headline', () => {
  it('reads severity, number, service and title, and leaves the service out when there is none', () => {
    expect(headline(sampleIncident())).toBe('SEV-1 #42 Checkout API: DB pool exhausted');
    expect(headline(sampleIncident({ service: null, title: '  ' }))).toBe('SEV-1 #42: (untitled)');
  });

  it('does not repeat a severity name equal to its id', () => {
    expect(severityLong(sampleIncident({ severity: { id: 'P1', name: 'p1' } }))).toBe('P1');
  });
});
