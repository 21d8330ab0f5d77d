import fc from 'fast-check';

/**
 * Generators and run settings shared by the property tests under `test/fuzz/`.
 *
 * Environment:
 * - `FUZZ_RUNS=n` runs every property n times (default: each property's own count, chosen so
 *   the folder finishes in well under a minute on two cores);
 * - `FUZZ_SEED=n` replays one seed (fast-check prints the seed and path of every failure);
 * - `FUZZ_STRICT=1` also generates the inputs the default generators leave out on purpose; each
 *   use of `STRICT` says which inputs and what the server answers them with.
 */
const runsOverride = Number(process.env.FUZZ_RUNS);
const seedOverride = Number(process.env.FUZZ_SEED);
export const STRICT = process.env.FUZZ_STRICT === '1';

export function fuzzParameters(numRuns: number): fc.Parameters<unknown> {
  return {
    numRuns: Number.isInteger(runsOverride) && runsOverride > 0 ? runsOverride : numRuns,
    ...(Number.isInteger(seedOverride) ? { seed: seedOverride } : {}),
  };
}

/** A vitest timeout that grows with `FUZZ_RUNS`. */
export function fuzzTimeout(numRuns: number, perRunMs = 40): number {
  const runs = Number.isInteger(runsOverride) && runsOverride > 0 ? runsOverride : numRuns;
  return 30_000 + runs * perRunMs;
}

/* ------------------------------------------------------------------------------------------ */
/* Text                                                                                       */
/* ------------------------------------------------------------------------------------------ */

/** Characters that break naive handling: invisible, direction-changing, unpaired, combining. */
export const ODD_CHARACTERS = [
  '\u200b', // zero-width space
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff', // BOM; String.prototype.trim removes it
  '\u202e', // right-to-left override
  '\u202d',
  '\u2066',
  '\u2069',
  '\u061c',
  '\u0007',
  '\u001b[31m',
  '\u0085',
  '\u2028',
  '\u2029',
  '\u3000',
  '\ud800', // lone high surrogate
  '\udfff', // lone low surrogate
  '\ud83d',
  '\u{1F600}',
  '\u{1F469}\u200d\u{1F4BB}',
  '\u{1F1FA}\u{1F1F8}',
  '\u{10FFFF}',
  '\ufffd',
  '\ufffe',
  '\uffff',
  'e\u0301\u0301\u0301',
  'Z\u0336\u0322\u034e\u0344a\u0338',
  '\u0130',
  '\u{1D54F}',
  '%s%n',
  '${x}',
  '\\u0000',
  '"\'`',
  '<script>',
] as const;

/** NUL is legal JSON text, but no text field can hold it (PostgreSQL cannot store it): Vigil refuses it with a 400. */
const NUL = '\u0000';

export interface TextOptions {
  /** Allow U+0000 (default no: a body carrying one is refused, which the refusal properties cover). */
  readonly nul?: boolean;
  /**
   * Allow unpaired UTF-16 surrogates (default no: JSON `"\ud800"` cannot be stored as text, so a
   * body carrying one is refused with a 400; properties that allow them check for that with
   * `hasLoneSurrogate`).
   */
  readonly loneSurrogates?: boolean;
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** True when any string or key in a JSON value holds an unpaired surrogate. */
export function hasLoneSurrogate(value: unknown): boolean {
  if (typeof value === 'string') return LONE_SURROGATE.test(value);
  if (Array.isArray(value)) return value.some(hasLoneSurrogate);
  if (value !== null && typeof value === 'object') return Object.entries(value).some(([key, entry]) => LONE_SURROGATE.test(key) || hasLoneSurrogate(entry));
  return false;
}

/** A short run of odd characters, possibly mixed with arbitrary code points. */
export function oddText(options: TextOptions = {}): fc.Arbitrary<string> {
  const nul = options.nul ?? false;
  // fast-check's strings never hold an unpaired surrogate: only these characters bring one.
  const odd = (options.loneSurrogates ?? false) ? ODD_CHARACTERS : ODD_CHARACTERS.filter((c) => !LONE_SURROGATE.test(c));
  const pieces = [fc.constantFrom(...odd), fc.string({ unit: 'binary', maxLength: 3 })];
  if (nul) pieces.push(fc.constant(NUL));
  return fc
    .array(fc.oneof(...pieces), { minLength: 1, maxLength: 8 })
    .map((parts) => parts.join(''))
    .map((s) => (nul ? s : s.replaceAll(NUL, '')));
}

/** Text that is never blank: a visible ASCII head, then anything. */
export function nonBlankText(maxLength = 40, options: TextOptions = {}): fc.Arbitrary<string> {
  return fc
    .tuple(fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== ''), fc.oneof(fc.constant(''), oddText(options), fc.string({ unit: 'grapheme', maxLength })))
    .map(([head, tail]) => `${head.trim() || 'x'}${(options.nul ?? false) ? tail : tail.replaceAll(NUL, '')}`);
}

