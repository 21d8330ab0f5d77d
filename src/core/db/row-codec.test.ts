import { describe, expect, it } from 'vitest';
import { bool, epochMs, flag, iso, jsonText, parseJson } from './row-codec.js';

describe('the row codec', () => {
  it('turns stored epoch milliseconds into ISO text and back', () => {
    const ms = Date.UTC(2026, 2, 2, 10, 0, 0, 250);
    expect(iso(ms)).toBe('2026-03-02T10:00:00.250Z');
    expect(epochMs(iso(ms))).toBe(ms);
    expect(iso(0)).toBe('1970-01-01T00:00:00.000Z');
    expect(epochMs('2026-03-02T11:00:00+01:00')).toBe(Date.UTC(2026, 2, 2, 10));
  });

  it('reads a bigint that arrives as text', () => {
    expect(iso('1772445600000' as unknown as number)).toBe('2026-03-02T10:00:00.000Z');
  });

  it('refuses text that is no instant', () => {
    expect(() => epochMs('next tuesday')).toThrow('not an instant: "next tuesday"');
  });

  it('turns stored 0 and 1 into booleans and back', () => {
    expect(bool(0)).toBe(false);
    expect(bool(1)).toBe(true);
    expect(flag(true)).toBe(1);
    expect(flag(false)).toBe(0);
    for (const value of [true, false]) expect(bool(flag(value))).toBe(value);
  });

  it('turns stored JSON text into its value and back', () => {
    const value = { by: ['service', 'region'], nested: { n: 1, empty: null }, list: [] };
    expect(parseJson<typeof value>(jsonText(value))).toEqual(value);
    expect(jsonText(['a'])).toBe('["a"]');
    expect(parseJson<string[]>('["a"]')).toEqual(['a']);
  });

  it('passes null through every way', () => {
    expect(iso(null)).toBeNull();
    expect(epochMs(null)).toBeNull();
    expect(bool(null)).toBeNull();
    expect(flag(null)).toBeNull();
    expect(parseJson(null)).toBeNull();
    expect(jsonText(null)).toBeNull();
  });
});
