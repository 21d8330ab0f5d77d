import { KindGuard, type TSchema } from '@sinclair/typebox';
import fc from 'fast-check';
import { SECTIONS } from '../../src/config/index.js';
import { ODD_CHARACTERS } from './arbitraries.js';

/**
 * YAML text for the configuration loader, built from a small syntax tree so that anchors,
 * aliases, duplicate keys, tags and both flow and block styles can be written on purpose.
 */
export type YamlNode =
  | { readonly kind: 'scalar'; readonly text: string }
  | { readonly kind: 'seq'; readonly items: readonly YamlNode[]; readonly flow: boolean }
  | { readonly kind: 'map'; readonly entries: readonly (readonly [string, YamlNode])[]; readonly flow: boolean }
  | { readonly kind: 'alias'; readonly name: string }
  | { readonly kind: 'anchor'; readonly name: string; readonly node: YamlNode }
  | { readonly kind: 'tagged'; readonly tag: string; readonly node: YamlNode };

const scalar = (text: string): YamlNode => ({ kind: 'scalar', text });

/* ------------------------------------------------------------------------------------------ */
/* Rendering                                                                                  */
/* ------------------------------------------------------------------------------------------ */

function isBlock(node: YamlNode): boolean {
  if (node.kind === 'map') return !node.flow && node.entries.length > 0;
  if (node.kind === 'seq') return !node.flow && node.items.length > 0;
  return false;
}

/** The node on one line, in flow style. */
function renderFlow(node: YamlNode): string {
  switch (node.kind) {
    case 'scalar':
      return node.text;
    case 'alias':
      return `*${node.name}`;
    case 'anchor':
      return `&${node.name} ${renderFlow(node.node)}`;
    case 'tagged':
      return `${node.tag} ${renderFlow(node.node)}`;
    case 'seq':
      return `[${node.items.map(renderFlow).join(', ')}]`;
    case 'map':
      return `{${node.entries.map(([key, value]) => `${key}: ${renderFlow(value)}`).join(', ')}}`;
  }
}

/** Lines for a block collection at `indent`; anything else is one flow line. */
function renderBlock(node: YamlNode, indent: number): string[] {
  const pad = ' '.repeat(indent);
  if (node.kind === 'map' && isBlock(node)) {
    return node.entries.flatMap(([key, value]) => valueLines(`${pad}${key}:`, value, indent));
  }
  if (node.kind === 'seq' && isBlock(node)) {
    return node.items.flatMap((item) => valueLines(`${pad}-`, item, indent));
  }
  return [`${pad}${renderFlow(node)}`];
}

/** `head value`, or `head` with the value's block lines below it, indented one step more. */
function valueLines(head: string, value: YamlNode, indent: number): string[] {
  let prefix = '';
  let inner = value;
  while ((inner.kind === 'anchor' || inner.kind === 'tagged') && isBlock(inner.node)) {
    prefix += inner.kind === 'anchor' ? ` &${inner.name}` : ` ${inner.tag}`;
    inner = inner.node;
  }
  if (isBlock(inner)) return [`${head}${prefix}`, ...renderBlock(inner, indent + 2)];
  return [`${head} ${renderFlow(value)}`];
}

/** A document: a block map of top-level entries (keys repeat when the tree says so). */
export function renderDocument(entries: readonly (readonly [string, YamlNode])[], options: { comments?: boolean } = {}): string {
  const lines = entries.flatMap(([key, value], index) => [...(options.comments && index % 2 === 1 ? [`# ${key}`] : []), ...valueLines(`${key}:`, value, 0)]);
  return `${lines.join('\n')}\n`;
}

/* ------------------------------------------------------------------------------------------ */
/* Scalars                                                                                    */
/* ------------------------------------------------------------------------------------------ */

