import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { sql, type Kysely } from 'kysely';
import { expect } from 'vitest';
import type { Schema } from '../../src/core/db/schema.js';
import type { TestApp } from '../../src/test-support/app.js';
import { mapKey, nonBlankText, type HttpMethod, type TextOptions } from './arbitraries.js';

/**
 * The ingest endpoints as the property tests see them: where the key goes, which methods the
 * route takes, what a valid body looks like and what success answers.
 */
export type IngestKind = 'events_v2' | 'change' | 'events_v1' | 'alertmanager' | 'grafana' | 'webhook';
export type KeyPlacement = 'body' | 'path' | 'bearer';

export interface IngestTarget {
  readonly label: string;
  readonly kind: IngestKind;
  readonly keyIn: KeyPlacement;
  readonly methods: readonly HttpMethod[];
  /** Too-large bodies: PagerDuty answers 400, the webhook endpoints 413. */
  readonly tooLargeStatus: 400 | 413;
}

export const INGEST_BODY_LIMIT = 512 * 1024;
/** Requests must be answered within this, whatever they carry. */
export const ANSWER_WITHIN_MS = 2_000;

/** One integration of each type; limits high enough that the properties never meet them. */
export const KEYS = {
  events_v2: 'fuzz-events-v2-key-0001',
  events_v1: 'fuzz-events-v1-key-0001',
  alertmanager: 'fuzz-alertmanager-key-01',
  grafana: 'fuzz-grafana-key-000001',
  webhook: 'fuzz-webhook-key-000001',
} as const;
export type IntegrationType = keyof typeof KEYS;

export const INGEST_CONFIG = `
services:
  - id: fuzz
    name: Fuzz target
    integrations:
${Object.entries(KEYS)
  .map(([type, key]) => `      - { type: ${type}, key: ${key}, rate_limit_per_minute: 100000000 }`)
  .join('\n')}
`;

const PD: readonly HttpMethod[] = ['POST'];
const HOOK: readonly HttpMethod[] = ['POST', 'PUT'];

export const TARGETS: readonly IngestTarget[] = [
  { label: 'POST /v2/enqueue', kind: 'events_v2', keyIn: 'body', methods: PD, tooLargeStatus: 400 },
  { label: 'POST /v2/change/enqueue', kind: 'change', keyIn: 'body', methods: PD, tooLargeStatus: 400 },
  { label: 'POST /generic/2010-04-15/create_event.json', kind: 'events_v1', keyIn: 'body', methods: PD, tooLargeStatus: 400 },
  ...(['alertmanager', 'grafana', 'webhook'] as const).flatMap((kind): IngestTarget[] => [
    { label: `/integrations/${kind}/{key}`, kind, keyIn: 'path', methods: HOOK, tooLargeStatus: 413 },
    { label: `/integrations/${kind} (bearer)`, kind, keyIn: 'bearer', methods: HOOK, tooLargeStatus: 413 },
  ]),
];

/** The integration type whose key the target accepts. */
export function integrationTypeOf(kind: IngestKind): IntegrationType {
  return kind === 'change' ? 'events_v2' : kind;
}

/** Types one endpoint accepts: a PagerDuty key serves both Events API versions. */
export function accepts(kind: IngestKind, type: IntegrationType): boolean {
  if (kind === 'events_v2' || kind === 'change' || kind === 'events_v1') return type === 'events_v2' || type === 'events_v1';
  return kind === type;
}

export function pathOf(target: IngestTarget, pathKey?: string): string {
  switch (target.kind) {
    case 'events_v2':
      return '/v2/enqueue';
    case 'change':
      return '/v2/change/enqueue';
    case 'events_v1':
      return '/generic/2010-04-15/create_event.json';
    default:
      return target.keyIn === 'path' ? `/integrations/${target.kind}/${pathKey ?? encodeURIComponent(KEYS[target.kind])}` : `/integrations/${target.kind}`;
  }
}

export interface IngestRequest {
  readonly method: HttpMethod;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly payload?: string | Buffer;
}

