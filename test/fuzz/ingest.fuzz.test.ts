import fc from 'fast-check';
import { jsonDepth, MAX_JSON_DEPTH } from '../../src/http/json-guard.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../src/test-support/app.js';
import { applyYaml } from '../../src/test-support/config.js';
import { withArticle } from '../../src/ingest/ingest-schemas.js';
import {
  authorizationHeader,
  contentType,
  extraHeaders,
  fuzzParameters,
  fuzzTimeout,
  hasLoneSurrogate,
  HTTP_METHODS,
  INVALID_UTF8,
  jsonPaths,
  jsonValue,
  mapStrings,
  nestedJson,
  oddText,
  pathSegment,
  replaceAt,
  STRICT,
  type JsonPath,
  type NestingShape,
} from './arbitraries.js';
import {
  accepts,
  INGEST_BODY_LIMIT,
  INGEST_CONFIG,
  ingestRequest,
  isProtectedField,
  KEYS,
  sendAndCheck,
  TARGETS,
  targetWithBody,
  validBody,
  type IngestTarget,
  type IntegrationType,
} from './ingest-targets.js';

const PAGERDUTY_KINDS = new Set(['events_v2', 'change', 'events_v1']);

/** Text of a JSON body; keys the generators made with Object.defineProperty survive. */
const text = (body: unknown) => JSON.stringify(body);