const PLAIN_WORDS = [
  'null', '~', 'true', 'false', 'yes', 'no', 'on', 'off', 'TRUE', 'Null',
  '0', '-0', '0123', '0o17', '0x1F', '1e3', '1_000', '.inf', '-.inf', '.nan', '3.14', '9007199254740993', '1e400',
  '2001-12-14', '2026-03-01T09:00:00Z', '09:00', '12:30:00',
  'SEV-1', 'SEV-9', 'email', 'sms', 'slack', 'webhook', 'events_v2', 'alertmanager', 'grafana', 'high', 'low', 'daily', 'weekly', '12h', '3d',
  '5m', '0m', '1h30m', '-5m', 'UTC', 'Europe/Berlin', 'Mars/Olympus', 'admin', 'responder', 'manager', 'member',
  'user:alice', 'schedule:primary', 'user:', 'alice', 'bob', 'a@b.co', 'not-an-email', 'monday 09:00',
] as const;

/** A scalar as YAML text: plain, double-quoted (JSON escapes are YAML escapes) or single-quoted. */
export function scalarText(options: { long?: boolean } = {}): fc.Arbitrary<string> {
  const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 20 }), fc.constantFrom(...ODD_CHARACTERS), fc.constant('\u0000'), fc.constant(''));
  const arbitraries: fc.Arbitrary<string>[] = [
    fc.constantFrom(...PLAIN_WORDS),
    fc.stringMatching(/^[a-z][a-z0-9._-]{0,15}$/),
    fc.integer().map(String),
    fc.double().map((n) => (Number.isFinite(n) ? String(n) : '.inf')),
    anyText.map((s) => JSON.stringify(s)),
    fc.string({ unit: 'grapheme', maxLength: 20 }).map((s) => `'${s.replaceAll("'", "''")}'`),
  ];
  if (options.long) {
    arbitraries.push(fc.integer({ min: 1_000, max: 200_000 }).map((n) => 'a'.repeat(n)));
    arbitraries.push(fc.tuple(fc.integer({ min: 1, max: 5_000 }), fc.constantFrom(...ODD_CHARACTERS)).map(([n, c]) => JSON.stringify(c.repeat(n))));
  }
  return fc.oneof(...arbitraries);
}

/** Keys for maps: ordinary, quoted, odd, and now and then a collection or an alias as a key. */
export function keyText(known: readonly string[] = []): fc.Arbitrary<string> {
  const arbitraries: fc.Arbitrary<string>[] = [fc.stringMatching(/^[a-z_][a-z0-9_]{0,10}$/), fc.constantFrom('<<', '"quoted key"', "'single'", '"\\u0000"', '"\\ud800"', '? complex', '1', 'null', '"id "', 'ID')];
  if (known.length > 0) arbitraries.unshift(fc.constantFrom(...known), fc.constantFrom(...known));
  return fc.oneof(...arbitraries);
}

const ANCHORS = ['a', 'b', 'c', 'd'] as const;
const TAGS = ['!!str', '!!int', '!!float', '!!bool', '!!null', '!!binary', '!!timestamp', '!!set', '!!omap', '!!map', '!!seq', '!custom', '!<tag:example.com,2000:x>'] as const;

/** Any YAML node, up to `maxDepth` collections deep. */
export function anyNode(maxDepth = 3, keys: readonly string[] = []): fc.Arbitrary<YamlNode> {
  const { node } = fc.letrec<{ node: YamlNode; leaf: YamlNode }>((tie) => ({
    leaf: fc.oneof({ weight: 8, arbitrary: scalarText().map(scalar) }, { weight: 1, arbitrary: fc.constantFrom(...ANCHORS).map((name): YamlNode => ({ kind: 'alias', name })) }),
    node: fc.oneof(
      { depthSize: 'small', maxDepth, withCrossShrink: true },
      { weight: 4, arbitrary: tie('leaf') },
      { weight: 2, arbitrary: fc.record({ kind: fc.constant('seq' as const), items: fc.array(tie('node'), { maxLength: 4 }), flow: fc.boolean() }) },
      { weight: 2, arbitrary: fc.record({ kind: fc.constant('map' as const), entries: fc.array(fc.tuple(keyText(keys), tie('node')), { maxLength: 4 }), flow: fc.boolean() }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('anchor' as const), name: fc.constantFrom(...ANCHORS), node: tie('node') }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('tagged' as const), tag: fc.constantFrom(...TAGS), node: tie('leaf') }) },
    ),
  }));
  return node;
}

