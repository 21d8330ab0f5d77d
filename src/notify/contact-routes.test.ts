import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSecret } from '../core/ids.js';
import { createTestApp, type TestApp } from '../test-support/app.js';
import { applyYaml } from '../test-support/config.js';
import { DIALECTS } from '../test-support/databases.js';
import { SETUP_HINTS } from './provider-registry.js';

const ORG = `users:
  - id: alice
    name: Alice
    email: alice@example.com
    contact_methods:
      - { id: alice-mail, type: email, address: alice@example.com }
  - { id: bob, name: Bob, email: bob@example.com }
  - { id: carol, name: Carol, email: carol@example.com }
`;

for (const dialect of DIALECTS) {
  describe(`contact methods API on ${dialect}`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(dialect);
      expect((await applyYaml(t.database.db, dialect, ORG)).errors).toEqual([]);
    });
    afterAll(async () => {
      await t.close();
    });
    const send = (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: object) => t.request({ method, url, ...(payload ? { payload } : {}) });
    const add = (user: string, body: object) => send('POST', `/api/v1/users/${user}/contact-methods`, body);
    const jobsFor = async (deliveryId: string) =>
      (await t.database.db.selectFrom('jobs').select(['kind', 'key', 'status']).execute()).filter((j) => j.key === `notify:send:${deliveryId}`);

    it('adds a contact method unverified and sends it a code, keeping only a digest of the code', async () => {
      const created = await add('bob', { type: 'sms', address: '+15555550100', name: 'phone' });
      expect(created.statusCode, created.body).toBe(201);
      const method = created.json();
      expect(method).toMatchObject({ user: 'bob', type: 'sms', address: '+15555550100', name: 'phone', managed_by: 'api', verified: false, verified_at: null, disabled: false });
      expect(method.id).toMatch(/^cm_[0-9a-f]{32}$/);
      expect(method.verification_expires_at).toBe('2026-03-02T10:15:00.000Z');
      const delivery = await t.database.db.selectFrom('deliveries').selectAll().where('id', '=', method.verification_delivery).executeTakeFirstOrThrow();
      expect(delivery).toMatchObject({ kind: 'verification', contact_method_id: method.id, channel: 'sms', address: '+15555550100', status: 'sending' });
      expect(await jobsFor(delivery.id)).toEqual([{ kind: 'notify.send', key: `notify:send:${delivery.id}`, status: 'pending' }]);
      const code = (JSON.parse(delivery.event!) as { verificationCode: string }).verificationCode;
      expect(code).toMatch(/^\d{6}$/);
      const stored = await t.database.db.selectFrom('contact_methods').selectAll().where('id', '=', method.id).executeTakeFirstOrThrow();
      expect(stored.verification_hash).toBe(hashSecret(code));
    });

    it('refuses a phone number that is not E.164, an email without a domain and a Slack id that is not one, naming the field', async () => {
      for (const [type, address, expected] of [
        ['sms', '555-0100', 'an E.164 phone number'],
        ['voice', '+0123456789', 'an E.164 phone number'],
        ['email', 'carol@localhost', 'an email address'],
        ['slack', '@carol', 'a Slack member or channel id'],
        ['webhook', 'ftp://example.com/x', 'an http(s) URL'],
      ] as const) {
        const refused = await add('carol', { type, address });
        expect(refused.statusCode, `${type} ${address}`).toBe(422);
        const body = refused.json();
        expect(body.code).toBe('VIGIL_INVALID_ADDRESS');
        expect(body.fields).toEqual([{ path: 'body.address', message: expect.stringContaining(`"${address}" is not ${expected}`) }]);
      }
      expect((await send('GET', '/api/v1/users/carol/contact-methods')).json()).toEqual({ contact_methods: [] });
    });

    it('refuses an unknown type with 400, an unknown user with 404 and the same address twice with 409', async () => {
      const type = await add('carol', { type: 'pager', address: 'x' });
      expect(type.statusCode).toBe(400);
      expect(type.json().fields).toEqual([{ path: 'body.type', message: expect.stringContaining('must be one of') }]);
      expect((await add('zed', { type: 'email', address: 'zed@example.com' })).json().code).toBe('VIGIL_USER_NOT_FOUND');
      expect((await add('carlo', { type: 'email', address: 'carol@example.com' })).json()).toEqual({ code: 'VIGIL_USER_NOT_FOUND', message: 'no user "carlo"; did you mean "carol"?' });
      expect((await add('carol', { type: 'email', address: 'carol@example.com' })).statusCode).toBe(201);
      const twice = await add('carol', { type: 'email', address: 'carol@example.com' });
      expect(twice.statusCode).toBe(409);
      expect(twice.json().message).toMatch(/^user "carol" already has email carol@example.com as contact method "cm_/);
    });

    it('lists the methods vigil.yaml defines as verified and managed by the file', async () => {
      const listed = await send('GET', '/api/v1/users/alice/contact-methods');
      expect(listed.json()).toEqual({
        contact_methods: [
          {
            id: 'alice-mail', user: 'alice', type: 'email', address: 'alice@example.com', name: null, managed_by: 'config', verified: true,
            verified_at: '2026-01-05T09:00:00.000Z', verification_expires_at: null, disabled: false, disabled_at: null, disabled_reason: null,
            created_at: '2026-01-05T09:00:00.000Z', updated_at: '2026-01-05T09:00:00.000Z',
          },
        ],
      });
      expect((await send('GET', '/api/v1/users/zed/contact-methods')).statusCode).toBe(404);
    });

    it('disables and renames a method, but leaves the name and existence of a file-defined one to the file', async () => {
      const id = (await add('carol', { type: 'ntfy', address: 'https://ntfy.sh/carol-pages' })).json().id as string;
      const patched = await send('PATCH', `/api/v1/contact-methods/${id}`, { name: 'ntfy', disabled: true });
      expect(patched.json()).toMatchObject({ id, name: 'ntfy', disabled: true });
      // Disabled by its owner: when, and no reason of Vigil's.
      expect((await send('PATCH', '/api/v1/contact-methods/alice-mail', { disabled: true })).json()).toMatchObject({ disabled: true, disabled_at: '2026-03-02T10:00:00.000Z', disabled_reason: null });
      expect((await send('PATCH', '/api/v1/contact-methods/alice-mail', { disabled: false })).json()).toMatchObject({ disabled: false, disabled_at: null });
      const renamed = await send('PATCH', '/api/v1/contact-methods/alice-mail', { name: 'work' });
      expect(renamed.statusCode).toBe(409);
      expect(renamed.json().message).toBe('contact method "alice-mail" is defined in vigil.yaml; change its name there (only disabled can be changed here)');
      expect((await send('DELETE', '/api/v1/contact-methods/alice-mail')).statusCode).toBe(409);
      expect((await send('DELETE', `/api/v1/contact-methods/${id}`)).statusCode).toBe(204);
      const gone = await send('DELETE', `/api/v1/contact-methods/${id}`);
      expect(gone.statusCode).toBe(404);
      expect(gone.json().code).toBe('VIGIL_CONTACT_METHOD_NOT_FOUND');
    });

    it('records who added, verified, changed and deleted a contact method, and who replaced rules, never the code', async () => {
      const created = (await add('carol', { type: 'sms', address: '+15555550177' })).json();
      const delivery = await t.database.db.selectFrom('deliveries').select('event').where('id', '=', created.verification_delivery).executeTakeFirstOrThrow();
      const code = (JSON.parse(delivery.event!) as { verificationCode: string }).verificationCode;
      expect((await send('POST', `/api/v1/contact-methods/${created.id}/verify`, { code })).statusCode).toBe(200);
      expect((await send('PATCH', `/api/v1/contact-methods/${created.id}`, { disabled: true })).statusCode).toBe(200);
      expect((await send('PUT', '/api/v1/users/carol/notification-rules', { rules: [{ contact_method: created.id, after: '5m' }] })).statusCode).toBe(200);
      expect((await send('DELETE', `/api/v1/contact-methods/${created.id}`)).statusCode).toBe(204);
      const audit = (await send('GET', `/api/v1/audit?entity=contact_method:${created.id}`)).json<{ entries: { action: string; actor: string; before: unknown; after: unknown }[] }>();
      expect(audit.entries.map((e) => e.action).sort()).toEqual(['contact_method.create', 'contact_method.delete', 'contact_method.update', 'contact_method.verify']);
      const byAction = new Map(audit.entries.map((e) => [e.action, e]));
      expect(byAction.get('contact_method.create')).toMatchObject({ before: null, after: { user: 'carol', type: 'sms', address: '+15555550177', verified: false, disabled: false } });
      expect(byAction.get('contact_method.update')).toMatchObject({ before: { verified: true, disabled: false }, after: { disabled: true } });
      expect(byAction.get('contact_method.delete')).toMatchObject({ before: { address: '+15555550177', disabled: true }, after: null });
      expect(JSON.stringify(audit.entries)).not.toContain(code);
      const rules = (await send('GET', '/api/v1/audit?entity=user:carol&action=notification_rules.replace')).json<{ entries: { after: unknown }[] }>();
      expect(rules.entries[0]).toMatchObject({ after: { rules: [{ contact_method: created.id, after: '5m', urgency: null }] } });
    });

    it('replaces a user\'s notification rules in order and reads them back', async () => {
      const hook = (await add('alice', { type: 'webhook', address: 'http://127.0.0.1:9999/alice' })).json().id as string;
      const put = await send('PUT', '/api/v1/users/alice/notification-rules', {
        rules: [
          { contact_method: hook, after: '0m' },
          { contact_method: 'alice-mail', after: '90m', urgency: 'high' },
        ],
      });
      expect(put.statusCode, put.body).toBe(200);
      const expected = [
        { id: expect.stringMatching(/^nr_/), contact_method: hook, after: '0s', urgency: null },
        { id: expect.stringMatching(/^nr_/), contact_method: 'alice-mail', after: '1h30m', urgency: 'high' },
      ];
      expect(put.json()).toEqual({ rules: expected });
      expect((await send('GET', '/api/v1/users/alice/notification-rules')).json()).toEqual({ rules: expected });
      expect((await send('PUT', '/api/v1/users/alice/notification-rules', { rules: [] })).json()).toEqual({ rules: [] });
    });

    it('refuses rules on an unknown method or another user\'s with 422 naming each, and a malformed delay with 400', async () => {
      const unknown = await send('PUT', '/api/v1/users/bob/notification-rules', {
        rules: [
          { contact_method: 'nope', after: '0m' },
          { contact_method: 'alice-mail', after: '5m' },
        ],
      });
      expect(unknown.statusCode).toBe(422);
      expect(unknown.json()).toMatchObject({
        code: 'VIGIL_REFERENCE_NOT_FOUND',
        fields: [
          { path: 'body.rules.0.contact_method', message: 'user "bob" has no contact method "nope"' },
          { path: 'body.rules.1.contact_method', message: 'user "bob" has no contact method "alice-mail"' },
        ],
      });
      const delay = await send('PUT', '/api/v1/users/alice/notification-rules', { rules: [{ contact_method: 'alice-mail', after: '5 minutes' }] });
      expect(delay.statusCode).toBe(400);
      expect(delay.json().fields[0].path).toBe('body.rules.0.after');
      expect((await send('PUT', '/api/v1/users/zed/notification-rules', { rules: [] })).statusCode).toBe(404);
    });

    it('sends a test page to every verified method, and reports clearly that no provider is configured', async () => {
      const sent = await send('POST', '/api/v1/users/alice/test-page', {});
      expect(sent.statusCode, sent.body).toBe(202);
      const { deliveries } = sent.json() as { deliveries: { id: string; contact_method: string; channel: string }[] };
      expect(deliveries).toEqual([{ id: expect.stringMatching(/^dlv_/), contact_method: 'alice-mail', channel: 'email' }]);
      const id = deliveries[0]!.id;
      expect(await t.database.db.selectFrom('deliveries').select(['kind', 'user_id', 'status']).where('id', '=', id).executeTakeFirst()).toEqual({ kind: 'test', user_id: 'alice', status: 'sending' });
      expect(await jobsFor(id)).toHaveLength(1);

      await t.engine.runDue();
      const delivery = await send('GET', `/api/v1/deliveries/${id}`);
      expect(delivery.statusCode).toBe(200);
      expect(delivery.json()).toMatchObject({ id, kind: 'test', user: 'alice', channel: 'email', contact_method: 'alice-mail', status: 'failed', last_error: SETUP_HINTS.email });
      expect(delivery.json().history.map((h: { status: string; detail: string }) => [h.status, h.detail])).toEqual([
        ['sending', 'test page'],
        ['failed', SETUP_HINTS.email],
      ]);
    });

    it('sends a test page to one chosen method, and refuses an unverified one, an unknown one and a user with none', async () => {
      const chosen = await send('POST', '/api/v1/users/alice/test-page', { contact_method: 'alice-mail' });
      expect(chosen.json().deliveries).toHaveLength(1);
      const id = (await add('bob', { type: 'email', address: 'bob@example.com' })).json().id as string;
      const unverified = await send('POST', '/api/v1/users/bob/test-page', { contact_method: id });
      expect(unverified.statusCode).toBe(409);
      expect(unverified.json().message).toMatch(new RegExp(`^contact method "${id}" is not verified; verify it first`));
      const all = await send('POST', '/api/v1/users/bob/test-page');
      expect(all.statusCode).toBe(409);
      expect(all.json().message).toBe('user "bob" has no verified, enabled contact method; add one and verify it first');
      expect((await send('POST', '/api/v1/users/alice/test-page', { contact_method: id })).json()).toMatchObject({
        code: 'VIGIL_REFERENCE_NOT_FOUND',
        fields: [{ path: 'body.contact_method', message: `user "alice" has no contact method "${id}"` }],
      });
      await t.database.db.insertInto('users').values({ id: 'dan', name: 'Dan', email: 'dan@example.com', time_zone: 'UTC', role: 'responder', created_at: 0, updated_at: 0 }).execute();
      expect((await send('POST', '/api/v1/users/dan/test-page')).json().message).toBe('user "dan" has no contact methods; add one and verify it first');
    });

    it('answers 404 for a delivery that does not exist', async () => {
      const missing = await send('GET', '/api/v1/deliveries/dlv_00000000000000000000000000000000');
      expect(missing.statusCode).toBe(404);
      expect(missing.json().code).toBe('VIGIL_DELIVERY_NOT_FOUND');
    });
  });
}
