import { div, formatFactor, formatUnits, mul, parseDecimal, roundToUnits, type Fraction } from './decimal.js';
import { DEFAULT_CURRENCY, minorDigits, type ImpactModel } from './impact-model.js';

/** What one incident changes about its service's model; each factor is decimal text. */
export interface CostOverrides {
  /** Replaces the orders model's failure rate. */
  readonly failure_rate?: string;
  /** Replaces the per-minute cost, whichever model the service has (or none). */
  readonly cost_per_minute?: string;
  readonly currency?: string;
  /** The whole downtime cost set by hand, with why: nothing is computed. */
  readonly amount?: { readonly value: string; readonly reason: string };
}

/** When impact began and ended, and where each came from. */
export interface ImpactWindow {
  readonly start: number;
  readonly end: number;
  readonly startSource: 'edited' | 'sender' | 'trigger';
  readonly endSource: 'edited' | 'resolve' | 'now';
}

/** A sender's start time counts only this far before the trigger: older is a stale or wrong clock. */
export const SENDER_START_LIMIT_MS = 24 * 3_600_000;

/**
 * The impact window: an edited start, else the earliest start a sender reported (at most 24 h
 * before the trigger), else the trigger; an edited end, else the resolve, else now (the figure
 * is then provisional).
 */
export function impactWindow(input: {
  readonly triggeredAt: number;
  readonly resolvedAt: number | null;
  readonly now: number;
  readonly earliestSenderStart: number | null;
  readonly startAt: number | null;
  readonly endAt: number | null;
}): ImpactWindow {
  const sender = input.earliestSenderStart;
  const senderUsable = sender !== null && sender < input.triggeredAt && sender >= input.triggeredAt - SENDER_START_LIMIT_MS;
  const [start, startSource] = input.startAt !== null ? [input.startAt, 'edited' as const] : senderUsable ? [sender, 'sender' as const] : [input.triggeredAt, 'trigger' as const];
  const [end, endSource] = input.endAt !== null ? [input.endAt, 'edited' as const] : input.resolvedAt !== null ? [input.resolvedAt, 'resolve' as const] : [input.now, 'now' as const];
  return { start, end: Math.max(start, end), startSource, endSource };
}

export interface DowntimeCost {
  /** In the currency's minor units (cents), rounded once, half away from zero. */
  readonly amountMinor: bigint;
  readonly currency: string;
  /** Minutes of impact, exact. */
  readonly minutes: Fraction;
  /** Null when the amount was set by hand. */
  readonly perMinute: Fraction | null;
  /** Each factor and the result, as shown to people. */
  readonly formula: string;
  /** Every input, for the ledger line. */
  readonly inputs: Readonly<Record<string, string>>;
}

const MS_PER_MINUTE: Fraction = { n: 60_000n, d: 1n };

/** The exact minutes between two instants (ms). */
export function impactMinutes(window: ImpactWindow): Fraction {
  return div(parseDecimal(BigInt(window.end - window.start)), MS_PER_MINUTE);
}

/**
 * The cost of an incident's downtime, or null when neither its service nor the incident says
 * what a minute costs. per_minute = users × orders_per_user_hour ÷ 60 × order_value ×
 * failure_rate (or cost_per_minute); cost = per_minute × minutes of impact.
 */
export function downtimeCost(model: ImpactModel | null, overrides: CostOverrides, window: ImpactWindow): DowntimeCost | null {
  const currency = overrides.currency ?? model?.currency ?? DEFAULT_CURRENCY;
  const digits = minorDigits(currency);
  const minutes = impactMinutes(window);
  const money = (units: bigint) => `${formatUnits(units, digits)} ${currency}`;
  const window_ = { impact_start: new Date(window.start).toISOString(), impact_end: new Date(window.end).toISOString(), minutes: formatFactor(minutes, 6) };

  if (overrides.amount !== undefined) {
    const amountMinor = roundToUnits(parseDecimal(overrides.amount.value), digits);
    return { amountMinor, currency, minutes, perMinute: null, formula: `set by hand: ${money(amountMinor)} (${overrides.amount.reason})`, inputs: { ...window_, amount: overrides.amount.value, reason: overrides.amount.reason, currency } };
  }

  let perMinute: Fraction;
  let perMinuteText: string;
  let inputs: Record<string, string>;
  if (overrides.cost_per_minute !== undefined) {
    perMinute = parseDecimal(overrides.cost_per_minute);
    perMinuteText = `${formatFactor(perMinute)} ${currency}/min (set on this incident)`;
    inputs = { cost_per_minute: overrides.cost_per_minute };
  } else if (model === null) {
    return null;
  } else if (model.kind === 'per_minute') {
    perMinute = parseDecimal(model.cost_per_minute);
    perMinuteText = `${formatFactor(perMinute)} ${currency}/min`;
    inputs = { cost_per_minute: model.cost_per_minute };
  } else {
    const rate = overrides.failure_rate ?? model.failure_rate;
    const factors = [parseDecimal(model.users), parseDecimal(model.orders_per_user_hour), parseDecimal(model.order_value), parseDecimal(rate)] as const;
    perMinute = div(mul(...factors), { n: 60n, d: 1n });
    const [users, orders, value, failure] = factors.map((f) => formatFactor(f));
    perMinuteText = `${formatFactor(perMinute)} ${currency}/min`;
    inputs = { users: model.users, orders_per_user_hour: model.orders_per_user_hour, order_value: model.order_value, failure_rate: rate };
    const amountMinor = roundToUnits(mul(perMinute, minutes), digits);
    const rateNote = overrides.failure_rate !== undefined ? ' (set on this incident)' : '';
    return {
      amountMinor,
      currency,
      minutes,
      perMinute,
      formula: `${users} users × ${orders} orders/user/h ÷ 60 × ${value} ${currency}/order × failure rate ${failure}${rateNote} = ${perMinuteText}; × ${formatFactor(minutes)} min = ${money(amountMinor)}`,
      inputs: { ...window_, ...inputs, currency },
    };
  }
  const amountMinor = roundToUnits(mul(perMinute, minutes), digits);
  return { amountMinor, currency, minutes, perMinute, formula: `${perMinuteText} × ${formatFactor(minutes)} min = ${money(amountMinor)}`, inputs: { ...window_, ...inputs, currency } };
}

/** Minor units as the API's amount in currency units (exact: amounts stay far below 2^53 cents). */
export function unitsToAmount(amountMinor: bigint, currency: string): number {
  return Number(amountMinor) / 10 ** minorDigits(currency);
}