describe('ingest endpoints under arbitrary input (SQLite)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('sqlite');
    const applied = await applyYaml(t.database.db, 'sqlite', INGEST_CONFIG);
    expect(applied.errors).toEqual([]);
  });
  afterAll(async () => {
    await t?.close();
  });

  /** The route's own methods, picked by an index so no arbitrary is built per value. */
  const pick = <T>(items: readonly T[], index: number): T => items[index % items.length]!;
  const CONTENT_TYPE = contentType();

  it(
    'answers random text and random bytes with a documented 4xx, storing nothing',
    async () => {
      const payload = fc.oneof(
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.string({ unit: 'grapheme-ascii', maxLength: 200 }),
        fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)),
        fc.array(fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '"a"', '1', '-', '.', 'e', 'true', 'nul', '\\', '\\u', '\\ud800', ' ', '\n'), { maxLength: 40 }).map((parts) => parts.join('')),
        fc.constantFrom('', ' ', 'null', '{}', '[]', '0', '"x"', '{"a":1}{', '\ufeff{}', '{"__proto__":{"x":1}}', '{"constructor":{"prototype":{}}}'),
      );
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...TARGETS), payload, CONTENT_TYPE, fc.nat(), async (target, body, type, m) => {
          const request = ingestRequest(target, body, { contentType: type, method: pick(target.methods, m) });
          await sendAndCheck(t, target, request);
        }),
        fuzzParameters(250),
      );
    },
    fuzzTimeout(250),
  );

  it(
    'refuses every proper prefix of a valid body as an unrecognized object',
    async () => {
      await fc.assert(
        fc.asyncProperty(targetWithBody(), fc.nat(), CONTENT_TYPE, fc.nat(), async ({ target, body }, cut, type, m) => {
          const full = Buffer.from(text(body), 'utf8');
          const request = ingestRequest(target, full.subarray(0, cut % full.length), { contentType: type, method: pick(target.methods, m) });
          const answer = await sendAndCheck(t, target, request);
          expect(answer.status).toBe(400);
          expect((answer.body as { status: string }).status).toBe('Unrecognized object');
        }),
        fuzzParameters(200),
      );
    },
    fuzzTimeout(200),
  );

  it(
    'accepts a body of exactly 512 KB and refuses one byte more, counting bytes, not characters',
    async () => {
      const case_ = fc.record({
        target: fc.constantFrom(...TARGETS),
        // Near the limit on either side, and the boundary itself.
        delta: fc.oneof(fc.integer({ min: -4096, max: 4096 }), fc.constantFrom(0, 1, -1, 2, 64 * 1024)),
        // One to four bytes a character in the JSON text (a newline is written as two, `\n`).
        pad: fc.constantFrom('x', '\u00e9', '\u20ac', '\u{1F600}', '\n'),
      });
      await fc.assert(
        fc.asyncProperty(case_, async ({ target, delta, pad }) => {
          const size = INGEST_BODY_LIMIT + delta;
          const payload = paddedBody(target, size, pad);
          expect(Buffer.byteLength(payload)).toBe(size);
          const request = ingestRequest(target, payload, { contentType: 'application/json' });
          const { status, body } = await sendAndCheck(t, target, request);
          if (size <= INGEST_BODY_LIMIT) {
            expect(status).toBeLessThan(300);
          } else {
            expect(status).toBe(target.tooLargeStatus);
            expect((body as { errors: string[] }).errors.join(' ')).toContain('512 KB');
          }
        }),
        fuzzParameters(40),
      );
    },
    fuzzTimeout(40, 150),
  );

  it(
    'answers deeply nested JSON without a 5xx, at every depth a 512 KB body can hold',
    async () => {
      const case_ = fc
        .record({
          target: fc.constantFrom(...TARGETS),
          shape: fc.constantFrom<NestingShape>('array', 'object', 'mixed'),
          depth: fc.oneof(fc.integer({ min: 1, max: 1_000 }), fc.constantFrom(10_000, 50_000, 100_000), fc.integer({ min: 1_000, max: 20_000 })),
          where: fc.nat(),
        })
        .map((c) => {
          const spots = nestingSpots(c.target);
          return { ...c, spot: spots[c.where % spots.length]! };
        })
        ;
      await fc.assert(
        fc.asyncProperty(case_, async ({ target, shape, depth, spot }) => {
          const nested = nestedJson(depth, shape);
          const payload = spot.body(nested);
          if (Buffer.byteLength(payload) > INGEST_BODY_LIMIT) return;
          const request = ingestRequest(target, payload, { contentType: 'application/json' });
          const { status } = await sendAndCheck(t, target, request);
          // Bodies nested deeper than the limit are refused before parsing, wherever the nesting is.
          if (jsonDepth(payload) > MAX_JSON_DEPTH) expect(status).toBe(400);
          else if (spot.accepted) expect(status).toBeLessThan(300);
          else expect(status).toBe(400);
        }),
        fuzzParameters(60),
      );
    },
    fuzzTimeout(60, 100),
  );

  it(
    'answers a valid body with any one field replaced by any JSON value with success or a documented 4xx',
    async () => {
      await fc.assert(
        fc.asyncProperty(targetWithBody(), fc.nat(), jsonValue(), fc.nat(), async ({ target, body }, where, value, m) => {
          const mutated = replaceAt(body, pick(jsonPaths(body), where), value);
          await sendAndCheck(t, target, ingestRequest(target, text(mutated), { contentType: 'application/json', method: pick(target.methods, m) }));
        }),
        fuzzParameters(250),
      );
    },
    fuzzTimeout(250),
  );

  it(
    'answers every field of a valid body replaced by each kind of JSON value',
    async () => {
      const oddValues: unknown[] = [null, true, 0, '', ' \u200b ', 'x'.repeat(2_000), [null], { '': [] }];
      // One target of each kind: the path and bearer variants of a webhook share their parser.
      const targets = TARGETS.filter((target, index) => TARGETS.findIndex((other) => other.kind === target.kind) === index);
      const base = fc.sample(fc.tuple(...targets.map((target) => validBody(target))), { numRuns: 1, seed: 7 })[0]!;
      for (const [index, target] of targets.entries()) {
        const body = base[index]!;
        for (const path of jsonPaths(body)) {
          for (const value of oddValues) {
            const payload = text(replaceAt(body, path, value));
            await sendAndCheck(t, target, ingestRequest(target, payload, { contentType: 'application/json' }));
          }
        }
      }
    },
    60_000,
  );

  it(
    'accepts odd Unicode in every free-text field and echoes the dedup key exactly, refusing only unpaired surrogates',
    async () => {
      const odds = fc.array(oddText({ loneSurrogates: true }), { minLength: 1, maxLength: 20 });
      await fc.assert(
        fc.asyncProperty(targetWithBody(), odds, fc.nat(), CONTENT_TYPE, async ({ target, body }, odd, m, type) => {
          let next = 0;
          const mutated = mapStrings(body, (value) => value + odd[next++ % odd.length]!, (path) => isProtectedField(target, path) || isUrlField(path));
          const request = ingestRequest(target, text(mutated), { contentType: type, method: pick(target.methods, m) });
          const answer = await sendAndCheck(t, target, request);
          if (hasLoneSurrogate(mutated)) {
            // JSON text `"\ud800"` cannot be stored as text: refused whole, on both databases.
            expect(answer.status).toBe(400);
            expect((answer.body as { errors: string[] }).errors.join(' ')).toContain('unpaired UTF-16 surrogate');
            return;
          }
          expect(answer.status).toBeLessThan(300);
          const sent = (mutated as { dedup_key?: unknown; incident_key?: unknown }).dedup_key ?? (mutated as { incident_key?: unknown }).incident_key;
          if (target.kind === 'events_v2') expect((answer.body as { dedup_key: string }).dedup_key).toBe(sent);
          if (target.kind === 'events_v1') expect((answer.body as { incident_key: string }).incident_key).toBe(sent);
        }),
        fuzzParameters(200),
      );
    },
    fuzzTimeout(200),
  );

  it(
    'accepts bytes that are not UTF-8 inside string values',
    async () => {
      const MARK = 'zqzqRAWzqzq';
      const raws = fc.array(fc.constantFrom(...INVALID_UTF8), { minLength: 1, maxLength: 4 });
      await fc.assert(
        fc.asyncProperty(targetWithBody({ nul: false }), raws, async ({ target, body }, raw) => {
          const marked = mapStrings(body, (value) => `${value}${MARK}`, (path) => isProtectedField(target, path) || isUrlField(path));
          const bytes = Buffer.concat(
            text(marked)
              .split(MARK)
              .flatMap((part, index, parts) => [Buffer.from(part, 'utf8'), ...(index < parts.length - 1 ? [Buffer.from(raw[index % raw.length]!)] : [])]),
          );
          const { status } = await sendAndCheck(t, target, ingestRequest(target, bytes, { contentType: 'application/json; charset=utf-8' }));
          expect(status).toBeLessThan(300);
        }),
        fuzzParameters(100),
      );
    },
    fuzzTimeout(100),
  );

  it(
    'reads a valid body whatever the Content-Type and other headers, and routes only the documented methods',
    async () => {
      await fc.assert(
        fc.asyncProperty(targetWithBody(), CONTENT_TYPE, fc.constantFrom(...HTTP_METHODS), extraHeaders(), async ({ target, body }, type, m, headers) => {
          const { status } = await sendAndCheck(t, target, ingestRequest(target, text(body), { contentType: type, method: m, headers }));
          if (target.methods.includes(m)) expect(status).toBeLessThan(300);
          else expect(status).toBeGreaterThanOrEqual(400);
        }),
        fuzzParameters(200),
      );
    },
    fuzzTimeout(200),
  );

  it(
    'routes by key: the right type succeeds, another type is pointed elsewhere, an unknown key is refused',
    async () => {
      const types = Object.keys(KEYS) as IntegrationType[];
      const presented = fc.oneof(
        { weight: 2, arbitrary: fc.constantFrom(...types).map((type) => ({ type, key: KEYS[type] as string })) },
        { weight: 3, arbitrary: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._~-]{0,59}$/).map((key) => ({ type: null, key })) },
        { weight: 1, arbitrary: fc.constantFrom(...types).map((type) => ({ type: null, key: `${KEYS[type]}x` })) },
        { weight: 1, arbitrary: fc.constantFrom(...types).map((type) => ({ type: null, key: KEYS[type].toUpperCase() })) },
      );
      await fc.assert(
        fc.asyncProperty(targetWithBody(), presented, fc.nat(), async ({ target, body }, { type, key }, index) => {
          const m = pick(target.methods, index);
          const keyField = target.kind === 'events_v1' ? 'service_key' : 'routing_key';
          const payload = target.keyIn === 'body' ? text({ ...body, [keyField]: key }) : text(body);
          const request = ingestRequest(target, payload, {
            contentType: 'application/json',
            method: m,
            ...(target.keyIn === 'path' ? { pathKey: encodeURIComponent(key) } : {}),
            ...(target.keyIn === 'bearer' ? { authorization: `Bearer ${key}` } : {}),
          });
          const { status, body: answer } = await sendAndCheck(t, target, request);
          const errors = (answer as { errors?: string[] }).errors ?? [];
          if (type !== null && accepts(target.kind, type)) {
            expect(status).toBeLessThan(300);
          } else if (type !== null) {
            expect(status).toBe(400);
            expect(errors.join(' ')).toContain(`belongs to ${withArticle(type)} integration`);
          } else if (target.keyIn === 'body') {
            expect(status).toBe(400);
            expect(errors).toEqual([`'${keyField}' is not a valid integration key`]);
          } else {
            expect(status).toBe(target.keyIn === 'path' ? 404 : 401);
          }
          // A refusal never says which keys exist.
          for (const known of Object.values(KEYS)) if (status >= 400 && known !== key) expect(JSON.stringify(answer)).not.toContain(known);
        }),
        fuzzParameters(250),
      );
    },
    fuzzTimeout(250),
  );

  it(
    'answers arbitrary path keys and Authorization headers on the webhook endpoints',
    async () => {
      const hooks = TARGETS.filter((target) => !PAGERDUTY_KINDS.has(target.kind));
      const token = fc.oneof(fc.constantFrom(...Object.values(KEYS)), fc.string({ unit: 'grapheme-ascii', maxLength: 80 }));
      await fc.assert(
        fc.asyncProperty(targetWithBody({}, hooks), pathSegment(), authorizationHeader(token), fc.nat(), CONTENT_TYPE, async ({ target, body }, segment, authorization, m, type) => {
          const request = ingestRequest(target, text(body), { contentType: type, method: pick(target.methods, m), pathKey: segment, authorization });
          const { status } = await sendAndCheck(t, target, request);
          if (target.keyIn === 'bearer' && authorization === undefined) expect(status).toBe(401);
        }),
        fuzzParameters(200),
      );
    },
    fuzzTimeout(200),
  );

  it(
    'answers an alert group of any size that fits the body limit within the time bound',
    async () => {
      // Each alert of a group is its own insert in one transaction: on SQLite a 512 KB group of
      // ~12,000 alerts takes seconds and holds the only writer meanwhile. Large groups are
      // generated only with FUZZ_STRICT.
      const count = STRICT ? fc.oneof(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1_000, max: 12_000 })) : fc.integer({ min: 0, max: 100 });
      const hooks = TARGETS.filter((target) => target.kind === 'alertmanager' || target.kind === 'grafana');
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...hooks), count, fc.nat(), async (target, n, group) => {
          const alerts = Array.from({ length: n }, (_, i) => ({ status: i % 3 === 0 ? 'resolved' : 'firing', labels: { i: String(i) } }));
          const payload = text({ version: target.kind === 'alertmanager' ? '4' : '1', receiver: 'r', status: 'firing', groupKey: `size-${group}`, alerts });
          if (Buffer.byteLength(payload) > INGEST_BODY_LIMIT) return;
          const { status, body } = await sendAndCheck(t, target, ingestRequest(target, payload, { contentType: 'application/json' }));
          expect(status).toBe(202);
          expect((body as { message: string }).message).toBe(`Processed ${n} alert${n === 1 ? '' : 's'}`);
        }),
        fuzzParameters(15),
      );
    },
    fuzzTimeout(15, 500),
  );

  it('still answers health checks and ingests a plain event after everything above', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    const target = TARGETS[0]!;
    const request = ingestRequest(target, text({ routing_key: KEYS.events_v2, event_action: 'trigger', payload: { summary: 'after fuzzing', source: 'fuzz', severity: 'info' } }), { contentType: 'application/json' });
    expect((await sendAndCheck(t, target, request)).status).toBe(202);
  });
});

