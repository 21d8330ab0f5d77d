import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/app.js';
import { applyYaml } from '../test-support/config.js';
import { DIALECTS } from '../test-support/databases.js';

for (const dialect of DIALECTS) {
  describe(`contact method verification on ${dialect}`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(dialect);
      expect((await applyYaml(t.database.db, dialect, 'users:\n  - { id: bob, name: Bob, email: bob@example.com }\n')).errors).toEqual([]);
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

    it('answers 404 for verifying a method that does not exist', async () => {
      const missing = await post('/api/v1/contact-methods/cm_00000000000000000000000000000000/verify', { code: '123456' });
      expect(missing.statusCode).toBe(404);
      expect(missing.json().code).toBe('VIGIL_CONTACT_METHOD_NOT_FOUND');
    });
  });
}
