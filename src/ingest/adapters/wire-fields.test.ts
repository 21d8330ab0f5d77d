import { describe, expect, it } from 'vitest';
import { httpUrl, parseTimestamp, truncateSummary } from './wire-fields.js';

describe('parseTimestamp', () => {
  const cases: readonly [string, number | null][] = [
    ['2015-07-17T08:42:58.315+0000', Date.UTC(2015, 6, 17, 8, 42, 58, 315)],
    ['2024-03-01T10:00:00+01:00', Date.UTC(2024, 2, 1, 9)],
    ['2024-03-01T10:00:00-0530', Date.UTC(2024, 2, 1, 15, 30)],
    ['2026-11-26T14:42:33.892670825Z', Date.UTC(2026, 10, 26, 14, 42, 33, 892)],
    ['2024-03-01T10:00:00', Date.UTC(2024, 2, 1, 10)],
    ['2024-03-01 10:00Z', Date.UTC(2024, 2, 1, 10)],
    ['0001-01-01T00:00:00Z', -62135596800000],
    ['2024-02-30T00:00:00Z', null],
    ['2024-13-01T00:00:00Z', null],
    ['1709287200', null],
    ['', null],
  ];
  for (const [text, expected] of cases) {
    it(`reads ${JSON.stringify(text)} as ${expected === null ? 'no timestamp' : new Date(expected).toISOString()}`, () => {
      expect(parseTimestamp(text)).toBe(expected);
    });
  }
});

describe('truncateSummary', () => {
  it('leaves 1024 characters alone and cuts 1025 to 1024 ending in an ellipsis', () => {
    const warnings: string[] = [];
    expect(truncateSummary('a'.repeat(1024), 's', warnings)).toBe('a'.repeat(1024));
    expect(truncateSummary('a'.repeat(1025), 's', warnings)).toBe('a'.repeat(1023) + '…');
    expect(warnings).toEqual(["truncated 's' from 1025 to 1024 characters"]);
  });
});

describe('httpUrl', () => {
  it('accepts only absolute http(s) URLs', () => {
    expect(['https://a.test/x', 'http://a:9093', 'javascript:alert(1)', '/relative', 'ftp://a', ''].map(httpUrl)).toEqual(['https://a.test/x', 'http://a:9093', null, null, null, null]);
  });
});
