import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { FakeClock } from '../../src/core/clock.js';
import { applyConfig, exportConfig, parseConfig, validateConfig, type ApplyOutcome, type ConfigError, type ValidationOutcome } from '../../src/config/index.js';
import { ensureDefaultSeverities } from '../../src/incidents/severities.js';
import { createTestDatabase } from '../../src/test-support/databases.js';
import { fuzzParameters, fuzzTimeout, jsonPaths, ODD_CHARACTERS, replaceAt, STRICT, type JsonPath } from './arbitraries.js';
import { aliasBomb, BOMB_USES, configEntries, keyText, renderDocument, scalarText, validConfig, type ValidConfig } from './yaml-arbitraries.js';

const FILE = 'fuzz/vigil.yaml';
/** Parsing and validating any one file must take less than this. */
const WITHIN_MS = 2_000;

/** Parses and validates as `vigil validate` does, timing both; never expected to throw. */
function load(text: string): { outcome: ValidationOutcome; ms: number } {
  const started = performance.now();
  const { document, errors } = parseConfig(text, FILE);
  const outcome = document ? validateConfig(document) : { errors, warnings: [] };
  return { outcome, ms: performance.now() - started };
}

function excerpt(text: string): string {
  return text.length > 600 ? `${text.slice(0, 600)}… (${text.length} characters)` : text;
}

/** Every error names the file, a real line and column of the text, and says something. */
function expectWellFormedErrors(text: string, errors: readonly ConfigError[]): void {
  const lines = text.split('\n');
  for (const error of errors) {
    const context = `${JSON.stringify(error)}\nin:\n${excerpt(text)}`;
    expect(error.file, context).toBe(FILE);
    expect(Number.isInteger(error.line) && error.line >= 1, context).toBe(true);
    expect(Number.isInteger(error.column) && error.column >= 1, context).toBe(true);
    expect(error.line, context).toBeLessThanOrEqual(lines.length);
    expect(error.column, context).toBeLessThanOrEqual(lines[error.line - 1]!.length + 1);
    expect(typeof error.message === 'string' && error.message.trim() !== '', context).toBe(true);
    if (error.hint !== undefined) {
      expect(typeof error.hint, context).toBe('string');
      // An unknown key written `"": x` gets an empty hint; checked only with FUZZ_STRICT.
      if (STRICT) expect(error.hint.trim(), context).not.toBe('');
    }
  }
}

/** The loader's contract for any text at all. */
function expectLoads(text: string): ValidationOutcome {
  let result: { outcome: ValidationOutcome; ms: number } | undefined;
  expect(() => (result = load(text)), excerpt(text)).not.toThrow();
  const { outcome, ms } = result!;
  expect(ms, excerpt(text)).toBeLessThan(WITHIN_MS);
  expectWellFormedErrors(text, outcome.errors);
  // A configuration comes back exactly when there is nothing to report.
  expect(outcome.config === undefined, excerpt(text)).toBe(outcome.errors.length > 0);
  return outcome;
}