/* ------------------------------------------------------------------------------------------ */
/* Schema-shaped trees                                                                        */
/* ------------------------------------------------------------------------------------------ */

/** Values that pass each field format, and near misses, so validation gets past the types. */
const FORMAT_VALUES: Record<string, readonly string[]> = {
  id: ['alice', 'bob', 'platform', 'checkout', 'SEV-1', 'a', 'x'.repeat(63), 'x'.repeat(64), '-lead', 'has space', 'ünï'],
  duration: ['5m', '1h30m', '30s', '0m', '1d', '5', 'five minutes'],
  'non-negative-duration': ['0m', '5m', '-1m'],
  'time-zone': ['UTC', 'Europe/Berlin', 'America/New_York', 'Mars/Olympus', 'utc'],
  email: ['alice@example.test', 'ALICE@example.test', 'a@b', 'not an email'],
  'routing-key': ['0123456789abcdef0123456789abcdef', 'short', 'k'.repeat(255), 'k'.repeat(256), 'has space key'],
  'time-of-day': ['09:00', '23:59', '24:00', '9:00'],
  handoff: ['09:00', 'monday 09:00', 'funday 09:00'],
  rotation: ['daily', 'weekly', '12h', '3d', '0h', 'hourly'],
  'local-start': ['2026-01-05', '2026-01-05T09:00', '2026-02-30'],
  instant: ['2026-03-01T09:00:00Z', '2026-03-01T09:00:00-05:00', '2026-03-01T09:00:00'],
  'escalation-target': ['user:alice', 'schedule:primary', 'team:x', 'user:'],
};

function quoted(text: string): YamlNode {
  return scalar(JSON.stringify(text));
}

/**
 * A node shaped like `schema`, mostly: every field drawn from plausible values, with a share of
 * nodes replaced by anything and of keys left out, repeated or unknown.
 */
export function schemaNode(schema: TSchema, depth = 0): fc.Arbitrary<YamlNode> {
  return fc.oneof({ weight: 6, arbitrary: rightNode(schema, depth) }, { weight: 1, arbitrary: shared().wrong });
}

let sharedArbitraries: { wrong: fc.Arbitrary<YamlNode>; small: fc.Arbitrary<YamlNode> } | undefined;

/** Built once: arbitraries are cheap to draw from and slow to build. */
function shared() {
  sharedArbitraries ??= { wrong: anyNode(2), small: anyNode(1) };
  return sharedArbitraries;
}

function rightNode(schema: TSchema, depth: number): fc.Arbitrary<YamlNode> {
  if (KindGuard.IsObject(schema)) {
    const keys = Object.keys(schema.properties);
    const known = keys.map((key) => schemaNode(schema.properties[key]!, depth + 1).map((value) => [key, value] as const));
    const entry = fc.oneof({ weight: 8, arbitrary: fc.oneof(...known) }, { weight: 1, arbitrary: fc.tuple(keyText(keys), shared().small) });
    return fc.record({ kind: fc.constant('map' as const), entries: fc.array(entry, { maxLength: keys.length + 1 }), flow: fc.boolean() });
  }
  if (KindGuard.IsArray(schema)) {
    return fc.record({ kind: fc.constant('seq' as const), items: fc.array(schemaNode(schema.items, depth + 1), { maxLength: depth === 0 ? 4 : 3 }), flow: fc.boolean() });
  }
  if (KindGuard.IsRecord(schema)) {
    const values = Object.values(schema.patternProperties)[0] as TSchema;
    return fc.record({ kind: fc.constant('map' as const), entries: fc.array(fc.tuple(keyText(), schemaNode(values, depth + 1)), { maxLength: 3 }), flow: fc.boolean() });
  }
  if (KindGuard.IsUnion(schema)) return fc.oneof(...schema.anyOf.map((branch) => rightNode(branch, depth)));
  if (KindGuard.IsLiteral(schema)) return fc.constantFrom(String(schema.const), `${String(schema.const)}s`, String(schema.const).toUpperCase()).map(scalar);
  if (KindGuard.IsString(schema)) {
    const pool = schema.format ? FORMAT_VALUES[schema.format] : undefined;
    return pool ? fc.constantFrom(...pool).map(quoted) : scalarText().map(scalar);
  }
  if (KindGuard.IsInteger(schema) || KindGuard.IsNumber(schema)) return fc.constantFrom('1', '5', '0', '-1', '1.5', '1e3', '3000000000', '0x10').map(scalar);
  if (KindGuard.IsBoolean(schema)) return fc.constantFrom('true', 'false', 'yes', '"true"').map(scalar);
  return shared().small;
}

