import { describe, expect, it } from 'vitest';
import { ageText, targetWording } from './list-format';

const BY = Date.parse('2026-03-02T10:15:00Z');
const pending = { respond_by: new Date(BY).toISOString(), responded_at: null };

describe('what a row says about its response target', () => {
  it('counts down to the target', () => {
    expect(targetWording(pending, BY - 4 * 60_000 - 10_000)).toEqual({ text: '4 min left', spoken: 'Respond within 4 min', breached: false });
    expect(targetWording(pending, BY - 30_000).text).toBe('30 s left');
  });

  it('turns to breached as the clock passes the target, without a new answer from the server', () => {
    expect(targetWording(pending, BY)).toMatchObject({ text: 'Breached 0 s ago', breached: true });
    expect(targetWording(pending, BY + 2 * 60_000)).toEqual({ text: 'Breached 2 min ago', spoken: 'Response target breached 2 min ago', breached: true });
  });

  it('says whether a response came in time', () => {
    expect(targetWording({ ...pending, responded_at: new Date(BY - 1).toISOString() }, BY + 3_600_000)).toMatchObject({ text: 'Met', breached: false });
    expect(targetWording({ ...pending, responded_at: new Date(BY + 3 * 60_000).toISOString() }, BY + 3_600_000)).toMatchObject({ text: 'Missed by 3 min', breached: true });
  });

  it('gives the age from the trigger', () => {
    expect(ageText('2026-03-02T10:00:00Z', Date.parse('2026-03-02T13:12:30Z'))).toBe('3 h 12 min');
  });
});
