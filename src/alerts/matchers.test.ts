import { describe, expect, it } from 'vitest';
import { compileMatchers, compilePattern, matchesAll, matcherFieldValue, matcherProblems, MAX_MATCHED_VALUE_BYTES, type MatchableAlert, type Matcher } from './matchers.js';

const alert = (overrides: Partial<MatchableAlert> = {}): MatchableAlert => ({
  dedupKey: 'db-pool-exhausted',
  summary: 'Connection pool exhausted on db-1',
  source: 'prometheus',
  component: null,
  group: null,
  class: 'database',
  severityHints: ['critical', 'error'],
  labels: { alertname: 'PostgresConnections', instance: 'db-1', env: '' },
  details: { cluster: 'prod-eu', region: { zone: 'eu-1b' }, replicas: 3, primary: true, hosts: ['a', 'b'], nothing: null },
  ...overrides,
});

const holds = (matcher: Matcher, subject: MatchableAlert = alert()) => matchesAll(compileMatchers([matcher]), subject);

describe('matcher field values', () => {
  it('reads grouping fields, labels, detail paths and the dedup key', () => {
    const a = alert();
    expect(matcherFieldValue(a, 'source')).toBe('prometheus');
    expect(matcherFieldValue(a, 'class')).toBe('database');
    expect(matcherFieldValue(a, 'severity')).toBe('critical');
    expect(matcherFieldValue(a, 'labels.alertname')).toBe('PostgresConnections');
    expect(matcherFieldValue(a, 'details.cluster')).toBe('prod-eu');
    expect(matcherFieldValue(a, 'details.region.zone')).toBe('eu-1b');
    expect(matcherFieldValue(a, 'dedup_key')).toBe('db-pool-exhausted');
  });

  it('reads numbers, booleans and objects as JSON text', () => {
    expect(matcherFieldValue(alert(), 'details.replicas')).toBe('3');
    expect(matcherFieldValue(alert(), 'details.primary')).toBe('true');
    expect(matcherFieldValue(alert(), 'details.region')).toBe('{"zone":"eu-1b"}');
  });

  it('reads a missing field, a null, an array or a path through an array as ""', () => {
    for (const field of ['component', 'labels.team', 'details.absent', 'details.nothing', 'details.hosts', 'details.hosts.0', 'details.cluster.name']) {
      expect(matcherFieldValue(alert(), field), field).toBe('');
    }
  });

  it('takes everything after labels. as the label name, dots and UTF-8 included', () => {
    const a = alert({ labels: { 'app.kubernetes.io/name': 'api', 'équipe': 'base' } });
    expect(matcherFieldValue(a, 'labels.app.kubernetes.io/name')).toBe('api');
    expect(matcherFieldValue(a, 'labels.équipe')).toBe('base');
  });

  it('does not read inherited properties as labels', () => {
    expect(matcherFieldValue(alert(), 'labels.constructor')).toBe('');
    expect(matcherFieldValue(alert(), 'details.toString')).toBe('');
  });
});

describe('equality matchers', () => {
  it('compare exactly: case, spaces and Unicode normalisation all count', () => {
    expect(holds({ field: 'labels.instance', op: '=', value: 'db-1' })).toBe(true);
    expect(holds({ field: 'labels.instance', op: '=', value: 'DB-1' })).toBe(false);
    expect(holds({ field: 'labels.instance', op: '=', value: 'db-1 ' })).toBe(false);
    const nfc = alert({ labels: { city: 'caf\u00e9' } });
    expect(holds({ field: 'labels.city', op: '=', value: 'caf\u00e9' }, nfc)).toBe(true);
    expect(holds({ field: 'labels.city', op: '=', value: 'cafe\u0301' }, nfc)).toBe(false);
  });

  it('treat a missing field as "": x="" matches absent or empty, x!="" means present and non-empty', () => {
    expect(holds({ field: 'labels.team', op: '=', value: '' })).toBe(true);
    expect(holds({ field: 'labels.env', op: '=', value: '' })).toBe(true);
    expect(holds({ field: 'labels.team', op: '!=', value: '' })).toBe(false);
    expect(holds({ field: 'labels.instance', op: '!=', value: '' })).toBe(true);
    expect(holds({ field: 'labels.instance', op: '!=', value: 'db-2' })).toBe(true);
  });
});

