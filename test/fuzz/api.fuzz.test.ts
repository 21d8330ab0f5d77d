import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DialectName } from '../../src/core/db/database.js';
import { createConfiguredTestApp, TEST_ADMIN_TOKEN, type TestApp } from '../../src/test-support/app.js';
import {
  anyText,
  authorizationHeader,
  fuzzParameters,
  fuzzTimeout,
  hasLoneSurrogate,
  jsonPaths,
  jsonValue,
  nestedJson,
  nonBlankText,
  oddText,
  replaceAt,
  STRICT,
  wellFormedContentType,
  type NestingShape,
  type TextOptions,
} from './arbitraries.js';
import { ANSWER_WITHIN_MS, expectApiError } from './ingest-targets.js';

/**
 * The incident API (`/api/v1/incidents…`) under arbitrary bodies, paths and query strings:
 * never a 5xx, errors always `{code, message, fields?, details?}`, and a refused write changes
 * nothing.
 */
const CONFIG = `
users:
  - { id: alice, name: Alice, email: alice@example.test }
  - { id: bob, name: Bob, email: bob@example.test }
teams:
  - { id: platform, name: Platform, members: [alice, bob] }
services:
  - { id: checkout, name: Checkout, team: platform }
  - { id: payments, name: Payments }
`;

const STATUSES = ['triggered', 'acknowledged', 'resolved'] as const;
const SEVERITIES = ['SEV-1', 'SEV-2', 'SEV-3'] as const;

interface Sent {
  readonly method: 'GET' | 'POST' | 'PUT';
  readonly url: string;
  readonly payload?: string;
  readonly headers?: Record<string, string>;
}

async function send(t: TestApp, request: Sent): Promise<{ response: LightMyRequestResponse; context: string }> {
  const started = performance.now();
  const response = await t.request({ method: request.method, url: request.url, headers: request.headers ?? {}, ...(request.payload === undefined ? {} : { payload: request.payload }) });
  const ms = performance.now() - started;
  const context = `${request.method} ${request.url} ${JSON.stringify(request.headers ?? {})} ${request.payload?.slice(0, 300) ?? ''}\n→ ${response.statusCode} ${response.body.slice(0, 400)}`;
  expect(response.statusCode, context).toBeLessThan(500);
  expect(ms, context).toBeLessThan(ANSWER_WITHIN_MS);
  if (request.method !== 'GET' || response.statusCode !== 304) expect(response.headers['content-type'], context).toMatch(/^application\/json/);
  return { response, context };
}

function expectIncident(body: unknown, context: string): asserts body is { id: string; number: number; title: string; status: string; severity: { id: string } } {
  const incident = body as Record<string, unknown>;
  expect(incident.id, context).toMatch(/^inc_[0-9a-f]{32}$/);
  expect(Number.isSafeInteger(incident.number) && (incident.number as number) > 0, context).toBe(true);
  expect(typeof incident.title, context).toBe('string');
  expect(STATUSES, context).toContain(incident.status);
  expect(SEVERITIES, context).toContain((incident.severity as { id: string }).id);
}

async function writeCounts(t: TestApp): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of ['incidents', 'timeline_entries'] as const) {
    const row = await t.database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}

/** Sends a write, checks the answer's shape, and that a refusal stored nothing. */
async function write(t: TestApp, request: Sent): Promise<{ status: number; body: unknown; context: string }> {
  const before = await writeCounts(t);
  const { response, context } = await send(t, request);
  const body = response.json() as unknown;
  if (response.statusCode >= 400) {
    expectApiError(body, context);
    expect(await writeCounts(t), `a refused write stored rows\n${context}`).toEqual(before);
  }
  return { status: response.statusCode, body, context };
}

function declareBody(text: TextOptions): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(
    {
      title: nonBlankText(60, text),
      description: fc.oneof(fc.constant(null), anyText(text)),
      service: fc.oneof(fc.constant(null), fc.constantFrom('checkout', 'payments', 'nope', '')),
      severity: fc.constantFrom(...SEVERITIES, 'SEV-9', 'sev-1'),
      commander: fc.oneof(fc.constant(null), fc.constantFrom('alice', 'bob', 'carol')),
    },
    { requiredKeys: ['title'] },
  );
}

