import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { accessSync, constants, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedBootstrapToken } from '../../src/access/api-tokens.js';
import { LOGIN_RATE_PER_MINUTE } from '../../src/access/rate-limits.js';
import { buildApp } from '../../src/app/build-app.js';
import { systemClock } from '../../src/core/clock.js';
import { silentLogger } from '../../src/core/logger.js';
import { createRuntime } from '../../src/core/runtime.js';
import { ensureDefaultSeverities } from '../../src/incidents/severities.js';
import { TEST_OUTBOUND, testNotifyServices } from '../../src/test-support/app.js';
import { createTestDatabase, type TestDatabase } from '../../src/test-support/databases.js';
import { makeTestCertificate, type TestCertificate } from '../../src/test-support/tls.js';
import { eventually, freePort } from './peers.js';

/**
 * deploy/nginx/vigil.conf, run by Debian's nginx in front of Vigil: TLS at the edge, the client's
 * address honoured only from the trusted proxy, streams unbuffered, body limits that leave every
 * answer Vigil could give to Vigil. Loopback addresses 127.0.0.2… stand for different clients.
 */

const repo = new URL('../../', import.meta.url).pathname;
const TOKEN = 'nginx-test-admin-token-0123456789';

/** nginx lives in /usr/sbin, which is not on every PATH. Missing, the test fails: it exists to run the real one. */
function requireNginx(): string {
  for (const dir of [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/usr/local/sbin'].filter(Boolean)) {
    try {
      accessSync(join(dir, 'nginx'), constants.X_OK);
      return join(dir, 'nginx');
    } catch {
      // not here
    }
  }
  throw new Error('nginx is not installed (not on PATH, /usr/sbin or /usr/local/sbin). This test runs deploy/nginx/vigil.conf in the real nginx: install the Debian package nginx-light (.ci/run installs it: apt-get install nginx-light openssl).');
}

/** Rewrites the lines the shipped file marks CHANGE; each must be found, so the file and the test cannot drift apart unnoticed. */
function renderSite(conf: string, name: string, values: { httpPort: number; httpsPort: number; upstreamPort: number; cert: TestCertificate }): string {
  const replacements: [string | RegExp, string][] = [
    ['upstream vigil {', `upstream ${name} {`],
    [/proxy_pass http:\/\/vigil;/g, `proxy_pass http://${name};`],
    ['server 127.0.0.1:8080;', `server 127.0.0.1:${values.upstreamPort};`],
    ['listen 80;', `listen 127.0.0.1:${values.httpPort};`],
    ['listen 443 ssl http2;', `listen 127.0.0.1:${values.httpsPort} ssl http2;`],
    [/ *listen \[::\]:(80|443)[^\n]*\n/g, ''],
    ['/etc/ssl/vigil/fullchain.pem', values.cert.certFile],
    ['/etc/ssl/vigil/privkey.pem', values.cert.keyFile],
    [/location @body_too_large/, `location @body_too_large`],
  ];
  let text = conf;
  for (const [from, to] of replacements) {
    const found = typeof from === 'string' ? text.includes(from) : new RegExp(from.source).test(text);
    if (!found) throw new Error(`deploy/nginx/vigil.conf no longer contains ${String(from)}; update the file or this test`);
    text = typeof from === 'string' ? text.replace(from, to) : text.replace(from, to);
  }
  return text;
}

interface Site {
  readonly app: FastifyInstance;
  readonly database: TestDatabase;
  readonly port: number;
  /** Lets the stand-in stream finish. */
  readonly release: () => void;
}

/**
 * Vigil in-process on a loopback port, with two stand-in streams beside the real one: one under
 * the stream location without X-Accel-Buffering (the location alone must unbuffer it), one
 * elsewhere with the header (the header alone must).
 */
async function startVigil(trustProxy: readonly string[]): Promise<Site> {
  const database = await createTestDatabase('sqlite');
  await ensureDefaultSeverities(database.db);
  await seedBootstrapToken(database.db, TOKEN, systemClock);
  const runtime = createRuntime(database, { clock: systemClock, logger: silentLogger, outbound: TEST_OUTBOUND });
  const app = await buildApp({ runtime, notify: testNotifyServices(), publicUrl: 'https://vigil.test', trustProxy });
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const stream = (headers: Record<string, string>) => async (_request: unknown, reply: { hijack(): void; raw: ServerResponse }) => {
    reply.hijack();
    reply.raw.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', ...headers });
    reply.raw.write('data: first\n\n');
    await released;
    reply.raw.end('data: last\n\n');
  };
  app.get('/api/v1/stream-stand-in', { config: { access: 'public' } }, stream({}));
  app.get('/api/v1/stand-in-events', { config: { access: 'public' } }, stream({ 'x-accel-buffering': 'no' }));
  await app.listen({ host: '127.0.0.1', port: 0 });
  return { app, database, port: (app.server.address() as AddressInfo).port, release };
}

interface Answer {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** One request from a chosen loopback address, over TLS to nginx (trusting the test CA) or plainly to Vigil. */
function send(options: { url: string; from: string; method?: string; headers?: Record<string, string>; body?: string | Buffer; ca?: Buffer }): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const url = new URL(options.url);
    const make = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const request = make(url, { method: options.method ?? 'GET', localAddress: options.from, headers: options.headers ?? {}, agent: false, ...(options.ca ? { ca: options.ca } : {}) }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString() }));
    });
    request.on('error', reject);
    request.end(options.body);
  });
}