/** Any string, weighted towards the awkward ones. */
export function anyText(options: TextOptions = {}): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ unit: 'grapheme-ascii', maxLength: 20 }),
    fc.string({ unit: 'binary', maxLength: 20 }),
    oddText(options),
    fc.constantFrom('', ' ', '\t\n', 'null', 'true', '0', '-1', '1e309', '__proto__', 'constructor'),
  ).map((s) => ((options.nul ?? false) ? s : s.replaceAll(NUL, '')));
}

/** Keys for free-form maps (labels, details): ordinary, odd and prototype-shaped. */
export function mapKey(options: TextOptions = {}): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.stringMatching(/^[a-z_][a-z0-9_]{0,11}$/) },
    { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '', ' ') },
    { weight: 1, arbitrary: anyText(options) },
  );
}

/** Arbitrary JSON, strings included, with NUL removed when asked. */
export function jsonValue(options: TextOptions & { maxDepth?: number } = {}): fc.Arbitrary<unknown> {
  const value = fc.jsonValue({ maxDepth: options.maxDepth ?? 3, stringUnit: 'binary' });
  const extra = fc.oneof(
    fc.constantFrom<unknown>(null, true, false, 0, -0, -1, 1.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, '', ' ', [], {}, [[]], [{}], { '': null }),
    anyText(options),
  );
  return fc.oneof({ weight: 3, arbitrary: value }, { weight: 1, arbitrary: extra }).map((v) => ((options.nul ?? false) ? v : withoutNul(v)));
}

