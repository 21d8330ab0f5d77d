import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../test-support/databases.js';
import { defaultVapidSubject, generateVapidKeys, resolveVapidKeys, vapidKeysProblem } from './vapid-keys.js';

describe('VAPID keys', () => {
  it('generates pairs whose public key is the private key\'s, in the sizes browsers take', () => {
    for (let i = 0; i < 50; i++) {
      const pair = generateVapidKeys();
      expect(Buffer.from(pair.publicKey, 'base64url')).toHaveLength(65);
      expect(Buffer.from(pair.privateKey, 'base64url')).toHaveLength(32);
      expect(vapidKeysProblem(pair)).toBeNull();
    }
  });

  it('tells push services who runs Vigil: the https public URL, else a mailto: at its host', () => {
    expect(defaultVapidSubject('https://vigil.example.com/ops')).toBe('https://vigil.example.com');
    expect(defaultVapidSubject('http://127.0.0.1:8080')).toBe('mailto:vigil@127.0.0.1');
    expect(defaultVapidSubject('http://[::1]:8080')).toBe('mailto:vigil@::1');
  });

  for (const dialect of DIALECTS) {
    describe(`kept in the database on ${dialect}`, () => {
      let database: TestDatabase | undefined;
      afterEach(async () => {
        await database?.destroy();
        database = undefined;
      });

      it('makes one pair on the first start and gives every later start, and every process, the same', async () => {
        database = await createTestDatabase(dialect);
        const [a, b] = await Promise.all([resolveVapidKeys(database.db, null), resolveVapidKeys(database.db, null)]);
        expect(a).toEqual(b);
        expect(vapidKeysProblem(a)).toBeNull();
        expect(await resolveVapidKeys(database.db, null)).toEqual(a);
        const given = generateVapidKeys();
        expect(await resolveVapidKeys(database.db, given)).toEqual(given);
        expect(await resolveVapidKeys(database.db, null)).toEqual(a);
      });
    });
  }
});