describe('regular expression matchers', () => {
  it('are anchored at both ends', () => {
    expect(holds({ field: 'labels.instance', op: '=~', value: 'db' })).toBe(false);
    expect(holds({ field: 'labels.instance', op: '=~', value: 'db-.*' })).toBe(true);
    expect(holds({ field: 'labels.instance', op: '=~', value: 'db-1|web-1' })).toBe(true);
    // Alternation stays inside the anchors: "x|db" must not match "db-1" by its prefix.
    expect(holds({ field: 'labels.instance', op: '=~', value: 'x|db' })).toBe(false);
  });

  it('match every alert without the field with !~ on a pattern that needs text', () => {
    expect(holds({ field: 'labels.team', op: '!~', value: 'a.+' })).toBe(true);
    expect(holds({ field: 'labels.team', op: '=~', value: '.*' })).toBe(true);
    expect(holds({ field: 'labels.instance', op: '!~', value: 'db-[0-9]' })).toBe(false);
  });

  it('are case-sensitive unless (?i) leads, and . skips newlines unless (?s)', () => {
    expect(holds({ field: 'labels.alertname', op: '=~', value: 'postgres.*' })).toBe(false);
    expect(holds({ field: 'labels.alertname', op: '=~', value: '(?i)postgres.*' })).toBe(true);
    const multiline = alert({ summary: 'line one\nline two' });
    expect(holds({ field: 'summary', op: '=~', value: 'line.*' }, multiline)).toBe(false);
    expect(holds({ field: 'summary', op: '=~', value: '(?s)line.*' }, multiline)).toBe(true);
    expect(holds({ field: 'summary', op: '=~', value: '(?is)LINE.*TWO' }, multiline)).toBe(true);
  });

  it('take inline flags anywhere, as RE2 does', () => {
    expect(holds({ field: 'labels.alertname', op: '=~', value: 'Postgres(?i)CONNECTIONS' })).toBe(true);
    expect(holds({ field: 'labels.alertname', op: '=~', value: 'POSTGRES(?i)connections' })).toBe(false);
  });

  it('run in linear time: a pattern that backtracks exponentially elsewhere answers at once', () => {
    const evil = alert({ summary: `${'a'.repeat(40)}c` });
    const started = performance.now();
    expect(holds({ field: 'summary', op: '=~', value: '(a+)+b' }, evil)).toBe(false);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('work on code points: . is one emoji', () => {
    const emoji = alert({ labels: { mood: '\u{1F525}' } });
    expect(holds({ field: 'labels.mood', op: '=~', value: '.' }, emoji)).toBe(true);
    expect(holds({ field: 'labels.mood', op: '=~', value: '..' }, emoji)).toBe(false);
  });

  it('never test a value over 16 KiB: =~ fails and !~ holds', () => {
    const big = alert({ summary: 'x'.repeat(MAX_MATCHED_VALUE_BYTES + 1) });
    expect(holds({ field: 'summary', op: '=~', value: 'x*' }, big)).toBe(false);
    expect(holds({ field: 'summary', op: '!~', value: 'x*' }, big)).toBe(true);
    const edge = alert({ summary: 'x'.repeat(MAX_MATCHED_VALUE_BYTES) });
    expect(holds({ field: 'summary', op: '=~', value: 'x*' }, edge)).toBe(true);
    // Counted in UTF-8 bytes: 6,000 three-byte characters are 18,000 bytes.
    const wide = alert({ summary: '\u20ac'.repeat(6_000) });
    expect(holds({ field: 'summary', op: '=~', value: '.*' }, wide)).toBe(false);
  });
});

describe('matcher lists', () => {
  it('hold only when every matcher holds, and an empty list holds for every alert', () => {
    const both = compileMatchers([{ field: 'labels.alertname', op: '=', value: 'PostgresConnections' }, { field: 'details.cluster', op: '=~', value: 'prod-.*' }]);
    expect(matchesAll(both, alert())).toBe(true);
    expect(matchesAll(both, alert({ details: { cluster: 'staging' } }))).toBe(false);
    expect(matchesAll([], alert())).toBe(true);
  });
});

describe('matcher checks', () => {
  it('accept valid lists', () => {
    expect(matcherProblems([{ field: 'labels.alertname', op: '=~', value: '(?i)db.*' }, { field: 'dedup_key', op: '!=', value: '' }])).toEqual([]);
  });

  it('name unknown fields with the fields that exist', () => {
    expect(matcherProblems([{ field: 'hostname', op: '=', value: 'x' }])).toEqual([
      { path: [0, 'field'], message: '"hostname" is not an alert field', hint: expect.stringContaining('dedup_key') },
    ]);
    expect(matcherProblems([{ field: 'labels.', op: '=', value: 'x' }])[0]?.message).toBe('"labels." names no label after "labels."');
  });

  it('refuse patterns that do not compile, saying why', () => {
    const [problem] = matcherProblems([{ field: 'summary', op: '=', value: '(' }, { field: 'summary', op: '=~', value: 'db-(1|2' }]);
    expect(problem).toEqual({ path: [1, 'value'], message: 'the regular expression does not compile: missing closing )' });
  });

  it('refuse what RE2 lacks: backreferences and lookaround, with their position', () => {
    expect(compilePattern('(a)\\1')).toEqual({ ok: false, message: expect.stringContaining('"\\1" at character 4') });
    expect(compilePattern('db(?=-1)')).toEqual({ ok: false, message: expect.stringContaining('lookaround') });
    expect(compilePattern('(?i)db(?<!x)')).toEqual({ ok: false, message: expect.stringContaining('"(?<!" at character 7') });
    // RE2 takes inline flags anywhere, as Alertmanager does.
    expect(compilePattern('db(?i)x').ok).toBe(true);
    expect(compilePattern('(?:db|web)-[0-9]+').ok).toBe(true);
  });

  it('limit lists to 20 matchers and patterns to 1,000 characters', () => {
    const many = Array.from({ length: 21 }, () => ({ field: 'source', op: '=' as const, value: 'x' }));
    expect(matcherProblems(many)[0]).toMatchObject({ path: [], message: '21 matchers; at most 20 are allowed' });
    expect(matcherProblems([{ field: 'source', op: '=~', value: 'a'.repeat(1_001) }])[0]?.message).toBe('the regular expression is 1001 characters long; at most 1000 are allowed');
    expect(matcherProblems([{ field: 'source', op: '=~', value: 'a'.repeat(1_000) }])).toEqual([]);
    // The length limit is for patterns: an exact value may be longer.
    expect(matcherProblems([{ field: 'source', op: '=', value: 'a'.repeat(5_000) }])).toEqual([]);
  });
});