describe('ingest endpoints under arbitrary input (PostgreSQL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('postgres');
    const applied = await applyYaml(t.database.db, 'postgres', INGEST_CONFIG);
    expect(applied.errors).toEqual([]);
  });
  afterAll(async () => {
    await t?.close();
  });

  it(
    'answers valid bodies with odd Unicode or a field replaced by any JSON value, storing nothing on a refusal',
    async () => {
      // PostgreSQL text cannot hold U+0000: a NUL in any stored string, and in a routing key that
      // is looked up, is answered 500. Generated only with FUZZ_STRICT.
      const textOptions = { nul: false, loneSurrogates: true };
      const value_ = fc.option(jsonValue(textOptions), { nil: undefined });
      await fc.assert(
        fc.asyncProperty(targetWithBody(textOptions), fc.nat(), value_, oddText(textOptions), async ({ target, body }, where, value, odd) => {
          const paths = jsonPaths(body);
          const mutated =
            value === undefined ? mapStrings(body, (s) => s + odd, (p) => isProtectedField(target, p) || isUrlField(p)) : replaceAt(body, paths[where % paths.length]!, value);
          const { status } = await sendAndCheck(t, target, ingestRequest(target, text(mutated), { contentType: 'application/json' }));
          if (value === undefined && hasLoneSurrogate(mutated)) expect(status).toBe(400);
          else if (value === undefined) expect(status).toBeLessThan(300);
        }),
        fuzzParameters(60),
      );
    },
    fuzzTimeout(60, 100),
  );
});