/**
 * The request for a target: the key where the target reads it (body-keyed targets get the key
 * inside `body`, which the caller builds), a Content-Type when given. `authorization`, when
 * present in `options` (even as undefined), replaces the bearer key.
 */
export function ingestRequest(
  target: IngestTarget,
  payload: string | Buffer | undefined,
  options: { method?: HttpMethod; contentType?: string | undefined; pathKey?: string; authorization?: string | undefined; headers?: Record<string, string> } = {},
): IngestRequest {
  const headers: Record<string, string> = { ...options.headers };
  if (options.contentType !== undefined) headers['content-type'] = options.contentType;
  const authorization = Object.hasOwn(options, 'authorization') ? options.authorization : target.keyIn === 'bearer' ? `Bearer ${KEYS[target.kind as IntegrationType]}` : undefined;
  if (authorization !== undefined) headers.authorization = authorization;
  return { method: options.method ?? 'POST', url: pathOf(target, options.pathKey), headers, ...(payload === undefined ? {} : { payload }) };
}

/* ------------------------------------------------------------------------------------------ */
/* Valid bodies                                                                               */
/* ------------------------------------------------------------------------------------------ */

const SEVERITY_WORDS = ['critical', 'error', 'warning', 'info', 'CRITICAL', 'page', 'sev1', ''] as const;
const url = fc.constantFrom('https://example.test/a', 'http://grafana.test/d/abc?orgId=1', 'https://runbooks.test/x#y');
const timestamp = fc.oneof(
  fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom('2026-03-02T09:58:00.123456789Z', '2026-03-02T09:58:00+0000', '0001-01-01T00:00:00Z', ''),
);

function details(text: TextOptions): fc.Arbitrary<Record<string, unknown>> {
  return fc.dictionary(mapKey(text), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 });
}

function labels(text: TextOptions): fc.Arbitrary<Record<string, string>> {
  return fc.dictionary(mapKey(text), nonBlankText(20, text), { maxKeys: 4 });
}

/** Well under PagerDuty's 255 characters, with room for the odd text the properties append. */
const dedupKey = (text: TextOptions) => nonBlankText(20, text).filter((key) => [...key].length <= 120);

export function validV2(text: TextOptions = {}, key: string = KEYS.events_v2): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .record(
      {
        event_action: fc.constantFrom('trigger', 'acknowledge', 'resolve'),
        dedup_key: dedupKey(text),
        payload: fc.record(
          {
            summary: nonBlankText(80, text),
            source: nonBlankText(20, text),
            severity: fc.constantFrom(...SEVERITY_WORDS),
            timestamp,
            component: nonBlankText(10, text),
            group: nonBlankText(10, text),
            class: nonBlankText(10, text),
            custom_details: fc.oneof(details(text), fc.jsonValue({ maxDepth: 2 })),
          },
          { requiredKeys: ['summary', 'source', 'severity'] },
        ),
        client: nonBlankText(10, text),
        client_url: url,
        links: fc.array(fc.record({ href: url, text: nonBlankText(10, text) }), { maxLength: 2 }),
        images: fc.array(fc.record({ src: url, href: url, alt: nonBlankText(10, text) }), { maxLength: 2 }),
      },
      { requiredKeys: ['event_action', 'dedup_key', 'payload'] },
    )
    .map((body) => ({ routing_key: key, ...body }));
}

export function validChange(text: TextOptions = {}, key: string = KEYS.events_v2): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .record(
      {
        payload: fc.record(
          { summary: nonBlankText(80, text), source: nonBlankText(20, text), timestamp, custom_details: fc.oneof(details(text), fc.constant(null)) },
          { requiredKeys: ['summary'] },
        ),
        links: fc.oneof(fc.constant(null), fc.array(fc.record({ href: url, text: nonBlankText(10, text) }), { maxLength: 2 })),
      },
      { requiredKeys: ['payload'] },
    )
    .map((body) => ({ routing_key: key, ...body }));
}

