import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConfiguredTestApp, type TestApp } from '../test-support/app.js';
import { DIALECTS } from '../test-support/databases.js';

const CONFIG = `
services:
  - id: checkout
    name: Checkout
    impact: { cost_per_minute: 5600, currency: USD }
    integrations: [{ type: events_v2, key: checkout-key-0123456789abcdef }]
  - id: shop
    name: Shop
    impact: { users: 10000, orders_per_user_hour: 1, order_value: 5, failure_rate: 1, currency: USD }
  - id: internal
    name: Internal tools
`;

const MINUTE = 60_000;

for (const dialect of DIALECTS) {
  describe(`cost of downtime API on ${dialect}`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createConfiguredTestApp(dialect, CONFIG);
    });
    afterAll(async () => {
      await t.close();
    });

    const declare = async (service: string) => (await t.request({ method: 'POST', url: '/api/v1/incidents', payload: { title: `${service} down`, service } })).json<{ number: number }>().number;
    const cost = async (number: number) => {
      const response = await t.request({ method: 'GET', url: `/api/v1/incidents/${number}/cost` });
      expect(response.statusCode, response.body).toBe(200);
      return response.json();
    };

    it('estimates an open incident provisionally to now, then freezes 252,000.00 at resolve after 45 minutes', async () => {
      const number = await declare('checkout');
      t.clock.advance(10 * MINUTE);
      expect(await cost(number)).toMatchObject({ amount: 56_000, amount_minor: 5_600_000, currency: 'USD', impact_minutes: 10, provisional: true, start_source: 'trigger', end_source: 'now' });
      t.clock.advance(35 * MINUTE);
      await t.request({ method: 'POST', url: `/api/v1/incidents/${number}/resolve` });
      t.clock.advance(60 * MINUTE);
      // The model changes afterwards: the resolved incident keeps the figure it was resolved with.
      await t.database.db.updateTable('services').set({ impact: JSON.stringify({ kind: 'per_minute', cost_per_minute: '1', currency: 'USD' }) }).where('id', '=', 'checkout').execute();
      const frozen = await cost(number);
      expect(frozen).toMatchObject({ amount: 252_000, impact_minutes: 45, provisional: false, end_source: 'resolve', formula: '5,600 USD/min × 45 min = 252,000.00 USD', model: { cost_per_minute: 5600, currency: 'USD' } });
      expect(frozen.lines).toMatchObject([{ kind: 'downtime', amount: 252_000, created_by: 'system' }]);
    });

    it('costs the orders model at 37,500.00 for 45 minutes and shows every factor', async () => {
      const number = await declare('shop');
      t.clock.advance(45 * MINUTE);
      await t.request({ method: 'POST', url: `/api/v1/incidents/${number}/resolve` });
      expect(await cost(number)).toMatchObject({
        amount: 37_500,
        formula: '10,000 users × 1 orders/user/h ÷ 60 × 5 USD/order × failure rate 1 = 833.3333… USD/min; × 45 min = 37,500.00 USD',
      });
    });

    it('rewrites the ledger when a resolved incident\'s window and failure rate are edited, on the timeline and in the audit log', async () => {
      const number = await declare('shop');
      const triggered = t.clock.now();
      t.clock.advance(30 * MINUTE);
      await t.request({ method: 'POST', url: `/api/v1/incidents/${number}/resolve` });
      const edited = await t.request({
        method: 'PATCH',
        url: `/api/v1/incidents/${number}/cost`,
        payload: { impact_start: new Date(triggered - 15 * MINUTE).toISOString(), failure_rate: 0.5, manual_lines: [{ label: 'SLA credit', amount: 1000 }] },
      });
      expect(edited.statusCode, edited.body).toBe(200);
      // 833.33…/min × 0.5 × 45 min = 18,750.00, + 1,000.00 SLA credit
      expect(edited.json()).toMatchObject({ amount: 19_750, start_source: 'edited', impact_minutes: 45, overrides: { failure_rate: 0.5 } });
      expect(edited.json().formula).toContain('+ SLA credit: 1,000.00 USD; total 19,750.00 USD');
      const voided = await t.database.db.selectFrom('cost_lines').select(['kind', 'amount_minor', 'voided_at']).where('voided_at', 'is not', null).execute();
      expect(voided.some((l) => l.kind === 'downtime' && Number(l.amount_minor) === 2_500_000)).toBe(true);
      const incident = (await t.request({ method: 'GET', url: `/api/v1/incidents/${number}` })).json<{ timeline: { kind: string; message: string }[] }>();
      expect(incident.timeline.at(-1)).toMatchObject({ kind: 'impact_changed', message: expect.stringContaining('failure rate 0.5') });
      const audit = (await t.request({ method: 'GET', url: '/api/v1/audit?action=incident.cost_update' })).json<{ entries: { before: { amount: number }; after: { amount: number } }[] }>();
      expect(audit.entries[0]).toMatchObject({ before: { amount: 25_000 }, after: { amount: 19_750 } });
    });

    it('voids the frozen figure on reopen and counts to now again', async () => {
      const number = await declare('checkout');
      t.clock.advance(MINUTE);
      await t.request({ method: 'POST', url: `/api/v1/incidents/${number}/resolve` });
      await t.request({ method: 'POST', url: `/api/v1/incidents/${number}/reopen` });
      t.clock.advance(MINUTE);
      expect(await cost(number)).toMatchObject({ provisional: true, impact_minutes: 2, lines: [{ id: 'live' }] });
    });

    it('starts the window at the sender\'s start time when it reported one', async () => {
      const startedAt = new Date(t.clock.now() - 5 * MINUTE).toISOString();
      const sent = await t.app.inject({ method: 'POST', url: '/v2/enqueue', payload: { routing_key: 'checkout-key-0123456789abcdef', event_action: 'trigger', dedup_key: 'lb', payload: { summary: 'LB 5xx', source: 'lb', severity: 'critical', timestamp: startedAt } } });
      expect(sent.statusCode, sent.body).toBe(202);
      const list = (await t.request({ method: 'GET', url: '/api/v1/incidents?service=checkout&limit=1' })).json<{ incidents: { number: number }[] }>();
      expect(await cost(list.incidents[0]!.number)).toMatchObject({ start_source: 'sender', impact_start: startedAt, impact_minutes: 5 });
    });

    it('has no amount for a service without a model until one is set on the incident', async () => {
      const number = await declare('internal');
      t.clock.advance(20 * MINUTE);
      expect(await cost(number)).toMatchObject({ amount: null, currency: null, formula: null, lines: [] });
      const set = await t.request({ method: 'PATCH', url: `/api/v1/incidents/${number}/cost`, payload: { cost_per_minute: 10, currency: 'EUR' } });
      expect(set.json()).toMatchObject({ amount: 200, currency: 'EUR', formula: '10 EUR/min (set on this incident) × 20 min = 200.00 EUR' });
    });

    it('refuses edits that cannot be right, naming the field', async () => {
      const number = await declare('checkout');
      const cases: [Record<string, unknown>, number, string][] = [
        [{ failure_rate: 0.5 }, 400, 'body.failure_rate'],
        [{ impact_start: '2026-03-02T10:00:00Z', impact_end: '2026-03-02T09:00:00Z' }, 400, 'body.impact_end'],
        [{ currency: 'XYZ' }, 400, 'body.currency'],
        [{ amount: { value: 5 } }, 400, 'body.amount.reason'],
        [{ colour: 'red' }, 400, 'body.colour'],
      ];
      for (const [payload, status, path] of cases) {
        const response = await t.request({ method: 'PATCH', url: `/api/v1/incidents/${number}/cost`, payload });
        expect(response.statusCode, JSON.stringify(payload)).toBe(status);
        expect(response.json().fields?.[0]?.path, response.body).toBe(path);
      }
      expect((await t.request({ method: 'GET', url: '/api/v1/incidents/99999/cost' })).statusCode).toBe(404);
    });
  });
}
