import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/app.js';
import { applyYaml } from '../test-support/config.js';
import { DIALECTS } from '../test-support/databases.js';

for (const dialect of DIALECTS) {
  describe(`contact method verification on ${dialect}`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(dialect);
      const users = ['bob', 'erin', 'fay', 'gus', 'hal', 'ida'].map((id) => `  - { id: ${id}, name: ${id}, email: ${id}@example.com }`).join('\n');
      expect((await applyYaml(t.database.db, dialect, `users:\n${users}\n`)).errors).toEqual([]);
    });
    afterAll(async () => {
      await t.close();
    });
    const post = (url: string, payload?: object) => t.request({ method: 'POST', url, ...(payload ? { payload } : {}) });
    const codeOf = async (deliveryId: string) => {
      const row = await t.database.db.selectFrom('deliveries').select('event').where('id', '=', deliveryId).executeTakeFirstOrThrow();
      return (JSON.parse(row.event!) as { verificationCode: string }).verificationCode;
    };
    /** A new method on bob and the code sent to it. */
    const added = async (address: string) => {
      const created = (await post('/api/v1/users/bob/contact-methods', { type: 'email', address })).json() as { id: string; verification_delivery: string };
      return { id: created.id, code: await codeOf(created.verification_delivery) };
    };
    const wrong = (code: string) => (code === '000000' ? '000001' : '000000');

    it('verifies a method with the code sent to it, after a wrong one that leaves 4 tries', async () => {
      const { id, code } = await added('one@example.com');
      const refused = await post(`/api/v1/contact-methods/${id}/verify`, { code: wrong(code) });
      expect(refused.statusCode).toBe(422);
      expect(refused.json()).toEqual({
        code: 'VIGIL_VERIFICATION_FAILED',
        message: 'the code does not match the one sent to this contact method; 4 more tries before the code stops working',
        fields: [{ path: 'body.code', message: 'does not match the code sent' }],
        details: { attempts_left: 4 },
      });
      const verified = await post(`/api/v1/contact-methods/${id}/verify`, { code });
      expect(verified.statusCode).toBe(200);
      expect(verified.json()).toMatchObject({ id, verified: true, verified_at: '2026-03-02T10:00:00.000Z', verification_expires_at: null });
      const stored = await t.database.db.selectFrom('contact_methods').select(['verification_hash', 'verification_expires_at']).where('id', '=', id).executeTakeFirstOrThrow();
      expect(stored).toEqual({ verification_hash: null, verification_expires_at: null });
      expect((await post(`/api/v1/contact-methods/${id}/verify`, { code })).statusCode).toBe(200);
      expect((await post(`/api/v1/contact-methods/${id}/verification`)).statusCode).toBe(409);
    });

    it('voids the code at the fifth wrong one, so even the right code is then refused', async () => {
      const { id, code } = await added('two@example.com');
      const answers = [];
      for (let i = 0; i < 5; i++) answers.push((await post(`/api/v1/contact-methods/${id}/verify`, { code: wrong(code) })).json());
      expect(answers.map((a: { details: { attempts_left: number } }) => a.details.attempts_left)).toEqual([4, 3, 2, 1, 0]);
      expect(answers[4].message).toBe(
        `the code does not match the one sent to this contact method; that was the 5th wrong code, so the code no longer works; ask for a new code: POST /api/v1/contact-methods/${id}/verification`,
      );
      const late = await post(`/api/v1/contact-methods/${id}/verify`, { code });
      expect(late.statusCode).toBe(410);
      expect(late.json().code).toBe('VIGIL_VERIFICATION_EXPIRED');
      expect(late.json().message).toMatch(/^no verification code is pending for contact method "cm_[0-9a-f]+" \(none was sent, or it was voided after 5 wrong codes\); ask for a new code/);
      const counters = await t.database.db.selectFrom('counters').select('name').where('name', 'like', 'verification-failures:%').execute();
      expect(counters).toEqual([]);
    });

    it('refuses an expired code and asks for a new one; a new code replaces the old and restores the tries', async () => {
      const { id, code } = await added('three@example.com');
      await post(`/api/v1/contact-methods/${id}/verify`, { code: wrong(code) });
      t.clock.advance(15 * 60_000);
      const expired = await post(`/api/v1/contact-methods/${id}/verify`, { code });
      expect(expired.statusCode).toBe(410);
      expect(expired.json().message).toBe(`the verification code expired at 2026-03-02T10:15:00.000Z; ask for a new code: POST /api/v1/contact-methods/${id}/verification`);

      const resent = await post(`/api/v1/contact-methods/${id}/verification`);
      expect(resent.statusCode).toBe(202);
      expect(resent.json()).toEqual({ delivery: expect.stringMatching(/^dlv_/), expires_at: '2026-03-02T10:30:00.000Z' });
      const fresh = await codeOf(resent.json().delivery);
      const old = await post(`/api/v1/contact-methods/${id}/verify`, { code: fresh === code ? wrong(code) : code });
      expect(old.json().details).toEqual({ attempts_left: 4 });
      expect((await post(`/api/v1/contact-methods/${id}/verify`, { code: fresh })).json()).toMatchObject({ verified: true });
    });

    const addFor = (user: string, type: string, address: string) => post(`/api/v1/users/${user}/contact-methods`, { type, address });
    const resend = (id: string) => post(`/api/v1/contact-methods/${id}/verification`);
    const sentTo = (address: string) => t.database.db.selectFrom('deliveries').select('id').where('kind', '=', 'verification').where('address', '=', address).execute();

    it('sends one code a minute to a method, answering 429 with Retry-After and when to ask again', async () => {
      const created = await addFor('ida', 'sms', '+15555550111');
      expect(created.statusCode, created.body).toBe(201);
      const id = created.json().id as string;
      t.clock.advance(20_000);
      const refused = await resend(id);
      expect(refused.statusCode).toBe(429);
      expect(refused.headers['retry-after']).toBe('40');
      const start = new Date(t.clock.now() - 20_000);
      expect(refused.json()).toEqual({
        code: 'VIGIL_VERIFICATION_RATE_LIMITED',
        message: `a code was sent to this contact method less than a minute ago; ask for the next one at ${new Date(start.getTime() + 60_000).toISOString()} (in 40 s)`,
        details: { retry_after_seconds: 40, next_code_at: new Date(start.getTime() + 60_000).toISOString(), limit: 'contact_method' },
      });
      expect(await sentTo('+15555550111')).toHaveLength(1);
      t.clock.advance(40_000);
      expect((await resend(id)).statusCode).toBe(202);
    });

    it('sends at most 5 codes an hour to one user, and adds no method it refuses a code for', async () => {
      const first = t.clock.now();
      for (let i = 1; i <= 5; i++) {
        expect((await addFor('erin', 'email', `erin${i}@example.com`)).statusCode).toBe(201);
        t.clock.advance(60_000);
      }
      const refused = await addFor('erin', 'email', 'erin6@example.com');
      expect(refused.statusCode).toBe(429);
      expect(refused.json()).toMatchObject({ code: 'VIGIL_VERIFICATION_RATE_LIMITED', details: { limit: 'user', next_code_at: new Date(first + 3_600_000).toISOString() } });
      expect(refused.json().message).toMatch(/^user "erin" was sent 5 verification codes in the last hour; ask for the next one at /);
      expect(refused.headers['retry-after']).toBe(String(3_600 - 5 * 60));
      const listed = (await t.request({ method: 'GET', url: '/api/v1/users/erin/contact-methods' })).json() as { contact_methods: unknown[] };
      expect(listed.contact_methods).toHaveLength(5);
      t.clock.set(first + 3_600_000);
      expect((await addFor('erin', 'email', 'erin6@example.com')).statusCode).toBe(201);
    });

    it('sends at most 3 codes an hour to one address, whoever asks', async () => {
      const phone = '+15555550122';
      expect((await addFor('fay', 'sms', phone)).statusCode).toBe(201);
      expect((await addFor('fay', 'voice', phone)).statusCode).toBe(201);
      expect((await addFor('gus', 'sms', phone)).statusCode).toBe(201);
      const refused = await addFor('hal', 'sms', phone);
      expect(refused.statusCode).toBe(429);
      expect(refused.json()).toMatchObject({ code: 'VIGIL_VERIFICATION_RATE_LIMITED', details: { limit: 'address', retry_after_seconds: 3_600 } });
      expect(refused.json().message).toMatch(/^\+15555550122 was sent 3 verification codes in the last hour; ask for the next one at /);
      expect(await sentTo(phone)).toHaveLength(3);
    });

    it('holds the per-user limit when many codes are asked for at once', async () => {
      const answers = await Promise.all(Array.from({ length: 9 }, (_, i) => addFor('hal', 'email', `hal${i}@example.com`)));
      expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 201, 201, 201, 201, 429, 429, 429, 429]);
      const sent = await t.database.db.selectFrom('deliveries').select('id').where('kind', '=', 'verification').where('user_id', '=', 'hal').execute();
      expect(sent).toHaveLength(5);
    });

    it('answers 404 for verifying a method that does not exist', async () => {
      const missing = await post('/api/v1/contact-methods/cm_00000000000000000000000000000000/verify', { code: '123456' });
      expect(missing.statusCode).toBe(404);
      expect(missing.json().code).toBe('VIGIL_CONTACT_METHOD_NOT_FOUND');
    });
  });
}