/** A declare body: valid, with one field replaced by any JSON, with extra keys, or any JSON at all. */
function anyDeclareBody(text: TextOptions): fc.Arbitrary<unknown> {
  return fc.oneof(
    declareBody(text),
    fc.tuple(declareBody(text), fc.nat(), jsonValue(text)).map(([body, where, value]) => {
      const paths = jsonPaths(body);
      return replaceAt(body, paths[where % paths.length]!, value);
    }),
    fc.tuple(declareBody(text), fc.dictionary(anyText(text), jsonValue(text), { minKeys: 1, maxKeys: 2 })).map(([body, extra]) => ({ ...extra, ...body })),
    jsonValue(text),
  );
}

function declare(t: TestApp, body: unknown, contentType?: string): Promise<{ status: number; body: unknown; context: string }> {
  return write(t, { method: 'POST', url: '/api/v1/incidents', payload: JSON.stringify(body) ?? 'null', headers: { 'content-type': contentType ?? 'application/json' } });
}

/** The API's body limit (`buildApp`'s default). */
const API_BODY_LIMIT = 1024 * 1024;

/**
 * Incident references in the path. Fastify answers a path parameter longer than 100 characters
 * (once decoded) with 414 and an invalid escape with 400, both in its own `{error, code, message,
 * statusCode}` body; generated only with FUZZ_STRICT.
 */
function refSegment(): fc.Arbitrary<string> {
  const ordinary = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...['1', '2', '3', '01', '0', '999999999999999', '9999999999999999', '-1', '1.0', '1e2']) },
    { weight: 2, arbitrary: fc.stringMatching(/^inc_[0-9a-f]{32}$/) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).filter((s) => s.length <= 100 && !/^\.+$/.test(s)).map(encodeURIComponent) },
    { weight: 1, arbitrary: fc.constantFrom('INC_00000000000000000000000000000000', 'inc_', '%20', '%00', '..%2f', 'null') },
  );
  if (!STRICT) return ordinary;
  return fc.oneof(ordinary, fc.constantFrom('%E0%A4%A', '%', '%zz', '1'.repeat(101), 'inc_'.repeat(30)));
}

/** Every byte but the unreserved ones as %XX (a lone surrogate is encoded as U+FFFD, as Buffer does). */
function percentEncode(text: string): string {
  return [...Buffer.from(text, 'utf8')].map((b) => (/[A-Za-z0-9._~-]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).padStart(2, '0').toUpperCase()}`)).join('');
}

/** Only what would end the parameter or the URL is escaped; `,` `+` `;` `[]` and `%` pass as they are. */
function looseEncode(text: string): string {
  return [...Buffer.from(text, 'utf8')].map((b) => (b > 0x20 && b < 0x7f && !'#&='.includes(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).padStart(2, '0').toUpperCase()}`)).join('');
}