/** Top-level entries: the known sections (each a list of schema-shaped items), repeats and strangers. */
export function configEntries(): fc.Arbitrary<(readonly [string, YamlNode])[]> {
  const sectionEntry = fc.oneof(
    ...SECTIONS.map((section) =>
      fc
        .record({ items: fc.array(schemaNode(section.item), { maxLength: 3 }), flow: fc.boolean() })
        .map(({ items, flow }) => [section.key, { kind: 'seq', items, flow } as YamlNode] as const),
    ),
  );
  const knownKeys = SECTIONS.map((s) => s.key);
  const stranger = fc.tuple(keyText(knownKeys), anyNode(2));
  return fc.array(fc.oneof({ weight: 5, arbitrary: sectionEntry }, { weight: 1, arbitrary: stranger }), { maxLength: 6 });
}

/**
 * An alias bomb: `levels` anchors, each a list of `fanout` aliases to the one before, so the last
 * stands for fanout^levels scalars. `use` places the last alias where validation will read it.
 */
export function aliasBomb(levels: number, fanout: number, use: string): string {
  const lines = ['x-bomb:', `  - &l0 ${JSON.stringify('lol'.repeat(10))}`];
  for (let level = 1; level <= levels; level++) lines.push(`  - &l${level} [${Array.from({ length: fanout }, () => `*l${level - 1}`).join(', ')}]`);
  return `${lines.join('\n')}\n${use.replaceAll('*BOMB', `*l${levels}`)}\n`;
}

export const BOMB_USES = [
  'users: *BOMB',
  'users:\n  - *BOMB',
  'users:\n  - {id: a, name: *BOMB, email: a@b.co, contact_methods: *BOMB}',
  'teams:\n  - {id: t, name: t, members: *BOMB}',
  'teams:\n  - {id: t, name: t, members: [*BOMB, *BOMB]}',
  'services:\n  - {id: s, name: s, severity_map: {x: *BOMB}, integrations: *BOMB}',
  'services: [*BOMB, *BOMB, *BOMB]',
  'escalation_policies:\n  - {id: p, levels: [{targets: *BOMB, escalate_after: 5m}]}',
  'schedules:\n  - {id: s, time_zone: UTC, layers: [{rotation: daily, start: 2026-01-05, participants: *BOMB}]}',
  'severities: *BOMB',
  '*BOMB : x',
] as const;

/* ------------------------------------------------------------------------------------------ */
/* Valid configurations                                                                       */
/* ------------------------------------------------------------------------------------------ */

export interface ValidConfig {
  readonly users?: Record<string, unknown>[];
  readonly teams?: Record<string, unknown>[];
  readonly services?: Record<string, unknown>[];
}

const configId = fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,20}$/);

/**
 * Free text for names and descriptions. Unpaired surrogates are left out: no database stores one
 * as written, so validation refuses them.
 */
function freeText(): fc.Arbitrary<string> {
  const odd = ODD_CHARACTERS.filter((c) => !/[\ud800-\udfff]/.test(c.replace(/[\ud800-\udbff][\udc00-\udfff]/g, '')));
  return fc
    .tuple(fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ]{0,20}$/), fc.oneof(fc.constant(''), fc.constantFrom(...odd), fc.string({ unit: 'grapheme', maxLength: 10 })))
    .map(([head, tail]) => `${head}${tail}`);
}

