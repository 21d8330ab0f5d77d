import { describe, expect, it } from 'vitest';
import { DEFAULT_FLAPPING, recordFlapChange, type FlapState } from './flapping.js';
import { isCapped } from './storm.js';

const MIN = 60_000;
const fresh = (firstFired: number): FlapState => ({ changes: [firstFired], state: 'stable', incidentId: null, settleAt: null });

describe('flapping', () => {
  it('enters on the 5th resolve when 10 changes fall within 30 minutes', () => {
    const flap = fresh(0);
    const entered: boolean[] = [];
    for (let cycle = 1; cycle <= 5; cycle += 1) {
      entered.push(recordFlapChange(flap, (cycle * 2 - 1) * MIN, 'resolve', DEFAULT_FLAPPING));
      if (cycle < 5) entered.push(recordFlapChange(flap, cycle * 2 * MIN, 'fire', DEFAULT_FLAPPING));
    }
    expect(entered.filter(Boolean)).toHaveLength(1);
    expect(entered.at(-1)).toBe(true);
    expect(flap.state).toBe('flapping');
    expect(flap.settleAt).toBe(9 * MIN + 30 * MIN);
  });

  it('does not enter when the same changes spread over more than the window', () => {
    const flap = fresh(0);
    for (let cycle = 1; cycle <= 5; cycle += 1) {
      expect(recordFlapChange(flap, (cycle * 2 - 1) * 4 * MIN, 'resolve', DEFAULT_FLAPPING)).toBe(false);
      recordFlapChange(flap, cycle * 2 * 4 * MIN, 'fire', DEFAULT_FLAPPING);
    }
    expect(flap.state).toBe('stable');
    expect(flap.changes).toHaveLength(10);
  });

  it('never enters on a fire, and each change while flapping moves the settle time', () => {
    const flap: FlapState = { changes: [], state: 'stable', incidentId: null, settleAt: null };
    for (let i = 0; i < 9; i += 1) recordFlapChange(flap, i, i % 2 === 0 ? 'fire' : 'resolve', DEFAULT_FLAPPING);
    expect(recordFlapChange(flap, 9, 'fire', DEFAULT_FLAPPING)).toBe(false);
    expect(recordFlapChange(flap, 10, 'resolve', DEFAULT_FLAPPING)).toBe(true);
    expect(recordFlapChange(flap, 20, 'fire', DEFAULT_FLAPPING)).toBe(false);
    expect(flap.settleAt).toBe(20 + 30 * MIN);
  });
});

describe('storm cap', () => {
  it('caps at the limit and keeps capping during a storm until below 90 %', () => {
    expect(isCapped(999, 1000, false)).toBe(false);
    expect(isCapped(1000, 1000, false)).toBe(true);
    expect(isCapped(950, 1000, true)).toBe(true);
    expect(isCapped(900, 1000, true)).toBe(true);
    expect(isCapped(899, 1000, true)).toBe(false);
  });
});