function suite(dialect: DialectName, runs: (n: number) => number) {
  // PostgreSQL text cannot hold U+0000: a NUL in a title, description, reference or search is
  // answered 500 there. Generated on PostgreSQL only with FUZZ_STRICT.
  const text: TextOptions = { nul: false, loneSurrogates: true };

  describe(`incident API under arbitrary input (${dialect})`, () => {
    let t: TestApp;
    const refs: string[] = [];
    beforeAll(async () => {
      t = await createConfiguredTestApp(dialect, CONFIG);
      for (const title of ['Checkout down', 'Slow payments', 'Disk full']) {
        const { status, body } = await declare(t, { title, service: 'checkout' });
        expect(status).toBe(201);
        refs.push(String((body as { number: number }).number), (body as { id: string }).id);
      }
    });
    afterAll(async () => {
      await t?.close();
    });

    it(
      'declares from any body: a valid one opens the incident it describes, anything else is a 4xx in the API shape',
      async () => {
        const contentType = fc.oneof({ weight: 4, arbitrary: fc.constant('application/json') }, { weight: 1, arbitrary: wellFormedContentType() });
        await fc.assert(
          fc.asyncProperty(anyDeclareBody(text), contentType, async (body, type) => {
            const { status, body: answer, context } = await declare(t, body, type);
            // An unpaired surrogate (`"\ud83d"` in the JSON) cannot be stored as text: refused
            // (400, or 415 first when the Content-Type is not JSON).
            if (hasLoneSurrogate(body)) expect(status, context).not.toBe(201);
            if (status === 201) {
              expectIncident(answer, context);
              expect(answer.title, context).toBe((body as { title: string }).title);
            }
          }),
          fuzzParameters(runs(250)),
        );
      },
      fuzzTimeout(runs(250)),
    );

    it(
      'acts on any incident reference with any body: notes, severity, commander and status changes',
      async () => {
        const ref = refSegment();
        const action = fc.constantFrom(
          { method: 'POST' as const, path: 'notes', field: 'text' },
          { method: 'PUT' as const, path: 'severity', field: 'severity' },
          { method: 'PUT' as const, path: 'commander', field: 'commander' },
          { method: 'POST' as const, path: 'acknowledge', field: 'note' },
          { method: 'POST' as const, path: 'unacknowledge', field: 'note' },
          { method: 'POST' as const, path: 'resolve', field: 'note' },
          { method: 'POST' as const, path: 'reopen', field: 'note' },
        );
        const value = fc.oneof(
          nonBlankText(40, text),
          fc.constantFrom<unknown>(...SEVERITIES, 'alice', 'bob', null, '', 'x'.repeat(10_001)),
          oddText(text),
          jsonValue(text),
        );
        const body = fc.oneof(
          { weight: 4, arbitrary: value.map((v) => ({ v })) },
          { weight: 1, arbitrary: jsonValue(text).map((raw) => ({ raw })) },
          { weight: 1, arbitrary: fc.constant({ empty: true }) },
        );
        await fc.assert(
          fc.asyncProperty(fc.oneof(fc.constantFrom(...refs), ref), action, body, async (r, a, b) => {
            const payload = 'v' in b ? JSON.stringify({ [a.field]: b.v }) : 'raw' in b ? JSON.stringify(b.raw) : undefined;
            const request: Sent = { method: a.method, url: `/api/v1/incidents/${r}/${a.path}`, ...(payload === undefined ? {} : { payload, headers: { 'content-type': 'application/json' } }) };
            const { status, body: answer, context } = await write(t, request);
            if (status < 300) expectIncident(answer, context);
          }),
          fuzzParameters(runs(300)),
        );
      },
      fuzzTimeout(runs(300)),
    );

    it(
      'lists with any query string: filters hold on every incident returned, a bad query is a 4xx',
      async () => {
        const param = fc.oneof(
          fc.tuple(fc.constant('status'), fc.oneof(fc.constantFrom(...STATUSES), fc.array(fc.constantFrom(...STATUSES, 'x', ''), { maxLength: 4 }).map((s) => s.join(',')), anyText(text))),
          fc.tuple(fc.constant('service'), fc.oneof(fc.constantFrom('checkout', 'payments', 'nope', 'checkout,payments', ','), anyText(text))),
          fc.tuple(fc.constant('severity'), fc.oneof(fc.constantFrom(...SEVERITIES, 'SEV-1,SEV-2'), anyText(text))),
          fc.tuple(fc.constantFrom('since', 'until'), fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), fc.constantFrom('2026-03-02T10:00:00Z', '2016-12-31T23:59:60Z', '2026-02-30T00:00:00Z', '0000-01-01T00:00:00Z', 'yesterday'), anyText(text))),
          fc.tuple(fc.constant('q'), fc.oneof(fc.constantFrom('Checkout', 'down', '%', '_', '\\', "'", '"'), anyText(text), fc.string({ maxLength: 250 }))),
          fc.tuple(fc.constant('limit'), fc.oneof(fc.integer({ min: -5, max: 150 }).map(String), fc.constantFrom('', '1.5', '1e1', 'ten', '0x10'))),
          fc.tuple(fc.constant('cursor'), fc.oneof(fc.constantFrom('bjox', 'bjow', 'bjotMQ', 'n:1', ''), fc.string({ unit: 'grapheme-ascii', maxLength: 30 }), fc.nat().map((n) => Buffer.from(`n:${n}`).toString('base64url')))),
          fc.tuple(anyText(text), anyText(text)),
        );
        const encode = fc.constantFrom(percentEncode, looseEncode);
        await fc.assert(
          fc.asyncProperty(fc.array(fc.tuple(param, encode), { maxLength: 5 }), async (params) => {
            const query = params.map(([[k, v], how]) => `${how(k)}=${how(v)}`).join('&');
            const { response, context } = await send(t, { method: 'GET', url: `/api/v1/incidents?${query}` });
            const body = response.json() as unknown;
            if (response.statusCode >= 400) {
              expectApiError(body, context);
              return;
            }
            expect(response.statusCode, context).toBe(200);
            const page = body as { incidents: unknown[]; next_cursor: unknown };
            expect(Object.keys(page).sort(), context).toEqual(['incidents', 'next_cursor']);
            expect(page.next_cursor === null || typeof page.next_cursor === 'string', context).toBe(true);
            const given = (key: string) => params.filter(([[k]]) => k === key).map(([[, v]]) => v);
            const limit = given('limit');
            expect(page.incidents.length, context).toBeLessThanOrEqual(limit.length === 1 ? Number(limit[0]) : 25);
            const statuses = given('status').flatMap((v) => v.split(',')).map((s) => s.trim()).filter((s) => s !== '');
            for (const incident of page.incidents) {
              expectIncident(incident, context);
              if (statuses.length > 0) expect(statuses, context).toContain(incident.status);
            }
          }),
          fuzzParameters(runs(250)),
        );
      },
      fuzzTimeout(runs(250)),
    );

    it(
      'refuses a body over 1 MiB with 413 and any deeply nested body with a 4xx, in the API shape',
      async () => {
        const size = fc.oneof(fc.integer({ min: API_BODY_LIMIT - 2048, max: API_BODY_LIMIT + 2048 }), fc.constantFrom(API_BODY_LIMIT, API_BODY_LIMIT + 1));
        const deep = fc.record({
          depth: fc.oneof(fc.integer({ min: 1, max: 2_000 }), fc.constantFrom(10_000, 100_000, 170_000)),
          shape: fc.constantFrom<NestingShape>('array', 'object', 'mixed'),
          spot: fc.constantFrom('body', 'title', 'description', 'unknown'),
        });
        await fc.assert(
          fc.asyncProperty(fc.oneof(size.map((n) => ({ size: n })), deep), async (c) => {
            let payload: string;
            if ('size' in c) {
              const skeleton = JSON.stringify({ title: 'big', description: '' });
              payload = JSON.stringify({ title: 'big', description: 'y'.repeat(c.size - Buffer.byteLength(skeleton)) });
              expect(Buffer.byteLength(payload)).toBe(c.size);
            } else {
              const nested = nestedJson(c.depth, c.shape);
              payload = c.spot === 'body' ? nested : c.spot === 'unknown' ? `{"title":"deep","zz":${nested}}` : `{"title":${c.spot === 'title' ? nested : '"deep"'},"description":${c.spot === 'description' ? nested : 'null'}}`;
            }
            const { status, body, context } = await write(t, { method: 'POST', url: '/api/v1/incidents', payload, headers: { 'content-type': 'application/json' } });
            expect(status, context).toBeGreaterThanOrEqual(400);
            const code = (body as { code: string }).code;
            if (Buffer.byteLength(payload) > API_BODY_LIMIT) {
              expect(status, context).toBe(413);
              expect(code, context).toBe('VIGIL_BODY_TOO_LARGE');
            } else {
              expect(code, context).toBe('VIGIL_VALIDATION_FAILED');
            }
          }),
          fuzzParameters(runs(40)),
        );
      },
      fuzzTimeout(runs(40), 100),
    );

    it(
      'answers 401 in the API shape to anything but a valid token',
      async () => {
        const token = fc.oneof(fc.constant(TEST_ADMIN_TOKEN.slice(0, -1)), fc.constant(`${TEST_ADMIN_TOKEN}x`), fc.string({ unit: 'grapheme-ascii', maxLength: 64 }));
        await fc.assert(
          fc.asyncProperty(authorizationHeader(token), async (authorization) => {
            const started = performance.now();
            const response = await t.app.inject({ method: 'GET', url: '/api/v1/incidents', headers: authorization === undefined ? {} : { authorization } });
            const context = `${JSON.stringify(authorization)} → ${response.statusCode} ${response.body.slice(0, 300)}`;
            expect(performance.now() - started, context).toBeLessThan(ANSWER_WITHIN_MS);
            const valid = authorization !== undefined && new RegExp(`^bearer\\s+${TEST_ADMIN_TOKEN}\\s*$`, 'i').test(authorization);
            if (valid) {
              expect(response.statusCode, context).toBe(200);
            } else {
              expect(response.statusCode, context).toBe(401);
              const body = response.json() as unknown;
              expectApiError(body, context);
              expect(body.code, context).toBe('VIGIL_UNAUTHENTICATED');
            }
          }),
          fuzzParameters(runs(100)),
        );
      },
      fuzzTimeout(runs(100)),
    );
  });
}

suite('sqlite', (n) => n);
// One pass over the same properties on PostgreSQL, with fewer runs: the database differs in
// what text it accepts and how it compares.
suite('postgres', (n) => Math.max(10, Math.round(n / 6)));