const TIME_ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Pacific/Chatham'] as const;
const INTEGRATION_TYPES = ['events_v2', 'events_v1', 'alertmanager', 'grafana', 'webhook'] as const;

/** Users, teams and services with unique, valid ids and every reference resolvable. */
export function validConfig(): fc.Arbitrary<ValidConfig> {
  return fc
    .record({
      userIds: fc.uniqueArray(configId, { maxLength: 5 }),
      teamIds: fc.uniqueArray(configId, { maxLength: 3 }),
      serviceIds: fc.uniqueArray(configId, { maxLength: 3 }),
      keys: fc.uniqueArray(fc.stringMatching(/^[A-Za-z0-9._~-]{8,40}$/), { minLength: 12, maxLength: 12 }),
      seeds: fc.array(
        fc.record({
          name: freeText(),
          description: fc.option(freeText(), { nil: undefined }),
          timeZone: fc.option(fc.constantFrom(...TIME_ZONES), { nil: undefined }),
          role: fc.option(fc.constantFrom('admin', 'responder', 'viewer', 'member', 'manager'), { nil: undefined }),
          flag: fc.boolean(),
          count: fc.nat(4),
          word: fc.constantFrom('critical', 'warning', 'p1', 'page'),
          severity: fc.constantFrom('SEV-1', 'SEV-2', 'SEV-3'),
          type: fc.constantFrom(...INTEGRATION_TYPES),
          limit: fc.option(fc.integer({ min: 1, max: 1_000_000 }), { nil: undefined }),
        }),
        { minLength: 16, maxLength: 16 },
      ),
    })
    .map(({ userIds, teamIds, serviceIds, keys, seeds }) => {
      const seed = (index: number) => seeds[index % seeds.length]!;
      const users = userIds.map((id, index) => {
        const s = seed(index);
        return {
          id,
          name: s.name,
          email: `${id}@example.test`,
          ...(s.timeZone ? { time_zone: s.timeZone } : {}),
          ...(s.role === 'admin' || s.role === 'responder' || s.role === 'viewer' ? { role: s.role } : {}),
          ...(s.flag ? { contact_methods: [{ id: `${id}-mail`, type: 'email', address: `${id}@example.test` }], notification_rules: [{ contact_method: `${id}-mail`, after: '0m' }] } : {}),
        };
      });
      const teams = teamIds.map((id, index) => {
        const s = seed(index + 5);
        const members = userIds.slice(0, s.count).map((user, m) => (m % 2 === 0 ? user : { user, role: s.role === 'manager' ? 'manager' : 'member' }));
        return { id, name: s.name, ...(s.description === undefined ? {} : { description: s.description }), ...(members.length > 0 ? { members } : {}) };
      });
      let nextKey = 0;
      const services = serviceIds.map((id, index) => {
        const s = seed(index + 9);
        const integrations = Array.from({ length: s.count }, (_, i) => {
          const t = seed(index + 9 + i);
          return {
            type: t.type,
            key: keys[nextKey++ % keys.length]!,
            ...(t.description === undefined ? {} : { name: t.description }),
            ...(t.limit === undefined ? {} : { rate_limit_per_minute: t.limit }),
            ...(t.type === 'webhook' && t.flag ? { mapping: { summary: ['alert.title', 'title'], dedup_key: 'alert.id', resolve_when: ['ok'] } } : {}),
          };
        });
        return {
          id,
          name: s.name,
          ...(s.description === undefined ? {} : { description: s.description }),
          ...(teamIds.length > 0 && s.flag ? { team: teamIds[index % teamIds.length] } : {}),
          ...(s.flag ? { severity_map: { [s.word]: s.severity } } : {}),
          ...(s.count === 0 ? { auto_resolve: s.flag } : {}),
          ...(integrations.length > 0 ? { integrations } : {}),
        };
      });
      return {
        ...(users.length > 0 ? { users } : {}),
        ...(teams.length > 0 ? { teams } : {}),
        ...(services.length > 0 ? { services } : {}),
      };
    });
}
