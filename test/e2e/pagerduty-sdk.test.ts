import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestCertificate, type TestCertificate } from '../../src/test-support/tls.js';
import { startVigil, type VigilProcess } from './vigil-process.js';

/**
 * PagerDuty's own JavaScript client, `@pagerduty/pdjs`, talking to Vigil over HTTPS. The client
 * builds https://<server>/v2/enqueue itself, so Vigil must serve TLS: here with a test CA the
 * client's process trusts through NODE_EXTRA_CA_CERTS, as an operator with a private CA would.
 */

const run = promisify(execFile);
const repo = new URL('../../', import.meta.url).pathname;
const ADMIN_TOKEN = 'pdjs-test-admin-token-0123456789';
/** The example configuration's events_v2 integration on the checkout service. */
const ROUTING_KEY = '3f9c2a7e1b5d4c8f9a0e6b2d7c1f4a85';

describe('@pagerduty/pdjs against Vigil over HTTPS', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-pdjs-'));
  let cert: TestCertificate;
  let vigil: VigilProcess;

  beforeAll(async () => {
    try {
      createRequire(import.meta.url).resolve('@pagerduty/pdjs');
    } catch {
      throw new Error('@pagerduty/pdjs is not installed: this test runs PagerDuty\'s own client, a dev dependency (npm install --save-dev @pagerduty/pdjs@2.2.4)');
    }
    cert = makeTestCertificate(dir, 'pdjs');
    vigil = await startVigil({
      VIGIL_DATABASE_URL: join(dir, 'vigil.db'),
      VIGIL_CONFIG: join(repo, 'deploy/example/vigil.yaml'),
      // As `npm start` does: the example's webhooks are placeholders on this machine.
      VIGIL_OUTBOUND_ALLOW: '127.0.0.1',
      VIGIL_ADMIN_TOKEN: ADMIN_TOKEN,
      VIGIL_TLS_CERT: cert.certFile,
      VIGIL_TLS_KEY: cert.keyFile,
      VIGIL_LOG_LEVEL: 'warn',
    });
  }, 60_000);

  afterAll(async () => {
    await vigil?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const api = <T>(path: string): Promise<T> =>
    new Promise((resolve, reject) => {
      const req = request(`${vigil.url}${path}`, { ca: readFileSync(cert.caFile), headers: { authorization: `Bearer ${ADMIN_TOKEN}` } }, (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => (response.statusCode === 200 ? resolve(JSON.parse(body) as T) : reject(new Error(`${path}: ${response.statusCode} ${body}`))));
      });
      req.on('error', reject);
      req.end();
    });

  it('sends a change event, then triggers, acknowledges and resolves an incident, and reads PagerDuty\'s answers', async () => {
    expect(vigil.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const { stdout } = await run(process.execPath, [join(repo, 'test/e2e/pdjs-client.mjs')], {
      cwd: repo,
      env: { ...process.env, NODE_EXTRA_CA_CERTS: cert.caFile, VIGIL_SERVER: new URL(vigil.url).host, ROUTING_KEY, DEDUP_KEY: 'checkout-error-rate' },
      timeout: 60_000,
    });
    const answers = stdout.trim().split('\n').map((line) => JSON.parse(line) as { call: string; status: number; data: Record<string, unknown> });
    expect(answers).toEqual([
      { call: 'change', status: 202, data: { status: 'success', message: 'Change event processed' } },
      { call: 'trigger', status: 202, data: { status: 'success', message: 'Event processed', dedup_key: 'checkout-error-rate' } },
      { call: 'acknowledge', status: 202, data: { status: 'success', message: 'Event processed', dedup_key: 'checkout-error-rate' } },
      { call: 'resolve', status: 202, data: { status: 'success', message: 'Event processed', dedup_key: 'checkout-error-rate' } },
    ]);

    const { incidents } = await api<{ incidents: { number: number; title: string; status: string; severity: { id: string }; service: { id: string } | null; acknowledged_at: string | null; first_acknowledged_at: string | null }[] }>('/api/v1/incidents');
    expect(incidents).toHaveLength(1);
    expect(incidents[0]).toMatchObject({ title: 'Checkout error rate above 5%', status: 'resolved', severity: { id: 'SEV-1' }, service: { id: 'checkout' } });
    expect(incidents[0]?.first_acknowledged_at).not.toBeNull();
    const { changes } = await api<{ changes: { summary: string }[] }>(`/api/v1/incidents/${incidents[0]?.number}/changes`);
    expect(changes.map((c) => c.summary)).toEqual(['Deployed checkout v2.4.1']);
  }, 90_000);

  it('reloads its certificate on SIGHUP and keeps serving', async () => {
    vigil.child.kill('SIGHUP');
    const deadline = Date.now() + 10_000;
    while (!vigil.output().includes('SIGHUP received') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(vigil.output()).toMatch(/SIGHUP received: reloaded the certificate for DNS:localhost, IP Address:127\.0\.0\.1/);
    expect(await api<{ status: string }>('/healthz')).toEqual({ status: 'ok' });
  });
});
