import { X509Certificate } from 'node:crypto';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import type { TLSSocket } from 'node:tls';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { OutboundPolicy } from '../core/outbound.js';
import { createTestDatabase, DIALECTS } from '../test-support/databases.js';
import { makeTestCertificate } from '../test-support/tls.js';
import { readServeSettings, type ServeSettings } from './env.js';
import { startServer, StartupError } from './serve.js';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'vigil-serve-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function settings(overrides: Partial<ServeSettings> = {}): ServeSettings {
  const read = readServeSettings({ VIGIL_PORT: '0', VIGIL_LOG_LEVEL: 'silent', VIGIL_ADMIN_TOKEN: 'serve-test-admin-token-0123456789' });
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return { ...read.settings, ...overrides };
}

/** A port something listens on, for as long as the returned server is open. */
async function occupiedPort(): Promise<{ port: number; close: () => Promise<void> }> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as AddressInfo).port, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('vigil serve, as the operator sees it start', () => {
  it('refuses a port in use in one line naming VIGIL_PORT, before the database is opened or the configuration applied', async () => {
    const busy = await occupiedPort();
    const database = join(dir, 'busy.db');
    try {
      const start = startServer(settings({ port: busy.port, databaseUrl: database, configFile: 'deploy/example/vigil.yaml' }), { print: () => {} });
      await expect(start).rejects.toThrow(StartupError);
      await expect(start).rejects.toThrow(`VIGIL_PORT: 127.0.0.1:${busy.port} is already in use (another Vigil, or another program); stop it, or set VIGIL_PORT (or --port) to a free port (0 picks one)`);
      expect(existsSync(database), 'nothing was written').toBe(false);
    } finally {
      await busy.close();
    }
  });

  for (const dialect of DIALECTS) {
    it(`prints the console, names the configured admin without a password, and says where the test incident's page goes (${dialect})`, async () => {
      const pages: { url: string; body: string }[] = [];
      const receiver = createHttpServer((request: IncomingMessage, response) => {
        let body = '';
        request.on('data', (chunk: Buffer) => (body += chunk.toString()));
        request.on('end', () => {
          pages.push({ url: request.url ?? '', body });
          response.writeHead(200).end('ok');
        });
      });
      await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
      const receiverPort = (receiver.address() as AddressInfo).port;
      const dead = await occupiedPort();
      await dead.close(); // free again: nothing listens there
      const config = join(dir, `first-page-${dialect}.yaml`);
      writeFileSync(config, `
users:
  - id: alice
    name: Alice
    email: alice@example.com
    role: admin
    contact_methods: [{ id: alice-hook, type: webhook, address: "http://127.0.0.1:${receiverPort}/pages/alice" }]
  - id: bob
    name: Bob
    email: bob@example.com
    contact_methods: [{ id: bob-hook, type: webhook, address: "http://127.0.0.1:${dead.port}/pages/bob" }]
teams:
  - { id: ops, name: Ops, members: [alice, bob] }
schedules:
  - id: ops-primary
    name: Ops primary
    team: ops
    time_zone: UTC
    layers: [{ name: all, rotation: daily, handoff: "09:00", start: 2026-01-05, participants: [alice] }]
escalation_policies:
  - { id: ops, name: Ops, team: ops, levels: [{ targets: ["schedule:ops-primary", "user:bob"], escalate_after: 5m }] }
services:
  - { id: aaa-unpaged, name: Nobody pages for this, team: ops }
  - { id: api, name: Public API, team: ops, escalation_policy: ops }
`);
      const database = await createTestDatabase(dialect, dialect === 'sqlite' ? { file: join(dir, 'first-page.db') } : {});
      await database.close();
      const lines: string[] = [];
      const server = await startServer(
        settings({ databaseUrl: database.url, configFile: config, outbound: OutboundPolicy.parse('127.0.0.1').policy }),
        { print: (line) => lines.push(line) },
      );
      try {
        const text = lines.join('\n');
        expect(lines).toContain(`Console: ${server.url}/`);
        const shownDatabase = dialect === 'sqlite' ? `VIGIL_DATABASE_URL=${database.url}` : "VIGIL_DATABASE_URL=<this server's>";
        expect(lines).toContain(`Nobody can log in with a password yet; give admin alice one with: ${shownDatabase} vigil users set-password alice`);
        expect(lines).toContain('It is declared on api (Public API) as SEV-3; escalation policy ops pages at once:');
        expect(lines).toContain(`  pages alice (on call for ops-primary) by webhook http://127.0.0.1:${receiverPort}/pages/alice at once`);
        expect(lines).toContain(`  pages bob by webhook http://127.0.0.1:${dead.port}/pages/bob at once — nothing listens there now, so that delivery will fail`);
        expect(text).toMatch(/What became of each page: curl -sS http:\/\/127\.0\.0\.1:\d+\/api\/v1\/incidents\/N\/deliveries/);

        // Paste the printed command, as a newcomer would: the page reaches the receiver it named.
        const curl = lines.find((line) => line.startsWith('  curl '));
        const { stdout } = await run('bash', ['-c', curl ?? 'false'], { env: { ...process.env, VIGIL_ADMIN_TOKEN: 'serve-test-admin-token-0123456789' } });
        const incident = JSON.parse(stdout) as { number: number; service: { id: string } | null };
        expect(incident.service?.id).toBe('api');
        const deadline = Date.now() + 15_000;
        while (!pages.some((p) => p.url === '/pages/alice') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
        expect(pages.map((p) => p.url)).toContain('/pages/alice');
        expect(pages.find((p) => p.url === '/pages/alice')?.body).toContain('Test incident');
      } finally {
        await server.close();
        await new Promise((resolve) => receiver.close(resolve));
        await database.destroy();
      }
    });
  }

  it('asks for the first admin when the configuration names none', async () => {
    const lines: string[] = [];
    const server = await startServer(settings({ databaseUrl: join(dir, 'no-admin.db') }), { print: (line) => lines.push(line) });
    try {
      expect(lines.find((line) => line.startsWith('Nobody can log in'))).toMatch(/make the first admin with: VIGIL_DATABASE_URL=\S+no-admin\.db vigil users create <id> --email <email> --admin$/);
      expect(lines).toContain('No service has an escalation policy yet, so this test incident pages nobody; give a service an escalation_policy in vigil.yaml (see deploy/example/vigil.yaml) to see a page go out.');
    } finally {
      await server.close();
    }
  });
});

/** The certificate a TLS server presents to a client that trusts `ca`, by its SHA-256 fingerprint. */
function presented(url: string, ca: string): Promise<{ fingerprint: string; status: number }> {
  return new Promise((resolve, reject) => {
    const request = httpsRequest(`${url}/healthz`, { ca: readFileSync(ca), agent: false }, (response) => {
      const fingerprint = (response.socket as TLSSocket).getPeerCertificate().fingerprint256;
      response.resume();
      response.on('end', () => resolve({ fingerprint, status: response.statusCode ?? 0 }));
    });
    request.on('error', reject);
    request.end();
  });
}

const fingerprintOf = (file: string) => new X509Certificate(readFileSync(file)).fingerprint256;

describe('vigil serve over HTTPS', () => {
  it('serves HTTPS with VIGIL_TLS_CERT and VIGIL_TLS_KEY, and a reload takes a renewed certificate for new connections', async () => {
    const first = makeTestCertificate(dir, 'first');
    const renewed = makeTestCertificate(dir, 'renewed');
    const certFile = join(dir, 'live.crt');
    const keyFile = join(dir, 'live.key');
    copyFileSync(first.certFile, certFile);
    copyFileSync(first.keyFile, keyFile);
    const lines: string[] = [];
    const server = await startServer(settings({ databaseUrl: join(dir, 'tls.db'), tls: { certFile, keyFile } }), { print: (line) => lines.push(line) });
    try {
      expect(server.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      expect(lines.join('\n')).toMatch(/HTTPS with the certificate for DNS:localhost, IP Address:127\.0\.0\.1, valid until \d{4}-\d\d-\d\d; send SIGHUP to reload/);
      expect(await presented(server.url, first.caFile)).toEqual({ fingerprint: fingerprintOf(first.certFile), status: 200 });

      copyFileSync(renewed.certFile, certFile);
      copyFileSync(renewed.keyFile, keyFile);
      expect(server.reloadTls?.()).toMatchObject({ ok: true, message: expect.stringMatching(/^reloaded the certificate for DNS:localhost/) });
      expect(await presented(server.url, renewed.caFile)).toEqual({ fingerprint: fingerprintOf(renewed.certFile), status: 200 });
      await expect(presented(server.url, first.caFile)).rejects.toThrow(/self[- ]signed|unable to verify|unable to get local issuer/);

      // A key that does not belong to the certificate is refused, and the one in use stays.
      copyFileSync(first.keyFile, keyFile);
      const refused = server.reloadTls?.();
      expect(refused?.ok).toBe(false);
      expect(refused?.message).toContain(`kept the certificate in use: VIGIL_TLS_KEY: the key in "${keyFile}" does not belong to the certificate`);
      expect((await presented(server.url, renewed.caFile)).fingerprint).toBe(fingerprintOf(renewed.certFile));
    } finally {
      await server.close();
    }
  });

  it('refuses to start in one line naming VIGIL_TLS_KEY when the key belongs to another certificate', async () => {
    const one = makeTestCertificate(dir, 'one');
    const other = makeTestCertificate(dir, 'other');
    const database = join(dir, 'mismatch.db');
    const start = startServer(settings({ databaseUrl: database, tls: { certFile: one.certFile, keyFile: other.keyFile } }), { print: () => {} });
    await expect(start).rejects.toThrow(`VIGIL_TLS_KEY: the key in "${other.keyFile}" does not belong to the certificate in "${one.certFile}" (VIGIL_TLS_CERT)`);
    expect(existsSync(database)).toBe(false);
  });

  it('refuses a file that holds no certificate, naming VIGIL_TLS_CERT', async () => {
    const one = makeTestCertificate(dir, 'notcert');
    const start = startServer(settings({ databaseUrl: join(dir, 'notcert.db'), tls: { certFile: one.keyFile, keyFile: one.keyFile } }), { print: () => {} });
    await expect(start).rejects.toThrow(`VIGIL_TLS_CERT: "${one.keyFile}" holds no PEM certificate`);
  });
});