/* ------------------------------------------------------------------------------------------ */

function isUrlField(path: JsonPath): boolean {
  const last = path[path.length - 1];
  return typeof last === 'string' && /url|href|src|^url$|link/i.test(last);
}

/** A body for the target that is exactly `size` bytes: a valid body padded in a free-form field. */
function paddedBody(target: IngestTarget, size: number, pad: string): string {
  const skeleton = (blob: string): string => {
    switch (target.kind) {
      case 'events_v2':
        return text({ routing_key: KEYS.events_v2, event_action: 'trigger', payload: { summary: 'big', source: 'fuzz', severity: 'info', custom_details: { blob } } });
      case 'change':
        return text({ routing_key: KEYS.events_v2, payload: { summary: 'big', custom_details: { blob } } });
      case 'events_v1':
        return text({ service_key: KEYS.events_v1, event_type: 'trigger', description: 'big', details: { blob } });
      case 'alertmanager':
      case 'grafana':
        return text({
          version: target.kind === 'alertmanager' ? '4' : '1',
          receiver: 'r',
          status: 'firing',
          groupKey: `big-${size}-${pad.codePointAt(0)}`,
          alerts: [{ status: 'firing', labels: { alertname: 'Big' }, annotations: { summary: 'big', blob } }],
        });
      case 'webhook':
        return text({ summary: 'big', blob });
    }
  };
  const empty = Buffer.byteLength(skeleton(''));
  const unit = Buffer.byteLength(JSON.stringify(pad)) - 2;
  const room = size - empty;
  const count = Math.floor(room / unit);
  return skeleton(pad.repeat(count) + 'x'.repeat(room - count * unit));
}

