import { Type } from '@sinclair/typebox';
import { parseDecimal } from './decimal.js';

/** The fields of an impact model as `vigil.yaml` writes it and the cost API shows it. */
export const IMPACT_FIELDS = {
  cost_per_minute: Type.Optional(Type.Number()),
  users: Type.Optional(Type.Number()),
  orders_per_user_hour: Type.Optional(Type.Number()),
  order_value: Type.Optional(Type.Number()),
  failure_rate: Type.Optional(Type.Number()),
  currency: Type.Optional(Type.String()),
};

/**
 * A service's impact model (`impact:` in vigil.yaml): either a flat cost per minute of impact,
 * or an orders model whose per-minute cost is
 *   users × orders_per_user_hour ÷ 60 × order_value × failure_rate.
 * Factors are kept as the decimal text the user wrote, so no float ever touches money.
 */
export type ImpactModel =
  | { readonly kind: 'per_minute'; readonly cost_per_minute: string; readonly currency: string }
  | {
      readonly kind: 'orders';
      readonly users: string;
      readonly orders_per_user_hour: string;
      readonly order_value: string;
      readonly failure_rate: string;
      readonly currency: string;
    };

/** The model as written in vigil.yaml and accepted by the API. */
export interface ImpactInput {
  readonly cost_per_minute?: number;
  readonly users?: number;
  readonly orders_per_user_hour?: number;
  readonly order_value?: number;
  readonly failure_rate?: number;
  readonly currency?: string;
}

export const DEFAULT_CURRENCY = 'USD';
export const ORDERS_FIELDS = ['users', 'orders_per_user_hour', 'order_value', 'failure_rate'] as const;
export const IMPACT_HINT = 'write either { cost_per_minute, currency } or { users, orders_per_user_hour, order_value, failure_rate, currency }';

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

/** How many decimals the currency's minor unit has: 2 for USD and EUR, 0 for JPY, 3 for KWD. */
export function minorDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

export function currencyProblem(currency: string): string | null {
  return /^[A-Z]{3}$/.test(currency) && CURRENCIES.has(currency) ? null : `"${currency}" is not an ISO 4217 currency code (USD, EUR, GBP, …)`;
}

export interface ImpactProblem {
  /** The field the problem is in, relative to `impact`; empty for the object as a whole. */
  readonly field: string;
  readonly message: string;
}

/** Every problem with a written model; none means `toImpactModel` accepts it. */
export function impactProblems(input: ImpactInput): ImpactProblem[] {
  const problems: ImpactProblem[] = [];
  const ordersGiven = ORDERS_FIELDS.filter((f) => input[f] !== undefined);
  if (input.cost_per_minute !== undefined && ordersGiven.length > 0) {
    problems.push({ field: '', message: `has cost_per_minute and ${ordersGiven.join(', ')}; ${IMPACT_HINT}` });
  } else if (input.cost_per_minute === undefined && ordersGiven.length < ORDERS_FIELDS.length) {
    const missing = ORDERS_FIELDS.filter((f) => input[f] === undefined);
    problems.push({ field: '', message: ordersGiven.length === 0 ? `names no cost; ${IMPACT_HINT}` : `lacks ${missing.join(', ')}; ${IMPACT_HINT}` });
  }
  const positive = (field: keyof ImpactInput, value: number | undefined) => {
    if (value !== undefined && !(Number.isFinite(value) && value > 0)) problems.push({ field, message: 'must be a number above 0' });
  };
  positive('cost_per_minute', input.cost_per_minute);
  positive('orders_per_user_hour', input.orders_per_user_hour);
  positive('order_value', input.order_value);
  if (input.users !== undefined && !(Number.isSafeInteger(input.users) && input.users > 0)) problems.push({ field: 'users', message: 'must be a whole number above 0' });
  if (input.failure_rate !== undefined && !(Number.isFinite(input.failure_rate) && input.failure_rate > 0 && input.failure_rate <= 1)) {
    problems.push({ field: 'failure_rate', message: 'must be above 0 and at most 1 (0.4 is 40 % of orders failing)' });
  }
  if (input.currency !== undefined) {
    const problem = currencyProblem(input.currency);
    if (problem !== null) problems.push({ field: 'currency', message: problem });
  }
  return problems;
}

const text = (value: number) => {
  parseDecimal(value);
  return String(value);
};

/** The stored model of a written one that has no problems (`impactProblems`). */
export function toImpactModel(input: ImpactInput): ImpactModel {
  const currency = input.currency ?? DEFAULT_CURRENCY;
  if (input.cost_per_minute !== undefined) return { kind: 'per_minute', cost_per_minute: text(input.cost_per_minute), currency };
  return {
    kind: 'orders',
    users: text(input.users!),
    orders_per_user_hour: text(input.orders_per_user_hour!),
    order_value: text(input.order_value!),
    failure_rate: text(input.failure_rate!),
    currency,
  };
}

/** The model as vigil.yaml writes it (export). */
export function toImpactInput(model: ImpactModel): ImpactInput {
  if (model.kind === 'per_minute') return { cost_per_minute: Number(model.cost_per_minute), currency: model.currency };
  return {
    users: Number(model.users),
    orders_per_user_hour: Number(model.orders_per_user_hour),
    order_value: Number(model.order_value),
    failure_rate: Number(model.failure_rate),
    currency: model.currency,
  };
}

export function parseImpactModel(json: string | null): ImpactModel | null {
  return json === null ? null : (JSON.parse(json) as ImpactModel);
}