export function validV1(text: TextOptions = {}, key: string = KEYS.events_v1): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .record(
      {
        event_type: fc.constantFrom('trigger', 'acknowledge', 'resolve'),
        incident_key: dedupKey(text),
        description: nonBlankText(80, text),
        details: fc.oneof(details(text), fc.record({ severity: fc.constantFrom(...SEVERITY_WORDS) })),
        client: nonBlankText(10, text),
        client_url: url,
        contexts: fc.array(fc.oneof(fc.record({ type: fc.constant('link'), href: url, text: nonBlankText(10, text) }), fc.record({ type: fc.constant('image'), src: url })), { maxLength: 2 }),
        event_action: fc.constant(''),
        payload: fc.constant(null),
      },
      { requiredKeys: ['event_type', 'incident_key', 'description'] },
    )
    .map((body) => ({ service_key: key, ...body }));
}

function groupAlert(text: TextOptions, grafana: boolean): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(
    {
      status: fc.constantFrom('firing', 'resolved'),
      labels: fc.tuple(nonBlankText(20, text), fc.constantFrom(...SEVERITY_WORDS), labels(text)).map(([alertname, severity, more]) => ({ alertname, severity, ...more })),
      annotations: fc.record({ summary: nonBlankText(60, text), description: nonBlankText(60, text), runbook_url: url }, { requiredKeys: [] }),
      startsAt: timestamp,
      endsAt: timestamp,
      generatorURL: url,
      fingerprint: fc.stringMatching(/^[0-9a-f]{16}$/),
      ...(grafana
        ? { values: fc.oneof(fc.constant(null), fc.dictionary(mapKey(text), fc.double({ noNaN: true, noDefaultInfinity: true }), { maxKeys: 3 })), valueString: nonBlankText(20, text), dashboardURL: url, panelURL: url, silenceURL: url }
        : {}),
    },
    { requiredKeys: ['status', 'labels'] },
  );
}

export function validGroup(version: '4' | '1', text: TextOptions = {}): fc.Arbitrary<Record<string, unknown>> {
  const grafana = version === '1';
  return fc
    .record(
      {
        receiver: nonBlankText(20, text),
        status: fc.constantFrom('firing', 'resolved'),
        alerts: fc.array(groupAlert(text, grafana), { maxLength: 4 }),
        groupLabels: labels(text),
        commonLabels: labels(text),
        commonAnnotations: labels(text),
        externalURL: url,
        groupKey: nonBlankText(40, text),
        truncatedAlerts: fc.nat(3),
        ...(grafana ? { orgId: fc.nat(5), title: nonBlankText(40, text), state: fc.constantFrom('alerting', 'ok'), message: nonBlankText(40, text) } : {}),
      },
      { requiredKeys: ['receiver', 'status', 'alerts', 'groupKey'] },
    )
    .map((body) => ({ version, ...body }));
}

export function validWebhook(text: TextOptions = {}): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(
    {
      summary: nonBlankText(80, text),
      severity: fc.constantFrom(...SEVERITY_WORDS),
      dedup_key: dedupKey(text),
      status: fc.constantFrom('firing', 'alerting', 'resolved', 'ok', 'ack', 'RESOLVED'),
      source: nonBlankText(20, text),
      labels: labels(text),
      timestamp,
      url,
      extra: details(text),
    },
    { requiredKeys: ['summary', 'dedup_key'] },
  );
}

/** A body the target accepts (2xx) as long as the key is right. */
export function validBody(target: IngestTarget, text: TextOptions = {}): fc.Arbitrary<Record<string, unknown>> {
  switch (target.kind) {
    case 'events_v2':
      return validV2(text);
    case 'change':
      return validChange(text);
    case 'events_v1':
      return validV1(text);
    case 'alertmanager':
      return validGroup('4', text);
    case 'grafana':
      return validGroup('1', text);
    case 'webhook':
      return validWebhook(text);
  }
}