interface NestingSpot {
  /** Builds the body with the nested value at this spot. */
  readonly body: (nested: string) => string;
  /** Whether the nested value ends up in a stored column. */
  readonly stored: boolean;
  /** Whether the body is otherwise valid (2xx) or not a JSON object at all (400). */
  readonly accepted: boolean;
}

/** Where a deeply nested value can go in a body for the target. */
function nestingSpots(target: IngestTarget): NestingSpot[] {
  const root: NestingSpot = { body: (nested) => nested, stored: false, accepted: false };
  const splice = (skeleton: Record<string, unknown>, marker = '"@@NESTED@@"') => (nested: string) => text(skeleton).replace(marker, nested);
  const N = '@@NESTED@@';
  switch (target.kind) {
    case 'events_v2': {
      const base = { routing_key: KEYS.events_v2, event_action: 'trigger', payload: { summary: 'deep', source: 'fuzz', severity: 'info', custom_details: N } };
      return [
        root,
        { body: splice({ ...base, unknown_field: N, payload: { ...base.payload, custom_details: null } }), stored: false, accepted: true },
        { body: splice({ ...base, links: N, payload: { ...base.payload, custom_details: null } }), stored: false, accepted: true },
        { body: splice(base), stored: true, accepted: true },
      ];
    }
    case 'change': {
      const base = { routing_key: KEYS.events_v2, payload: { summary: 'deep', custom_details: N } };
      return [root, { body: splice({ ...base, extra: N, payload: { summary: 'deep' } }), stored: false, accepted: true }, { body: splice(base), stored: true, accepted: true }];
    }
    case 'events_v1': {
      const base = { service_key: KEYS.events_v1, event_type: 'trigger', description: 'deep', details: N };
      return [root, { body: splice({ ...base, details: null, contexts: N }), stored: false, accepted: true }, { body: splice(base), stored: true, accepted: true }];
    }
    case 'alertmanager':
    case 'grafana': {
      const alert = { status: 'firing', labels: { alertname: 'Deep' }, extra: N };
      const base = { version: target.kind === 'alertmanager' ? '4' : '1', receiver: 'r', status: 'firing', groupKey: 'deep', alerts: [alert] };
      const spots: NestingSpot[] = [root, { body: splice(base), stored: false, accepted: true }, { body: splice({ ...base, alerts: [{ ...alert, extra: null }], extra: N }), stored: false, accepted: true }];
      if (target.kind === 'grafana') spots.push({ body: splice({ ...base, alerts: [{ ...alert, extra: null, values: N }] }), stored: true, accepted: true });
      return spots;
    }
    case 'webhook':
      // Without a `details` mapping the whole body is kept, so every field is stored.
      return [root, { body: splice({ summary: 'deep', extra: N }), stored: true, accepted: true }];
  }
}
