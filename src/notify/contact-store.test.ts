import { afterEach, describe, expect, it } from 'vitest';
import { applyConfig } from '../config/index.js';
import { createTestApp, TEST_OUTBOUND, type TestApp } from '../test-support/app.js';
import { yamlDocument } from '../test-support/config.js';
import { DIALECTS } from '../test-support/databases.js';

interface Entry {
  readonly actor: string;
  readonly action: string;
  readonly entity_type: string;
  readonly before: Record<string, unknown> | null;
  readonly after: Record<string, unknown> | null;
}

const USERS = `users:
  - id: ann
    name: Ann
    email: ann@example.com
    contact_methods:
      - { id: ann-phone, type: sms, address: "+15555550102", name: phone }
  - { id: bob, name: Bob, email: bob@example.com }
`;
const ANN_RULES = `    notification_rules:
      - { contact_method: ann-phone, after: 0m, urgency: high }
      - { contact_method: ann-phone, after: 5m }
`;

/** A contact method's audited state, without what differs between the two people (owner, address). */
const methodShape = (state: Record<string, unknown> | null) => {
  if (state === null) return null;
  const { user: _user, address: _address, ...rest } = state;
  return rest;
};
/** A rules entry's lists, without the method ids (each person has their own method). */
const rulesShape = (state: Record<string, unknown> | null) =>
  state === null ? null : (state.rules as { contact_method: string }[]).map(({ contact_method: _method, ...rest }) => rest);