/** A target together with a valid body for it. */
export function targetWithBody(text: TextOptions = {}, targets: readonly IngestTarget[] = TARGETS): fc.Arbitrary<{ target: IngestTarget; body: Record<string, unknown> }> {
  return fc.oneof(...targets.map((target) => validBody(target, text).map((body) => ({ target, body }))));
}

/** Fields whose exact value selects the wire format or the action; changing them changes the answer. */
export function isProtectedField(target: IngestTarget, path: readonly (string | number)[]): boolean {
  const [head, second, third] = path;
  if (head === 'routing_key' || head === 'service_key' || head === 'event_action' || head === 'event_type' || head === 'version' || head === 'status') return true;
  if (head === 'payload' && second === 'severity') return true;
  if (head === 'alerts' && third === 'status') return true;
  if (target.kind === 'events_v1' && head === 'details' && second === 'severity') return true;
  return false;
}

/* ------------------------------------------------------------------------------------------ */
/* Checks                                                                                     */
/* ------------------------------------------------------------------------------------------ */

export interface Timed {
  readonly response: LightMyRequestResponse;
  readonly ms: number;
}

let sender = 0;

/** A different client address each time, so requests without a key never share a rate-limit bucket. */
function nextRemoteAddress(): string {
  sender = (sender + 1) % 16_000_000;
  return `10.${(sender >> 16) & 255}.${(sender >> 8) & 255}.${sender & 255}`;
}

export async function timedInject(t: TestApp, request: IngestRequest): Promise<Timed> {
  const started = performance.now();
  const response = await t.app.inject({
    method: request.method,
    url: request.url,
    headers: request.headers,
    remoteAddress: nextRemoteAddress(),
    ...(request.payload === undefined ? {} : { payload: request.payload }),
  });
  return { response, ms: performance.now() - started };
}

function describeResponse(request: IngestRequest, timed: Timed): string {
  const payload = request.payload === undefined ? '' : typeof request.payload === 'string' ? request.payload : request.payload.toString('utf8');
  return `${request.method} ${request.url} ${JSON.stringify(request.headers)} body(${payload.length}): ${payload.slice(0, 300)}\n→ ${timed.response.statusCode} ${timed.response.body.slice(0, 500)}`;
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((entry) => typeof entry === 'string');
}

/** `{status, message, errors[]}` and nothing else: PagerDuty's error shape, which senders log. */
export function expectPagerDutyError(body: unknown, context: string): asserts body is { status: string; message: string; errors: string[] } {
  expect(body, context).toBeTypeOf('object');
  expect(body, context).not.toBeNull();
  const record = body as Record<string, unknown>;
  expect(Object.keys(record).sort(), context).toEqual(['errors', 'message', 'status']);
  expect(typeof record.status === 'string' && record.status !== '', context).toBe(true);
  expect(typeof record.message === 'string' && record.message !== '', context).toBe(true);
  expect(isStringArray(record.errors), context).toBe(true);
}

/** `{code, message, fields?, details?}`: the API's error shape. */
export function expectApiError(body: unknown, context: string): asserts body is { code: string; message: string } {
  expect(body, context).toBeTypeOf('object');
  expect(body, context).not.toBeNull();
  const record = body as Record<string, unknown>;
  for (const key of Object.keys(record)) expect(['code', 'message', 'fields', 'details'], `${context}\nunexpected key ${key}`).toContain(key);
  expect(record.code, context).toMatch(/^VIGIL_[A-Z_]+$/);
  expect(typeof record.message === 'string' && record.message !== '', context).toBe(true);
  if (record.fields !== undefined) {
    expect(Array.isArray(record.fields), context).toBe(true);
    for (const field of record.fields as unknown[]) {
      expect(field, context).toEqual({ path: expect.any(String), message: expect.any(String) });
    }
  }
  if (record.details !== undefined) expect(typeof record.details === 'object' && record.details !== null && !Array.isArray(record.details), context).toBe(true);
}

