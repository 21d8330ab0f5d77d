import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { Provider, SendRequest } from '../notify/channels.js';
import { SETUP_HINTS } from '../notify/provider-registry.js';
import { createTestApp, TEST_ADMIN_TOKEN, testNotifyServices, type TestApp } from '../test-support/app.js';
import { applyYaml } from '../test-support/config.js';
import { DIALECTS } from '../test-support/databases.js';
import { CliError } from './incident-commands.js';
import { sendTestPage } from './page-commands.js';

const ORG = `users:
  - id: alice
    name: Alice
    email: alice@example.com
    contact_methods:
      - { id: alice-mail, type: email, address: alice@example.com }
`;

for (const dialect of DIALECTS) {
  describe(`vigil page --test on ${dialect}`, () => {
    let t: TestApp | undefined;
    afterEach(async () => {
      await t?.engine.stop();
      await t?.close();
    });

    /** A listening Vigil with its job worker running, as `vigil serve` would be. */
    async function serve(providers: Provider[]) {
      t = await createTestApp(dialect, { notify: testNotifyServices(providers) });
      expect((await applyYaml(t.database.db, dialect, ORG)).errors).toEqual([]);
      await t.app.listen({ port: 0, host: '127.0.0.1' });
      await t.engine.start();
      return { url: `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`, token: TEST_ADMIN_TOKEN };
    }

    it('prints the delivery and, once the provider took it, that it was sent', async () => {
      const sent: SendRequest[] = [];
      const mail: Provider = { id: 'fake-smtp', channels: ['email'], send: async (request) => (sent.push(request), { externalId: 'msg-1' }) };
      const target = await serve([mail]);
      const lines: string[] = [];
      await sendTestPage(target, { user: 'alice', waitMs: 5_000, pollMs: 20 }, (line) => lines.push(line));
      expect(lines).toEqual([
        expect.stringMatching(/^queued dlv_[0-9a-f]{32} email \(alice-mail\)$/),
        expect.stringMatching(/^dlv_[0-9a-f]{32} email \(alice-mail\): sent \(accepted by fake-smtp as msg-1\)$/),
      ]);
      expect(sent.map((r) => r.to)).toEqual(['alice@example.com']);
    });

    it('says why the message failed when the channel has no provider, and exits with an error', async () => {
      const target = await serve([]);
      const lines: string[] = [];
      const run = sendTestPage(target, { user: 'alice', contactMethod: 'alice-mail', waitMs: 5_000, pollMs: 20 }, (line) => lines.push(line));
      await expect(run).rejects.toThrow(new CliError('1 of 1 test message failed'));
      expect(lines[1]).toMatch(new RegExp(`^dlv_[0-9a-f]{32} email \\(alice-mail\\): failed: ${SETUP_HINTS.email.replace(/[()]/g, '\\$&')}$`));
    });

    it('passes on the API\'s refusal, such as for an unknown user', async () => {
      const target = await serve([]);
      await expect(sendTestPage(target, { user: 'nobody', waitMs: 0 }, () => {})).rejects.toThrow('404 VIGIL_USER_NOT_FOUND: no user "nobody"');
    });
  });
}
