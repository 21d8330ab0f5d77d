import { describe, expect, it } from 'vitest';
import { formatFactor, formatUnits, parseDecimal, roundToUnits } from './decimal.js';
import { downtimeCost, impactWindow, type ImpactWindow } from './cost-calculation.js';
import { impactProblems, toImpactModel } from './impact-model.js';

const at = (hhmm: string) => Date.parse(`2026-03-02T${hhmm}:00Z`);
/** The guide's SEV-1: impact 14:30 → 15:15, 45 minutes. */
const GUIDE_WINDOW: ImpactWindow = { start: at('14:30'), end: at('15:15'), startSource: 'trigger', endSource: 'resolve' };

describe('cost of downtime against hand-computed figures', () => {
  it('costs 45 minutes at 5,600 a minute as 252,000.00', () => {
    const cost = downtimeCost(toImpactModel({ cost_per_minute: 5600, currency: 'USD' }), {}, GUIDE_WINDOW)!;
    expect(cost.amountMinor).toBe(25_200_000n);
    expect(cost.formula).toBe('5,600 USD/min × 45 min = 252,000.00 USD');
  });

  it('costs 10,000 users at one $5 order an hour, all failing, as 37,500.00 for 45 minutes, with no rounding on the way', () => {
    const model = toImpactModel({ users: 10_000, orders_per_user_hour: 1, order_value: 5, failure_rate: 1, currency: 'USD' });
    const cost = downtimeCost(model, {}, GUIDE_WINDOW)!;
    // 10,000 × 1 ÷ 60 × 5 × 1 = 833.333… a minute; rounding that to 833.33 first would give 37,499.85.
    expect(cost.perMinute).toEqual({ n: 2500n, d: 3n });
    expect(cost.amountMinor).toBe(3_750_000n);
    expect(cost.formula).toBe('10,000 users × 1 orders/user/h ÷ 60 × 5 USD/order × failure rate 1 = 833.3333… USD/min; × 45 min = 37,500.00 USD');
  });

  it('reproduces the guide\'s 50,000 once its hidden rate (one order per user in 45 minutes = 1⅓ an hour) is written down', () => {
    const model = toImpactModel({ users: 10_000, orders_per_user_hour: 1, order_value: 5, failure_rate: 1, currency: 'USD' });
    const hidden = downtimeCost({ ...model, orders_per_user_hour: '1.333333333333' } as typeof model, {}, GUIDE_WINDOW)!;
    // 10,000 × 1.333333333333 ÷ 60 × 5 × 45 = 49,999.99999999875: 50,000.00 once rounded, and only then.
    expect(hidden.amountMinor).toBe(5_000_000n);
  });

  it('applies an incident\'s failure rate over the model\'s, and says so', () => {
    const model = toImpactModel({ users: 10_000, orders_per_user_hour: 1, order_value: 85, failure_rate: 0.4, currency: 'EUR' });
    const cost = downtimeCost(model, { failure_rate: '0.1' }, GUIDE_WINDOW)!;
    // 10,000 × 1 ÷ 60 × 85 × 0.1 = 1,416.666…/min × 45 = 63,750.00
    expect(cost.amountMinor).toBe(6_375_000n);
    expect(cost.formula).toContain('failure rate 0.1 (set on this incident)');
    expect(cost.currency).toBe('EUR');
  });

  it('rounds once, half up, to the currency\'s minor unit: cents for USD, none for JPY', () => {
    const oneMinuteAndHalf: ImpactWindow = { ...GUIDE_WINDOW, end: GUIDE_WINDOW.start + 90_000 };
    expect(downtimeCost(toImpactModel({ cost_per_minute: 0.01, currency: 'USD' }), {}, oneMinuteAndHalf)!.amountMinor).toBe(2n); // 0.015 → 0.02
    expect(downtimeCost(toImpactModel({ cost_per_minute: 3, currency: 'JPY' }), {}, oneMinuteAndHalf)!.amountMinor).toBe(5n); // 4.5 → 5
    expect(roundToUnits(parseDecimal('-0.125'), 2)).toBe(-13n);
  });

  it('takes an amount set by hand as it is, with its reason, and a per-minute cost set on the incident without a model', () => {
    expect(downtimeCost(null, { amount: { value: '1200.5', reason: 'finance estimate' } }, GUIDE_WINDOW)).toMatchObject({ amountMinor: 120_050n, formula: 'set by hand: 1,200.50 USD (finance estimate)' });
    expect(downtimeCost(null, { cost_per_minute: '100' }, GUIDE_WINDOW)).toMatchObject({ amountMinor: 450_000n });
    expect(downtimeCost(null, {}, GUIDE_WINDOW)).toBeNull();
  });
});

describe('impact window', () => {
  const base = { triggeredAt: at('14:35'), resolvedAt: at('15:15'), now: at('16:00'), earliestSenderStart: null, startAt: null, endAt: null };
  it('starts at the sender\'s start when it is before the trigger and within 24 hours', () => {
    expect(impactWindow({ ...base, earliestSenderStart: at('14:30') })).toMatchObject({ start: at('14:30'), startSource: 'sender' });
    expect(impactWindow({ ...base, earliestSenderStart: at('14:35') - 25 * 3_600_000 })).toMatchObject({ start: at('14:35'), startSource: 'trigger' });
  });
  it('runs to now while open, and edits win over both', () => {
    expect(impactWindow({ ...base, resolvedAt: null })).toMatchObject({ end: at('16:00'), endSource: 'now' });
    expect(impactWindow({ ...base, startAt: at('14:00'), endAt: at('14:50') })).toMatchObject({ start: at('14:00'), end: at('14:50'), startSource: 'edited', endSource: 'edited' });
  });
});

describe('impact model as written', () => {
  it('accepts either form and refuses a mixture, gaps and impossible rates with the field named', () => {
    expect(impactProblems({ cost_per_minute: 5600 })).toEqual([]);
    expect(impactProblems({ users: 1, orders_per_user_hour: 1, order_value: 1, failure_rate: 1, currency: 'EUR' })).toEqual([]);
    expect(impactProblems({ cost_per_minute: 1, users: 2 })[0]?.message).toContain('has cost_per_minute and users');
    expect(impactProblems({ users: 2 })[0]?.message).toContain('lacks orders_per_user_hour, order_value, failure_rate');
    expect(impactProblems({ cost_per_minute: 1, currency: 'usd' })).toEqual([{ field: 'currency', message: expect.stringContaining('ISO 4217') }]);
    expect(impactProblems({ users: 1.5, orders_per_user_hour: 1, order_value: 1, failure_rate: 1.2 }).map((p) => p.field)).toEqual(['users', 'failure_rate']);
  });
  it('formats factors exactly or marks them cut', () => {
    expect(formatFactor(parseDecimal('0.4'))).toBe('0.4');
    expect(formatUnits(5n, 2)).toBe('0.05');
    expect(formatUnits(-123456789n, 2)).toBe('-1,234,567.89');
  });
});
