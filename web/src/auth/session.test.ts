import { describe, expect, it } from 'vitest';
import { safeNext } from './session';

describe('the page sign-in returns to', () => {
  it('follows same-origin paths only', () => {
    expect(safeNext('/incidents/42')).toBe('/incidents/42');
    expect(safeNext('/schedules/s1?start=2026-03-02')).toBe('/schedules/s1?start=2026-03-02');
    expect(safeNext('//evil.example/x')).toBe('/incidents');
    expect(safeNext('/\\evil.example')).toBe('/incidents');
    expect(safeNext('https://evil.example/')).toBe('/incidents');
    expect(safeNext('/login?next=/x')).toBe('/incidents');
    expect(safeNext(null)).toBe('/incidents');
  });
});