describe('configuration loader under arbitrary YAML', () => {
  it(
    'parses and validates any text without throwing, positioning every error in the text',
    () => {
      const text = fc.oneof(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.string({ unit: 'grapheme-ascii', maxLength: 300 }),
        fc.array(fc.constantFrom(...ODD_CHARACTERS, '\u0000', '\r', '\r\n', '\t'), { maxLength: 30 }).map((parts) => parts.join('')),
      );
      fc.assert(
        fc.property(text, (t) => {
          expectLoads(t);
        }),
        fuzzParameters(400),
      );
    },
    fuzzTimeout(400, 5),
  );

  it(
    'survives YAML token soup: indicators, anchors, tags, directives and section names in any order',
    () => {
      const token = fc.oneof(
        fc.constantFrom(
          'users', 'teams', 'services', 'severities', 'schedules', 'escalation_policies', 'id', 'name', 'email', 'members', 'integrations',
          ':', ': ', '- ', '-', '? ', ',', '[', ']', '{', '}', '"', "'", '#', '|', '|-', '>', '>+', '&a ', '*a', '&b ', '*b', '!!str ', '!!binary ', '!x ', '<<: ',
          '%YAML 1.1\n', '%YAML 1.2\n', '%TAG ! tag:x,2000:\n', '---\n', '...\n', '\n', '\n  ', '\n    ', '  ', '\t', '\r', '\ufeff', '\\', '@', '`', '%',
        ),
        scalarText(),
      );
      fc.assert(
        fc.property(fc.array(token, { maxLength: 60 }), (tokens) => {
          expectLoads(tokens.join(''));
        }),
        fuzzParameters(400),
      );
    },
    fuzzTimeout(400, 5),
  );

  it(
    'survives documents shaped like the schema with wrong types, unknown and repeated keys, anchors and aliases',
    () => {
      fc.assert(
        fc.property(configEntries(), fc.boolean(), (entries, comments) => {
          expectLoads(renderDocument(entries, { comments }));
        }),
        fuzzParameters(300),
      );
    },
    fuzzTimeout(300, 10),
  );

  it(
    'survives any value in block style, long scalars and odd Unicode as written by a YAML library',
    () => {
      const value = fc.letrec<{ tree: unknown }>((tie) => ({
        tree: fc.oneof(
          { depthSize: 'small', maxDepth: 4 },
          fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.constantFrom(...ODD_CHARACTERS), fc.integer(), fc.double(), fc.boolean(), fc.constant(null)),
          fc.integer({ min: 1_000, max: 100_000 }).map((n) => 'x'.repeat(n)),
          fc.array(tie('tree'), { maxLength: 4 }),
          fc.dictionary(fc.oneof(fc.constantFrom('id', 'name', 'email', 'members', 'integrations', 'type', 'key', 'team', 'user'), fc.string({ maxLength: 8 })), tie('tree'), { maxKeys: 5 }),
        ),
      })).tree;
      const document = fc.dictionary(fc.constantFrom('users', 'teams', 'services', 'severities', 'schedules', 'escalation_policies', 'other'), fc.oneof(value, fc.array(value, { maxLength: 4 })), { maxKeys: 4 });
      fc.assert(
        fc.property(document, (doc) => {
          expectLoads(stringify(doc, { lineWidth: 0 }));
        }),
        fuzzParameters(150),
      );
    },
    fuzzTimeout(150, 20),
  );

  it(
    'reads alias bombs in linear time: anchors are never expanded',
    () => {
      const bomb = fc.record({ levels: fc.integer({ min: 2, max: 40 }), fanout: fc.integer({ min: 2, max: 12 }), use: fc.constantFrom(...BOMB_USES) });
      fc.assert(
        fc.property(bomb, ({ levels, fanout, use }) => {
          expectLoads(aliasBomb(levels, fanout, use));
        }),
        fuzzParameters(60),
      );
    },
    fuzzTimeout(60, 50),
  );

  it('reads the classic billion-laughs file quickly and says what is wrong with it', () => {
    const text = aliasBomb(9, 10, 'users: *BOMB\nteams:\n  - {id: t, name: t, members: *BOMB}');
    const outcome = expectLoads(text);
    expect(outcome.errors.length).toBeGreaterThan(0);
    expect(outcome.errors.length).toBeLessThan(100);
  });

  it(
    'rejects a valid file whose required text field is replaced by a map, a list, a number or a boolean',
    () => {
      // With FUZZ_STRICT an alias to an anchor that does not exist is tried too: it reads as
      // "not set", so a required field written `id: *nope` passes validation.
      const replacement = fc.oneof(
        // Unpaired surrogates cannot be stored as text, so a field holding one is refused too.
        fc.constantFrom<unknown>({}, [], { a: 1 }, ['x'], 5, -1, 0.5, true, false, 'x\ud800', '\udfff'),
        ...(STRICT ? [fc.constant(UNDEFINED_ALIAS)] : []),
      );
      const case_ = fc.record({ config: validConfig().filter((c) => requiredTextPaths(c).length > 0), where: fc.nat(), value: replacement });
      fc.assert(
        fc.property(case_, ({ config, where, value }) => {
          const paths = requiredTextPaths(config);
          const path = paths[where % paths.length]!;
          const text = render(replaceAt(config, path, value));
          const outcome = expectLoads(text);
          expect(outcome.errors.length, `${path.join('.')} replaced by ${JSON.stringify(value)} passed:\n${excerpt(text)}`).toBeGreaterThan(0);
        }),
        fuzzParameters(200),
      );
    },
    fuzzTimeout(200, 10),
  );

  it(
    'rejects a rate limit that is not a whole number of at least 1',
    () => {
      // 0 and negative limits pass validation (the schema walker does not read `minimum`) and the
      // integration then refuses every event; generated only with FUZZ_STRICT.
      const limit = fc.oneof(fc.constantFrom<unknown>(1.5, '60', true, [], {}, Number.POSITIVE_INFINITY), ...(STRICT ? [fc.integer({ min: -1_000, max: 0 })] : []));
      fc.assert(
        fc.property(limit, (value) => {
          const text = render({ services: [{ id: 's', name: 'S', integrations: [{ type: 'events_v2', key: '0123456789abcdef', rate_limit_per_minute: value }] }] });
          const outcome = expectLoads(text);
          expect(outcome.errors.map((e) => e.message).join('\n'), excerpt(text)).toContain('rate_limit_per_minute');
        }),
        fuzzParameters(30),
      );
    },
    fuzzTimeout(30, 10),
  );

  it(
    'positions errors on the line of the offending node in block-style files',
    () => {
      // An unknown key, written at a known line, is reported at that line and column.
      const case_ = fc.record({ config: validConfig().filter((c) => (c.users?.length ?? 0) > 0), key: keyText().filter((k) => /^[a-z_][a-z0-9_]*$/.test(k) && !/^(null|true|false|yes|no|on|off|y|n)$/.test(k) && !USER_KEYS.has(k)), where: fc.nat() });
      fc.assert(
        fc.property(case_, ({ config, key, where }) => {
          const users = config.users!;
          const index = where % users.length;
          const withUnknown = { ...config, users: users.map((u, i) => (i === index ? { ...u, [key]: 'surprise' } : u)) };
          const text = render(withUnknown);
          const outcome = expectLoads(text);
          const lines = text.split('\n');
          const line = lines.findIndex((l) => l.trimStart().replace(/^- /, '').startsWith(`${key}: surprise`)) + 1;
          expect(line, excerpt(text)).toBeGreaterThan(0);
          const column = lines[line - 1]!.indexOf(`${key}: surprise`) + 1;
          expect(outcome.errors, excerpt(text)).toContainEqual(expect.objectContaining({ line, column, message: expect.stringContaining(`unknown key "${key}"`) }));
        }),
        fuzzParameters(100),
      );
    },
    fuzzTimeout(100, 10),
  );

  it(
    'applies any valid file idempotently, and its export applies unchanged and exports the same bytes',
    async () => {
      await fc.assert(
        fc.asyncProperty(validConfig(), async (config) => {
          const text = render(config);
          const outcome = expectLoads(text);
          expect(outcome.errors, text).toEqual([]);
          const database = await createTestDatabase('sqlite');
          try {
            await ensureDefaultSeverities(database.db);
            const clock = new FakeClock(Date.parse('2026-03-02T10:00:00Z'));
            const apply = (yaml: string): Promise<ApplyOutcome> => {
              const { document, errors } = parseConfig(yaml, FILE);
              expect(errors, yaml).toEqual([]);
              return applyConfig(database.db, database.dialect, document!, { clock });
            };
            const first = await apply(text);
            expect(first.errors, text).toEqual([]);
            expect(first.results.filter((r) => r.action !== 'created'), text).toEqual([]);
            const second = await apply(text);
            expect(second.errors, text).toEqual([]);
            expect(second.results.filter((r) => r.action !== 'unchanged'), text).toEqual([]);
            expect(second.results.map((r) => `${r.kind} ${r.id}`).sort(), text).toEqual(first.results.map((r) => `${r.kind} ${r.id}`).sort());

            const exported = await exportConfig(database.db);
            const reapplied = await apply(exported);
            expect(reapplied.errors, exported).toEqual([]);
            expect(reapplied.results.filter((r) => r.action !== 'unchanged'), exported).toEqual([]);
            expect(await exportConfig(database.db)).toBe(exported);
          } finally {
            await database.destroy();
          }
        }),
        fuzzParameters(40),
      );
    },
    fuzzTimeout(40, 300),
  );
});

/* ------------------------------------------------------------------------------------------ */

const UNDEFINED_ALIAS = 'ALIAS-TO-NOWHERE-7f3a';
const USER_KEYS = new Set(['id', 'name', 'email', 'time_zone', 'role', 'contact_methods', 'notification_rules']);

/** Block-style YAML, with the marker value written as an alias to an anchor nobody defined. */
function render(value: unknown): string {
  return stringify(value, { lineWidth: 0, aliasDuplicateObjects: false }).replaceAll(UNDEFINED_ALIAS, '*nowhere');
}

/** Paths of the text fields the schema requires: ids, names, emails, integration types and keys, members. */
function requiredTextPaths(config: ValidConfig): JsonPath[] {
  const required = new Set(['id', 'name', 'email', 'type', 'key', 'address', 'user', 'contact_method', 'after']);
  return jsonPaths(config).filter((path) => {
    const last = path[path.length - 1];
    if (typeof last === 'string') return required.has(last) && !(path.includes('integrations') && last === 'name');
    // A member written as a bare user id.
    return path.length === 4 && path[0] === 'teams' && path[2] === 'members' && typeof last === 'number';
  });
}