/** Removes U+0000 from every string and key of a JSON value. */
export function withoutNul(value: unknown): unknown {
  if (typeof value === 'string') return value.replaceAll(NUL, '');
  if (Array.isArray(value)) return value.map(withoutNul);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(value)) Object.defineProperty(out, key.replaceAll(NUL, ''), { value: withoutNul(entry), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return value;
}

/** Bytes that are not valid UTF-8 (or encode what JSON text must not hold) to splice into a body. */
export const INVALID_UTF8: readonly (readonly number[])[] = [
  [0xed, 0xa0, 0x80], // an encoded lone surrogate (CESU-8)
  [0xed, 0xbf, 0xbf],
  [0xc0, 0x80], // overlong NUL
  [0xc1, 0xbf],
  [0xff],
  [0xfe, 0xff],
  [0xf4, 0x90, 0x80, 0x80], // above U+10FFFF
  [0xe2, 0x80], // truncated sequence
  [0x80],
  [0xf0, 0x9f, 0x98], // emoji missing its last byte
];

/* ------------------------------------------------------------------------------------------ */
/* JSON trees                                                                                 */
/* ------------------------------------------------------------------------------------------ */

export type JsonPath = readonly (string | number)[];

/** Every path into a JSON value, the root (`[]`) included. */
export function jsonPaths(value: unknown, prefix: JsonPath = []): JsonPath[] {
  const paths: JsonPath[] = [prefix];
  if (Array.isArray(value)) value.forEach((entry, index) => paths.push(...jsonPaths(entry, [...prefix, index])));
  else if (value !== null && typeof value === 'object') for (const [key, entry] of Object.entries(value)) paths.push(...jsonPaths(entry, [...prefix, key]));
  return paths;
}

/** A copy of `value` with the node at `path` replaced. */
export function replaceAt(value: unknown, path: JsonPath, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string | number, ...JsonPath];
  if (Array.isArray(value)) return value.map((entry, index) => (index === head ? replaceAt(entry, rest, replacement) : entry));
  const out: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
    Object.defineProperty(out, key, { value: key === head ? replaceAt(entry, rest, replacement) : entry, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** Maps every string value (not keys) whose path `keep` does not protect. */
export function mapStrings(value: unknown, map: (text: string, path: JsonPath) => string, keep: (path: JsonPath) => boolean, path: JsonPath = []): unknown {
  if (typeof value === 'string') return keep(path) ? value : map(value, path);
  if (Array.isArray(value)) return value.map((entry, index) => mapStrings(entry, map, keep, [...path, index]));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(value)) {
      Object.defineProperty(out, key, { value: mapStrings(entry, map, keep, [...path, key]), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return value;
}

export type NestingShape = 'array' | 'object' | 'mixed';

/** JSON text nested `depth` levels deep, built as text so no recursion is needed to make it. */
export function nestedJson(depth: number, shape: NestingShape, leaf = '1'): string {
  if (shape === 'array') return '['.repeat(depth) + leaf + ']'.repeat(depth);
  if (shape === 'object') return '{"a":'.repeat(depth) + leaf + '}'.repeat(depth);
  let open = '';
  let close = '';
  for (let level = 0; level < depth; level++) {
    if (level % 2 === 0) {
      open += '[';
      close = ']' + close;
    } else {
      open += '{"k":';
      close = '}' + close;
    }
  }
  return open + leaf + close;
}

/* ------------------------------------------------------------------------------------------ */
/* HTTP                                                                                       */
/* ------------------------------------------------------------------------------------------ */

const TOKEN = /^[a-z0-9!#$&^_.+-]{1,12}$/;

/** Content-Type values Fastify can parse as a media type; every ingest endpoint reads them all as JSON. */
export function wellFormedContentType(): fc.Arbitrary<string | undefined> {
  return fc.oneof(
    fc.constant(undefined),
    fc.constantFrom(
      'application/json',
      'application/json; charset=utf-8',
      'application/json;charset=UTF-16',
      'APPLICATION/JSON',
      'text/plain',
      'text/plain; charset=latin1',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=----x',
      'application/octet-stream',
      'application/vnd.pagerduty+json',
      'application/problem+json',
      '*/*',
      'application/json; charset="',
      'application/json;;',
    ),
    fc
      .tuple(fc.stringMatching(TOKEN), fc.stringMatching(TOKEN), fc.array(fc.tuple(fc.stringMatching(TOKEN), fc.oneof(fc.stringMatching(TOKEN), fc.string({ unit: 'grapheme-ascii', maxLength: 8 }).map((s) => JSON.stringify(s)))), { maxLength: 3 }))
      .map(([type, subtype, params]) => `${type}/${subtype}${params.map(([k, v]) => `; ${k}=${v}`).join('')}`),
  );
}

/** Any header value, parsable as a media type or not. */
export function anyContentType(): fc.Arbitrary<string | undefined> {
  return fc.oneof(wellFormedContentType(), fc.string({ unit: 'grapheme-ascii', maxLength: 30 }), fc.constantFrom('', ' ', 'text', 'json', ';;;', '/', 'application/', '/json', 'a b/c'));
}

/**
 * Content types for ingest requests. Unparsable ones (`''`, `text`, `;;;`) make Fastify raise
 * FST_ERR_CTP_INVALID_MEDIA_TYPE, which the ingest error handler answers with a 500, so they are
 * generated only with FUZZ_STRICT.
 */
export function contentType(): fc.Arbitrary<string | undefined> {
  return STRICT ? anyContentType() : wellFormedContentType();
}

/**
 * Headers senders add that must not change how a body is read. A Content-Length that does not
 * match the body makes Fastify raise FST_ERR_CTP_INVALID_CONTENT_LENGTH, which the ingest error
 * handler answers with a 500; generated only with FUZZ_STRICT.
 */
export function extraHeaders(): fc.Arbitrary<Record<string, string>> {
  const ordinary: fc.Arbitrary<Record<string, string>> = fc.oneof(
    fc.constant<Record<string, string>>({}),
    fc.constantFrom<Record<string, string>>({ 'content-encoding': 'gzip' }, { 'content-encoding': 'identity' }, { accept: '*/*' }, { accept: 'text/html' }, { expect: '100-continue' }, { 'x-forwarded-for': '203.0.113.9, 10.0.0.1' }, { 'user-agent': 'Alertmanager/0.25.0' }),
    fc.dictionary(fc.stringMatching(/^x-[a-z0-9-]{1,12}$/), fc.string({ unit: 'grapheme-ascii', maxLength: 30 }).map((v) => v.trim()), { maxKeys: 3 }),
  );
  if (!STRICT) return ordinary;
  return fc.oneof(ordinary, fc.nat(100).map((n): Record<string, string> => ({ 'content-length': String(n) })));
}

/** Methods light-my-request can send. */
export const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/**
 * A path segment as a client would send it: percent-encoded, at most `maxLength` characters once
 * encoded. Fastify refuses a longer path parameter (414 FST_ERR_MAX_PARAM_LENGTH) and an invalid
 * escape (400 FST_ERR_BAD_URL) with its own `{error, code, message, statusCode}` body, in neither
 * documented error shape, so those are generated only with FUZZ_STRICT.
 */
export function pathSegment(maxLength = 100): fc.Arbitrary<string> {
  const encoded = fc
    .oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }), fc.stringMatching(/^[A-Za-z0-9._~-]{1,100}$/), fc.constantFrom('%', '?', '#', '/', ' ', '\u0000', '%2e%2e'))
    .map((s) => encodeURIComponent(s))
    // `.` and `..` are path steps, not keys: the URL resolves elsewhere.
    .filter((s) => s.length > 0 && s.length <= maxLength && !/^\.+$/.test(s));
  if (!STRICT) return encoded;
  return fc.oneof(encoded, fc.constantFrom('%E0%A4%A', '%', '%zz', '%C0%80', '%ED%A0%80'), fc.stringMatching(/^[a-z0-9]{101,300}$/));
}

/** Authorization header values: bearer tokens of every shape, and other schemes. */
export function authorizationHeader(token: fc.Arbitrary<string>): fc.Arbitrary<string | undefined> {
  const visible = fc.string({ unit: 'grapheme-ascii', maxLength: 40 });
  return fc.oneof(
    fc.constant(undefined),
    token.map((t) => `Bearer ${t}`),
    token.map((t) => `bearer   ${t}  `),
    token.map((t) => `Basic ${t}`),
    visible,
    visible.map((t) => `Bearer ${t}`),
    fc.constantFrom('', 'Bearer', 'Bearer ', 'Bearer a b', 'Token x'),
  );
}