function expectSuccess(target: IngestTarget, status: number, body: unknown, context: string): void {
  const record = body as Record<string, unknown>;
  switch (target.kind) {
    case 'events_v2':
      expect(status, context).toBe(202);
      expect(Object.keys(record).sort(), context).toEqual(['dedup_key', 'message', 'status']);
      expect(record, context).toMatchObject({ status: 'success', message: 'Event processed', dedup_key: expect.any(String) });
      return;
    case 'change':
      expect(status, context).toBe(202);
      expect(record, context).toEqual({ status: 'success', message: 'Change event processed' });
      return;
    case 'events_v1':
      expect(status, context).toBe(200);
      expect(Object.keys(record).sort(), context).toEqual(['incident_key', 'message', 'status']);
      expect(record, context).toMatchObject({ status: 'success', message: 'Event processed', incident_key: expect.any(String) });
      return;
    default:
      expect(status, context).toBe(202);
      expect(Object.keys(record).sort(), context).toEqual(['incidents', 'message', 'status']);
      expect(record.status, context).toBe('success');
      expect(record.message, context).toMatch(/^Processed \d+ alerts?$/);
      expect(Array.isArray(record.incidents) && (record.incidents as unknown[]).every((n) => Number.isSafeInteger(n) && (n as number) > 0), context).toBe(true);
  }
}

/**
 * What every answer of an ingest endpoint must satisfy: no 5xx, in time, JSON, and in the
 * documented shape for its status. A method the route does not take is answered outside the
 * ingest routes, in the API's shape: 404, or a 4xx from reading the body first (Fastify parses a
 * DELETE or OPTIONS body before it finds no route). Returns the parsed body.
 */
export function expectIngestAnswer(target: IngestTarget, request: IngestRequest, timed: Timed): unknown {
  const context = describeResponse(request, timed);
  const { response } = timed;
  expect(response.statusCode, context).toBeLessThan(500);
  expect(response.statusCode, context).toBeGreaterThanOrEqual(200);
  expect(timed.ms, context).toBeLessThan(ANSWER_WITHIN_MS);
  if (!target.methods.includes(request.method)) {
    expect(response.statusCode, context).toBeGreaterThanOrEqual(400);
    if (request.method === 'HEAD') return undefined;
    const body = response.json() as unknown;
    expectApiError(body, context);
    if (response.statusCode === 404) expect(body.code, context).toBe('VIGIL_ROUTE_NOT_FOUND');
    return body;
  }
  expect(response.headers['content-type'], context).toMatch(/^application\/json/);
  let body: unknown;
  expect(() => (body = JSON.parse(response.body)), context).not.toThrow();
  if (response.statusCode >= 400) expectPagerDutyError(body, context);
  else expectSuccess(target, response.statusCode, body, context);
  return body;
}

export function describeRequest(request: IngestRequest, timed: Timed): string {
  return describeResponse(request, timed);
}

/** Rows that ingest writes; a refused request must leave every count as it was. One query. */
export async function storedCounts(db: Kysely<Schema>): Promise<Record<string, number>> {
  const { rows } = await sql<Record<string, number | string>>`
    select (select count(*) from alerts) as alerts, (select count(*) from incidents) as incidents,
           (select count(*) from change_events) as change_events, (select count(*) from timeline_entries) as timeline_entries`.execute(db);
  return Object.fromEntries(Object.entries(rows[0]!).map(([table, n]) => [table, Number(n)]));
}

/**
 * Sends the request, checks the answer, and for a refusal checks that nothing was stored.
 * Returns the status and parsed body for properties that say more.
 */
export async function sendAndCheck(t: TestApp, target: IngestTarget, request: IngestRequest, options: { countRows?: boolean } = {}): Promise<{ status: number; body: unknown; timed: Timed }> {
  const countRows = options.countRows ?? true;
  const before = countRows ? await storedCounts(t.database.db) : undefined;
  const timed = await timedInject(t, request);
  const body = expectIngestAnswer(target, request, timed);
  if (before && timed.response.statusCode >= 400) {
    expect(await storedCounts(t.database.db), `a refused request stored rows\n${describeResponse(request, timed)}`).toEqual(before);
  }
  return { status: timed.response.statusCode, body, timed };
}