for (const dialect of DIALECTS) {
  describe(`contact methods and rules written by the API and by vigil apply on ${dialect}`, () => {
    let t: TestApp;
    afterEach(async () => {
      await t?.close();
    });

    const applyAsCli = async (text: string) => {
      const outcome = await applyConfig(t.database.db, t.database.dialect, yamlDocument(text), { clock: t.clock, actor: 'cli', outbound: TEST_OUTBOUND });
      expect(outcome.errors).toEqual([]);
      return outcome;
    };
    const entries = async (query: { entity_type: string; entity_id: string; action?: string }): Promise<Entry[]> => {
      let select = t.database.db.selectFrom('audit_log').selectAll().where('entity_type', '=', query.entity_type).where('entity_id', '=', query.entity_id);
      if (query.action !== undefined) select = select.where('action', '=', query.action);
      const rows = await select.orderBy('at').orderBy('id').execute();
      return rows.map((r) => ({
        actor: r.actor, action: r.action, entity_type: r.entity_type,
        before: r.before === null ? null : (JSON.parse(r.before) as Record<string, unknown>),
        after: r.after === null ? null : (JSON.parse(r.after) as Record<string, unknown>),
      }));
    };
    const methodRow = async (id: string) => {
      const row = await t.database.db.selectFrom('contact_methods').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      return { type: row.type, name: row.name, verified: row.verified_at !== null, verification_hash: row.verification_hash, verification_expires_at: row.verification_expires_at, disabled: row.disabled };
    };
    const ruleRows = async (user: string) =>
      (await t.database.db.selectFrom('notification_rules').select(['delay_ms', 'urgency', 'position']).where('user_id', '=', user).orderBy('position').execute())
        .map((r) => ({ ...r, delay_ms: Number(r.delay_ms) }));

    /** Bob adds a phone through the API and enters the code sent to it. */
    const addVerifiedPhone = async (): Promise<string> => {
      const created = await t.request({ method: 'POST', url: '/api/v1/users/bob/contact-methods', payload: { type: 'sms', address: '+15555550101', name: 'phone' } });
      expect(created.statusCode, created.body).toBe(201);
      const { id, verification_delivery } = created.json<{ id: string; verification_delivery: string }>();
      const delivery = await t.database.db.selectFrom('deliveries').select('event').where('id', '=', verification_delivery).executeTakeFirstOrThrow();
      const code = (JSON.parse(delivery.event!) as { verificationCode: string }).verificationCode;
      t.clock.advance(1_000);
      expect((await t.request({ method: 'POST', url: `/api/v1/contact-methods/${id}/verify`, payload: { code } })).statusCode).toBe(200);
      return id;
    };

    it('adds and removes a contact method as the same row with the same contact_method.* entries, whether through the API or the file', async () => {
      t = await createTestApp(dialect);
      await applyAsCli(USERS);
      const bobPhone = await addVerifiedPhone();
      // The file vouches for its address; the API's method is verified once its code comes back.
      expect(await methodRow('ann-phone')).toEqual(await methodRow(bobPhone));

      t.clock.advance(60_000);
      expect((await t.request({ method: 'DELETE', url: `/api/v1/contact-methods/${bobPhone}` })).statusCode).toBe(204);
      const dropped = await applyAsCli(USERS.replace('    contact_methods:\n      - { id: ann-phone, type: sms, address: "+15555550102", name: phone }\n', ''));
      expect(dropped.results.filter((r) => r.action !== 'unchanged')).toEqual([{ kind: 'contact_method', id: 'ann-phone', action: 'deleted' }]);

      const api = await entries({ entity_type: 'contact_method', entity_id: bobPhone });
      const cli = await entries({ entity_type: 'contact_method', entity_id: 'ann-phone' });
      expect(api.map((e) => e.action)).toEqual(['contact_method.create', 'contact_method.verify', 'contact_method.delete']);
      expect(cli.map((e) => `${e.actor} ${e.action}`)).toEqual(['cli contact_method.create', 'cli contact_method.delete']);
      // Created unverified through the API and verified at once by the file: otherwise the same record.
      expect(methodShape(cli[0]!.after)).toEqual({ ...methodShape(api[0]!.after), verified: true });
      expect(methodShape(cli[1]!.before)).toEqual(methodShape(api[2]!.before));
      expect(cli[0]).toMatchObject({ before: null, after: { user: 'ann', address: '+15555550102' } });
      const generic = await t.database.db.selectFrom('audit_log').select('action').where('action', 'like', 'config.%').where('entity_type', '=', 'contact_method').execute();
      expect(generic).toEqual([]);
    });

    it('replaces rules as the same rows with the same notification_rules.replace entry, whether through the API or the file, and records nothing when the list is the same', async () => {
      t = await createTestApp(dialect);
      await applyAsCli(USERS);
      const bobPhone = await addVerifiedPhone();
      const rules = { rules: [{ contact_method: bobPhone, after: '0m', urgency: 'high' }, { contact_method: bobPhone, after: '5m' }] };
      expect((await t.request({ method: 'PUT', url: '/api/v1/users/bob/notification-rules', payload: rules })).statusCode).toBe(200);
      const withRules = USERS.replace('name: phone }\n', `name: phone }\n${ANN_RULES}`);
      const applied = await applyAsCli(withRules);
      expect(applied.results.filter((r) => r.action !== 'unchanged')).toEqual([{ kind: 'user', id: 'ann', action: 'updated', changes: ['notification_rules'] }]);
      expect(await ruleRows('ann')).toEqual(await ruleRows('bob'));
      expect(await ruleRows('ann')).toEqual([{ delay_ms: 0, urgency: 'high', position: 0 }, { delay_ms: 300_000, urgency: null, position: 1 }]);

      // The same list again is no change, on either path.
      t.clock.advance(60_000);
      expect((await t.request({ method: 'PUT', url: '/api/v1/users/bob/notification-rules', payload: rules })).statusCode).toBe(200);
      expect((await applyAsCli(withRules)).results.every((r) => r.action === 'unchanged')).toBe(true);

      const api = await entries({ entity_type: 'user', entity_id: 'bob', action: 'notification_rules.replace' });
      const cli = await entries({ entity_type: 'user', entity_id: 'ann', action: 'notification_rules.replace' });
      expect(api.map((e) => e.actor)).toEqual(['token:bootstrap-admin']);
      expect(cli.map((e) => e.actor)).toEqual(['cli']);
      expect(rulesShape(cli[0]!.before)).toEqual(rulesShape(api[0]!.before));
      expect(rulesShape(cli[0]!.after)).toEqual(rulesShape(api[0]!.after));
      expect(cli[0]!.after).toEqual({ rules: [{ contact_method: 'ann-phone', after: '0s', urgency: 'high' }, { contact_method: 'ann-phone', after: '5m', urgency: null }] });
    });
  });
}
