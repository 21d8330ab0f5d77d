import { describe, expect, it } from 'vitest';
import { capturedBody } from '../test-support/fixtures.js';
import { parsePagerDutyV2 } from '../ingest/adapters/pagerduty-v2.js';
import { DEFAULT_SEVERITY_MAP, mapSeverity, mergeSeverityMaps } from './severity-map.js';

const SEVERITIES = [
  { id: 'SEV-1', rank: 1 },
  { id: 'SEV-2', rank: 2 },
  { id: 'SEV-3', rank: 3 },
];
const map = (...hints: string[]) => mapSeverity(hints, DEFAULT_SEVERITY_MAP, SEVERITIES);

// Captured from Alertmanager 0.25 (test/fixtures).
function capturedHints(file: string): readonly string[] {
  const result = parsePagerDutyV2(capturedBody(file), { newKey: () => 'unused' });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.batch.events[0]?.severityHints ?? [];
}

describe('mapSeverity', () => {
  it("maps the captured critical group to SEV-1 although PD's payload.severity says error", () => {
    const hints = capturedHints('pagerduty-trigger-two-alerts.json');
    expect(hints).toEqual(['critical', 'error']);
    expect(mapSeverity(hints, DEFAULT_SEVERITY_MAP, SEVERITIES)).toBe('SEV-1');
  });

  it('maps the captured warning group to SEV-3', () => {
    expect(mapSeverity(capturedHints('pagerduty-trigger-warning-group.json'), DEFAULT_SEVERITY_MAP, SEVERITIES)).toBe('SEV-3');
  });

  it("maps PD's four severities and common words, ignoring case and spaces", () => {
    expect(['critical', 'ERROR', ' Warning ', 'info', 'page', 'P2', 'minor'].map((h) => map(h))).toEqual(['SEV-1', 'SEV-2', 'SEV-3', 'SEV-3', 'SEV-1', 'SEV-2', 'SEV-3']);
  });

  it('lets the first hint the map knows win and skips unknown ones', () => {
    expect(map('bogus', '', 'warning', 'critical')).toBe('SEV-3');
  });

  it('gives the least severe configured severity when no hint is known', () => {
    expect(map()).toBe('SEV-3');
    expect(map('purple')).toBe('SEV-3');
    expect(mapSeverity(['purple'], DEFAULT_SEVERITY_MAP, [{ id: 'P1', rank: 1 }, { id: 'P5', rank: 5 }, { id: 'P3', rank: 3 }])).toBe('P5');
  });

  it("uses the map's fallback entry when it names a configured severity", () => {
    expect(mapSeverity(['purple'], { ...DEFAULT_SEVERITY_MAP, fallback: 'sev-2' }, SEVERITIES)).toBe('SEV-2');
    expect(mapSeverity(['purple'], { fallback: 'SEV-9' }, SEVERITIES)).toBe('SEV-3');
  });

  it('falls back to the least severe when a mapped severity is not configured', () => {
    expect(mapSeverity(['critical'], DEFAULT_SEVERITY_MAP, [{ id: 'high', rank: 1 }, { id: 'low', rank: 2 }])).toBe('low');
  });

  it('accepts a hint that names a configured severity directly', () => {
    expect(map('sev-2')).toBe('SEV-2');
    expect(mapSeverity(['critical'], {}, [{ id: 'critical', rank: 1 }, { id: 'minor', rank: 2 }])).toBe('critical');
  });

  it('refuses to choose when no severity is configured', () => {
    expect(() => mapSeverity(['critical'], DEFAULT_SEVERITY_MAP, [])).toThrow(RangeError);
  });
});

describe('mergeSeverityMaps', () => {
  it("lets a service's map override the default, words compared case-insensitively", () => {
    const merged = mergeSeverityMaps(DEFAULT_SEVERITY_MAP, { Warning: 'SEV-2', disk: 'SEV-1', fallback: 'SEV-2' });
    expect(mapSeverity(['warning'], merged, SEVERITIES)).toBe('SEV-2');
    expect(mapSeverity(['DISK'], merged, SEVERITIES)).toBe('SEV-1');
    expect(mapSeverity(['critical'], merged, SEVERITIES)).toBe('SEV-1');
    expect(mapSeverity(['purple'], merged, SEVERITIES)).toBe('SEV-2');
    expect(DEFAULT_SEVERITY_MAP.warning).toBe('SEV-3');
  });
});