describe("Vigil behind Debian's nginx with deploy/nginx/vigil.conf", () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-nginx-'));
  let nginx: ChildProcess | undefined;
  let cert: TestCertificate;
  let ca: Buffer;
  let trusted: Site;
  let untrusted: Site;
  const edge = { trusted: '', untrusted: '' };
  const log: string[] = [];

  beforeAll(async () => {
    const binary = requireNginx();
    cert = makeTestCertificate(dir, 'nginx');
    ca = readFileSync(cert.caFile);
    // nginx reaches Vigil from 127.0.0.1: the trusted site believes it, the other believes nobody.
    trusted = await startVigil(['127.0.0.1']);
    untrusted = await startVigil([]);
    const conf = readFileSync(join(repo, 'deploy/nginx/vigil.conf'), 'utf8');
    const ports = { trusted: await freePort(), untrusted: await freePort() };
    writeFileSync(join(dir, 'trusted.conf'), renderSite(conf, 'vigil_trusted', { httpPort: await freePort(), httpsPort: ports.trusted, upstreamPort: trusted.port, cert }));
    writeFileSync(join(dir, 'untrusted.conf'), renderSite(conf, 'vigil_untrusted', { httpPort: await freePort(), httpsPort: ports.untrusted, upstreamPort: untrusted.port, cert }));
    for (const temp of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, temp));
    writeFileSync(join(dir, 'nginx.conf'), [
      'daemon off;',
      'worker_processes 1;',
      // As root nginx would hand its workers to another user, who could not write the temp folders here.
      ...(process.getuid?.() === 0 ? ['user root;'] : []),
      `pid ${join(dir, 'nginx.pid')};`,
      `error_log ${join(dir, 'error.log')} info;`,
      'events { worker_connections 256; }',
      'http {',
      `  access_log ${join(dir, 'access.log')};`,
      ...['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((temp) => `  ${temp === 'body' ? 'client_body' : temp}_temp_path ${join(dir, temp)};`),
      `  include ${join(dir, 'trusted.conf')};`,
      `  include ${join(dir, 'untrusted.conf')};`,
      '}',
    ].join('\n'));
    execFileSync(binary, ['-t', '-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], { stdio: 'pipe' });
    nginx = spawn(binary, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    nginx.stdout?.on('data', (chunk: Buffer) => log.push(chunk.toString()));
    nginx.stderr?.on('data', (chunk: Buffer) => log.push(chunk.toString()));
    edge.trusted = `https://127.0.0.1:${ports.trusted}`;
    edge.untrusted = `https://127.0.0.1:${ports.untrusted}`;
    await eventually(async () => {
      const answer = await send({ url: `${edge.trusted}/healthz`, from: '127.0.0.1', ca });
      if (answer.status !== 200) throw new Error(`healthz through nginx: ${answer.status}`);
    }, 15_000, () => `${log.join('')}\n${readFileSync(join(dir, 'error.log'), 'utf8')}`);
  }, 60_000);

  afterAll(async () => {
    try {
      if (nginx?.pid) process.kill(-nginx.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    trusted?.release();
    untrusted?.release();
    await trusted?.app.close();
    await untrusted?.app.close();
    await trusted?.database.destroy();
    await untrusted?.database.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  const login = (site: string, from: string, headers: Record<string, string> = {}) =>
    send({ url: `${site}/api/v1/auth/login`, from, method: 'POST', ca, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ email: `nobody-${from}@example.com`, password: 'wrong' }) });
  const loginSources = async (site: Site) => {
    const entries = (await site.app.inject({ method: 'GET', url: '/api/v1/audit?action=login.failed&limit=500', headers: { authorization: `Bearer ${TOKEN}` } })).json<{ entries: { after: { email: string }; source_ip: string }[] }>().entries;
    return new Map(entries.map((e) => [e.after.email, e.source_ip]));
  };

  it('records each client by its own address through a trusted proxy, and a forged X-Forwarded-For never reaches Vigil', async () => {
    expect((await login(edge.trusted, '127.0.0.2', { 'x-forwarded-for': '203.0.113.9' })).status).toBe(401);
    expect((await login(edge.trusted, '127.0.0.3')).status).toBe(401);
    const sources = await loginSources(trusted);
    expect(sources.get('nobody-127.0.0.2@example.com')).toBe('127.0.0.2');
    expect(sources.get('nobody-127.0.0.3@example.com')).toBe('127.0.0.3');
  });

  it('gives each client behind the trusted proxy its own login rate limit', async () => {
    // 127.0.0.4 uses up its limit; 127.0.0.5, behind the same proxy, is not held back by it.
    let last = 0;
    for (let i = 0; i <= LOGIN_RATE_PER_MINUTE; i++) last = (await login(edge.trusted, '127.0.0.4')).status;
    expect(last).toBe(429);
    expect((await login(edge.trusted, '127.0.0.5')).status).toBe(401);
  });

  it('sees only the proxy when it is not trusted: one address for everyone, one shared limit', async () => {
    expect((await login(edge.untrusted, '127.0.0.2', { 'x-forwarded-for': '203.0.113.9' })).status).toBe(401);
    const sources = await loginSources(untrusted);
    expect(sources.get('nobody-127.0.0.2@example.com')).toBe('127.0.0.1');
    for (let i = 0; i < LOGIN_RATE_PER_MINUTE; i++) await login(edge.untrusted, '127.0.0.4');
    expect((await login(edge.untrusted, '127.0.0.5')).status, 'a client behind an untrusted proxy shares its limit').toBe(429);
  });

  it('ignores X-Forwarded-For from a peer that is not the trusted proxy', async () => {
    const direct = await send({
      url: `http://127.0.0.1:${trusted.port}/api/v1/auth/login`, from: '127.0.0.6', method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.7' },
      body: JSON.stringify({ email: 'nobody-direct@example.com', password: 'wrong' }),
    });
    expect(direct.status).toBe(401);
    expect((await loginSources(trusted)).get('nobody-direct@example.com')).toBe('127.0.0.6');
  });

  it('passes server-sent events through as they are written, not when the stream ends', async () => {
    const expected: [path: string, first: RegExp, headers: Record<string, string>][] = [
      ['/api/v1/stream', /^retry: 3000\n\nid: [0-9a-f]+-\d+\n\n$/, { authorization: `Bearer ${TOKEN}` }],
      ['/api/v1/stream-stand-in', /^data: first\n\n$/, {}],
      ['/api/v1/stand-in-events', /^data: first\n\n$/, {}],
    ];
    for (const [path, pattern, headers] of expected) {
      const first = await new Promise<string>((resolve, reject) => {
        const request = httpsRequest(`${edge.trusted}${path}`, { ca, agent: false, headers }, (response) => {
          response.once('data', (chunk: Buffer) => {
            resolve(chunk.toString());
            request.destroy();
          });
        });
        request.on('error', (error) => (request.destroyed ? undefined : reject(error)));
        setTimeout(() => reject(new Error(`no event through nginx on ${path} within 5 s: buffered`)), 5_000);
        request.end();
      });
      expect(first, path).toMatch(pattern);
    }
  });

  it('lets through every body Vigil could accept, so Vigil answers; refuses larger ones in Vigil\'s error shape', async () => {
    const post = (path: string, bytes: number, headers: Record<string, string> = {}) =>
      send({ url: `${edge.trusted}${path}`, from: '127.0.0.7', method: 'POST', ca, headers: { 'content-type': 'application/json', ...headers }, body: Buffer.alloc(bytes, 0x20) });
    // Ingest: 600 KiB is over Vigil's 512 KiB, and it is Vigil that says so, in PagerDuty's shape.
    const ingest = await post('/v2/enqueue', 600 * 1024);
    expect(ingest.status).toBe(400);
    expect(ingest.body).toContain('the request body is larger than 512 KB');
    // The API: exactly 1 MiB reaches Vigil (and is refused by it for being blank JSON, not size).
    const whole = await post('/api/v1/incidents', 1024 * 1024, { authorization: `Bearer ${TOKEN}` });
    expect(whole.status, whole.body).toBe(400);
    expect(whole.body).not.toContain('VIGIL_BODY_TOO_LARGE');
    // One byte more is more than any route takes: nginx refuses it, in Vigil's shape.
    const over = await post('/api/v1/incidents', 1024 * 1024 + 1, { authorization: `Bearer ${TOKEN}` });
    expect(over.status).toBe(413);
    expect(over.headers['content-type']).toBe('application/json');
    expect(JSON.parse(over.body)).toMatchObject({ code: 'VIGIL_BODY_TOO_LARGE' });
  });
});
