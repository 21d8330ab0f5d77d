import { describe, expect, it } from 'vitest';
import { formatConfigErrors, parseConfig, validateConfig, type ConfigError } from './index.js';
import { yamlDocument } from '../test-support/config.js';

/** The formatted errors of a file, one string per error. */
function errorsOf(text: string, knownIds?: Record<string, string[]>): string[] {
  const outcome = validateConfig(yamlDocument(text), knownIds ? { knownIds } : {});
  return formatConfigErrors(outcome.errors).split('\n').filter(Boolean);
}

const ALICE = `users:
  - id: alice
    name: Alice Liddell
    email: alice@example.com
`;

describe('validateConfig: structure', () => {
  it('accepts an empty file as an empty configuration', () => {
    const outcome = validateConfig(yamlDocument(''));
    expect(outcome.errors).toEqual([]);
    expect(outcome.config?.sections).toEqual({});
  });

  it('refuses an alias to an anchor that does not exist instead of reading it as nothing', () => {
    const errors = errorsOf(['users:', '  - id: *nope', '    name: X', '    email: x@example.com', ''].join('\n'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^vigil\.yaml:2:\d+: the alias \*nope in users\[0\] refers to no anchor — define &nope/);
  });

  it('accepts a file holding only comments', () => {
    expect(validateConfig(yamlDocument('# nothing configured yet\n')).errors).toEqual([]);
  });

  it('points at a misspelt key and suggests the known key it resembles', () => {
    const text = ['users:', '  - id: alice', '    name: Alice', '    emial: alice@example.com', '    email: a@example.com', ''].join('\n');
    expect(errorsOf(text)).toEqual(['vigil.yaml:4:5: unknown key "emial" in users[0] (alice) — did you mean "email"?']);
  });

  it('treats keys that name Object\'s own members as unknown keys, and stores them as data in maps', () => {
    for (const key of ['valueOf', 'constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(errorsOf(`${ALICE}    ${key}: 1\n`)).toEqual([`vigil.yaml:5:5: unknown key "${key}" in users[0] (alice) — allowed keys: id, name, email, time_zone, role, contact_methods, notification_rules`]);
    }
    const outcome = validateConfig(yamlDocument('services:\n  - id: web\n    name: Web\n    severity_map:\n      __proto__: SEV-1\n      constructor: SEV-2\n'));
    expect(outcome.errors).toEqual([]);
    const map = (outcome.config?.sections.services?.[0]?.value as { severity_map?: Record<string, string> }).severity_map!;
    expect(Object.keys(map)).toEqual(['__proto__', 'constructor']);
    expect(JSON.stringify(map)).toBe('{"__proto__":"SEV-1","constructor":"SEV-2"}');
  });

  it('refuses a grouping field that names no alert field, saying which fields there are', () => {
    const text = 'services:\n  - id: web\n    name: Web\n    grouping: { by: [component, labels., hostname] }\n';
    expect(errorsOf(text)).toEqual([
      'vigil.yaml:4:33: "labels." names no label after "labels." in services[0] (web).grouping.by — use summary, source, component, group, class, severity, labels.<name> or details.<path> (custom_details on PagerDuty)',
      'vigil.yaml:4:42: "hostname" is not an alert field in services[0] (web).grouping.by — use summary, source, component, group, class, severity, labels.<name> or details.<path> (custom_details on PagerDuty)',
    ]);
    expect(errorsOf('services:\n  - id: web\n    name: Web\n    grouping: { by: [] }\n')).toHaveLength(1);
  });

  it('lists the allowed keys when an unknown key resembles none of them', () => {
    expect(errorsOf(`${ALICE}    pager: "555-0100"\n`)).toEqual([
      'vigil.yaml:5:5: unknown key "pager" in users[0] (alice) — allowed keys: id, name, email, time_zone, role, contact_methods, notification_rules',
    ]);
  });

  it('rejects an unknown top-level section and suggests the nearest one', () => {
    expect(errorsOf('user:\n  - { id: a }\n')).toEqual([
      'vigil.yaml:1:1: unknown key "user" at the top level — did you mean "users"?',
    ]);
  });

  it('says what type was expected and what was found', () => {
    const text = 'teams:\n  - id: platform\n    name: [Platform]\n';
    expect(errorsOf(text)).toEqual(['vigil.yaml:3:11: invalid name in teams[0] (platform): expected a string, got a list']);
  });

  it('suggests quoting a number written where text is expected', () => {
    expect(errorsOf('teams:\n  - { id: 0042, name: Night shift }\n')).toEqual([
      'vigil.yaml:2:11: invalid id in teams[0] (42): expected a valid id, got the number 0042 — quote it to keep it text: "0042"',
    ]);
  });

  it('names a missing required key at the item that lacks it', () => {
    expect(errorsOf('users:\n  - id: bob\n    name: Bob\n')).toEqual(['vigil.yaml:2:5: missing required key "email" in users[0] (bob)']);
  });

  it('treats a key with no value as missing when it is required', () => {
    expect(errorsOf('users:\n  - id: bob\n    name: Bob\n    email:\n')).toEqual([
      'vigil.yaml:4:5: missing required key "email" in users[0] (bob)',
    ]);
  });

  it('treats an optional key with no value as not set', () => {
    expect(errorsOf('teams:\n  - id: platform\n    name: Platform\n    description:\n')).toEqual([]);
  });

  it('rejects a duration without a unit and explains how to write one', () => {
    const text = 'severities:\n  - { id: SEV-1, name: Critical, respond_within: 15, urgency: high }\n';
    expect(errorsOf(text)).toEqual([
      'vigil.yaml:2:50: invalid respond_within in severities[0] (SEV-1): expected a positive duration, got the number 15 — quote it to keep it text: "15"',
    ]);
  });

  it('rejects a duration written in words with the duration hint', () => {
    const text = 'severities:\n  - id: SEV-1\n    name: Critical\n    respond_within: 15m\n    update_every: 15 minutes\n    urgency: high\n';
    expect(errorsOf(text)).toEqual([
      'vigil.yaml:5:19: invalid update_every in severities[0] (SEV-1): "15 minutes" is not a positive duration — write durations as a whole number with a unit: 30s, 5m, 1h, 1d (or combined, e.g. 1h30m)',
    ]);
  });

  it('rejects a time zone that is not in the IANA database', () => {
    expect(errorsOf(`${ALICE}    time_zone: Europe/Atlantis\n`)).toEqual([
      'vigil.yaml:5:16: invalid time_zone in users[0] (alice): "Europe/Atlantis" is not an IANA time zone — use a tz database name such as "America/New_York", "Europe/Berlin" or "UTC"',
    ]);
  });

  it('lists the allowed values of a choice and suggests the close one', () => {
    expect(errorsOf(`${ALICE}    role: admn\n`)).toEqual([
      'vigil.yaml:5:11: invalid role in users[0] (alice): expected one of admin, responder, viewer, got "admn" — did you mean "admin"?',
    ]);
  });

  it('rejects a malformed email address', () => {
    expect(errorsOf('users:\n  - { id: a, name: A, email: alice.example.com }\n')).toEqual([
      'vigil.yaml:2:30: invalid email in users[0] (a): "alice.example.com" is not an email address',
    ]);
  });

  it('rejects a routing key that is too short without printing it', () => {
    const text = 'services:\n  - id: web\n    name: Web\n    integrations:\n      - { type: webhook, key: s3cret }\n';
    expect(errorsOf(text)).toEqual([
      'vigil.yaml:5:31: invalid key in services[0] (web).integrations[0]: the value is not a valid routing key — keys are 8–255 characters of A-Z a-z 0-9 . _ ~ -; 32 random hex characters (openssl rand -hex 16) is a good choice',
    ]);
  });

  it('rejects an empty severities list, which would leave incidents without a severity', () => {
    expect(errorsOf('severities: []\n')).toEqual(['vigil.yaml:1:13: invalid severities: expected at least 1 item, got 0']);
  });

  it('rejects a document that is a list instead of a map', () => {
    expect(errorsOf('- alice\n')).toEqual([
      'vigil.yaml:1:1: invalid document: expected a map with keys severities, users, teams, schedules, escalation_policies, services, heartbeats, runbooks, incident_roles, maintenance_windows, got a list',
    ]);
  });

  it('rejects a section written as a map instead of a list', () => {
    expect(errorsOf('users:\n  alice: { name: Alice }\n')).toEqual(['vigil.yaml:2:3: invalid users: expected a list, got a map']);
  });

  it('follows YAML aliases to the value they name', () => {
    const text = 'users:\n  - { id: alice, name: Alice, email: alice@example.com, time_zone: &tz Europe/Paris }\n  - { id: bob, name: Bob, email: bob@example.com, time_zone: *tz }\n';
    const outcome = validateConfig(yamlDocument(text));
    expect(outcome.errors).toEqual([]);
    expect(outcome.config?.sections.users?.[1]?.value.time_zone).toBe('Europe/Paris');
  });
});

describe('validateConfig: meaning', () => {
  it('reports a duplicate id at the second definition and names the line of the first', () => {
    const text = `${ALICE}  - id: alice\n    name: Alice Again\n    email: other@example.com\n`;
    expect(errorsOf(text)).toEqual(['vigil.yaml:5:9: duplicate id "alice" in users[1]: first defined at line 2']);
  });

  it('reports a team member who is not defined and says where to define them', () => {
    const text = `${ALICE}teams:\n  - { id: platform, name: Platform, members: [alice, bob] }\n`;
    expect(errorsOf(text)).toEqual([
      'vigil.yaml:6:54: unknown user "bob" in teams[0] (platform).members[1] — define user "bob" under users:',
    ]);
  });

  it('points at the user key of a member written as a map', () => {
    const text = `${ALICE}teams:\n  - id: platform\n    name: Platform\n    members:\n      - { user: carol, role: manager }\n`;
    expect(errorsOf(text)).toEqual([
      'vigil.yaml:9:17: unknown user "carol" in teams[0] (platform).members[0] — define user "carol" under users:',
    ]);
  });

  it('suggests the user a mistyped id was meant to be, wherever a user is referenced, from the file or the database', () => {
    const text = [
      ALICE.trimEnd(),
      'teams:',
      '  - { id: platform, name: Platform, members: [alcie] }',
      'schedules:',
      '  - id: primary',
      '    name: Primary',
      '    time_zone: UTC',
      '    layers: [{ rotation: weekly, start: 2026-01-05, participants: [alice, bobb] }]',
      '    overrides: [{ user: alcie, from: "2026-03-01T00:00:00Z", to: "2026-03-02T00:00:00Z" }]',
      'escalation_policies:',
      '  - { id: p, name: P, levels: [{ targets: ["user:alcie", "user:zed"], escalate_after: 5m }] }',
      '',
    ].join('\n');
    expect(errorsOf(text, { users: ['bob'] }).map((e) => e.replace(/^vigil\.yaml:\d+:\d+: /, ''))).toEqual([
      'unknown user "alcie" in teams[0] (platform).members[0] — did you mean "alice"?',
      'unknown user "bobb" in schedules[0] (primary).layers[0].participants[1] — did you mean "bob"?',
      'unknown user "alcie" in schedules[0] (primary).overrides[0] — did you mean "alice"?',
      'unknown user "alcie" in escalation_policies[0] (p).levels[0].targets[0] — did you mean "alice"?',
      'unknown user "zed" in escalation_policies[0] (p).levels[0].targets[1] — define user "zed" under users:',
    ]);
  });

  it('accepts references to ids the database already has', () => {
    const text = 'teams:\n  - { id: platform, name: Platform, members: [bob] }\nservices:\n  - { id: web, name: Web, team: infra }\n';
    expect(errorsOf(text, { users: ['bob'], teams: ['infra'] })).toEqual([]);
  });

  it('reports a service whose team is not defined', () => {
    expect(errorsOf('services:\n  - { id: web, name: Web, team: infra }\n')).toEqual([
      'vigil.yaml:2:33: unknown team "infra" in services[0] (web) — define team "infra" under teams:',
    ]);
  });

  it('reports a member listed twice in one team', () => {
    const text = `${ALICE}teams:\n  - id: platform\n    name: Platform\n    members:\n      - alice\n      - { user: alice, role: manager }\n`;
    expect(errorsOf(text)).toEqual([
      'vigil.yaml:10:17: duplicate member "alice" in teams[0] (platform).members[1]: first listed as members[0] at line 9',
    ]);
  });

  it('reports a routing key used by two services without printing it', () => {
    const text = [
      'services:',
      '  - id: web',
      '    name: Web',
      '    integrations: [{ type: events_v2, key: 0123456789abcdef0123456789abcdef }]',
      '  - id: api',
      '    name: API',
      '    integrations:',
      '      - { type: alertmanager, key: am-api-key-1 }',
      '      - { type: events_v2, key: 0123456789abcdef0123456789abcdef }',
      '',
    ].join('\n');
    expect(errorsOf(text)).toEqual([
      'vigil.yaml:9:33: duplicate integration key in services[1] (api).integrations[1]: first used at line 4 by services[0] (web).integrations[0] — routing keys are unique across all services',
    ]);
  });

  it('reports two users sharing an email address, whatever its case', () => {
    const text = `${ALICE}  - { id: alice2, name: Alice L., email: Alice@Example.com }\n`;
    expect(errorsOf(text)).toEqual([
      'vigil.yaml:5:42: duplicate email "Alice@Example.com" in users[1] (alice2): first used at line 4 by users[0] (alice)',
    ]);
  });

  it('keeps an item with a mistake defined, so references to it are not errors too', () => {
    const text = 'users:\n  - { id: bob, name: Bob, email: bob@example.com, role: boss }\nteams:\n  - { id: t, name: T, members: [bob] }\n';
    expect(errorsOf(text)).toEqual([
      'vigil.yaml:2:57: invalid role in users[0] (bob): expected one of admin, responder, viewer, got "boss"',
    ]);
  });

  it('collects every error in the file, in file order', () => {
    const text = [
      'users:',
      '  - { id: alice, name: Alice, emial: a@example.com }',
      '  - { id: bob, name: Bob, email: b@example.com, time_zone: Mars/Olympus }',
      'teams:',
      '  - { id: platform, name: Platform, members: [carol] }',
      'services:',
      '  - { id: web, name: Web, team: ops, extra: 1 }',
      '',
    ].join('\n');
    const messages = validateConfig(yamlDocument(text)).errors.map((e: ConfigError) => [e.line, e.column, e.message]);
    expect(messages).toEqual([
      [2, 5, 'missing required key "email" in users[0] (alice)'],
      [2, 31, 'unknown key "emial" in users[0] (alice)'],
      [3, 60, 'invalid time_zone in users[1] (bob): "Mars/Olympus" is not an IANA time zone'],
      [5, 47, 'unknown user "carol" in teams[0] (platform).members[0]'],
      [7, 33, 'unknown team "ops" in services[0] (web)'],
      [7, 38, 'unknown key "extra" in services[0] (web)'],
    ]);
  });
});

describe('unpaired UTF-16 surrogates', () => {
  it('refuses one in a text field or a map key at its position, and accepts a pair', () => {
    const text = [
      'teams:',
      '  - id: a',
      '    name: "A\\udfff"',
      'services:',
      '  - id: s',
      '    name: S',
      '    severity_map: { "warn\\ud800": SEV-2 }',
      '    description: "smile \\ud83d\\ude00"',
    ].join('\n');
    const { errors } = validateConfig(parseConfig(text).document!);
    expect(errors.map((e) => [e.line, e.column, e.message])).toEqual([
      [3, 11, 'invalid name in teams[0] (a): contains an unpaired UTF-16 surrogate (\\udfff), which cannot be stored as text'],
      [7, 21, 'the key "warn\\ud800" in services[0] (s).severity_map contains an unpaired UTF-16 surrogate (\\ud800), which cannot be stored as text'],
    ]);
  });
});

describe('parseConfig', () => {
  it('turns a YAML syntax error into a positioned error', () => {
    const { document, errors } = parseConfig('users:\n  - id: alice\n   name: Alice\n');
    expect(document).toBeUndefined();
    expect(formatConfigErrors(errors)).toBe(
      'vigil.yaml:3:1: YAML syntax error: Sequence item without - indicator — check the indentation: line 3 starts at column 4, the key on line 2 at column 5; keys of one mapping, and a list item\'s keys after its "- ", must start in the same column (spaces only)',
    );
  });

  it.each([
    ['a list item\'s key indented one space too few', 'users:\n  - id: alice\n   name: Alice\n', 'line 3 starts at column 4, the key on line 2 at column 5'],
    ['a list item\'s key indented one space too many', 'users:\n  - id: alice\n     name: Alice\n', 'line 3 starts at column 6, the key on line 2 at column 5'],
    ['a mapping key out of line', 'teams:\n  - id: ops\n    name: Ops\n    members:\n      - alice\n  description: x\n', 'line 6'],
    ['a nested mapping key out of line', 'a:\n  b: 1\n c: 2\n', 'line 3 starts at column 2, the key on line 2 at column 3'],
    ['a tab', 'users:\n\t- id: alice\n', 'line 2 is indented with a tab; YAML indents with spaces only'],
  ])('points at the indentation, with its line and column, for %s', (_what, text, hint) => {
    const { document, errors } = parseConfig(text);
    expect(document).toBeUndefined();
    expect(errors.map((e) => e.hint)).toContainEqual(expect.stringContaining(hint));
  });

  it('gives no indentation hint for a syntax error that has nothing to do with indentation', () => {
    for (const text of ['users: [alice\n', 'a: "x\n', 'a: b: c\n', 'a: 1\na: 2\n']) {
      const { errors } = parseConfig(text);
      expect(errors.length, text).toBeGreaterThan(0);
      expect(errors.filter((e) => e.hint !== undefined && e.hint.includes('indentation')), text).toEqual([]);
    }
  });

  it('positions a syntax error after a broken multi-line token on its own line, within it', () => {
    // The yaml library's LineCounter misses the newline inside `users\n  <<` and `b\n  c`, which
    // put the error at line 1, column 15 of a 10-character line.
    for (const [text, line, column] of [
      ['"\u200b"}users\n  <<: ', 2, 5],
      ['"a"]b\n  c:', 2, 4],
    ] as const) {
      const { document, errors } = parseConfig(text);
      expect(document).toBeUndefined();
      const lines = text.split('\n');
      for (const error of errors) expect(error.column, JSON.stringify(error)).toBeLessThanOrEqual(lines[error.line - 1]!.length + 1);
      expect(errors, text).toContainEqual(expect.objectContaining({ line, column, message: expect.stringContaining('map-value-ind') }));
    }
  });

  it('reports a key written twice in one map', () => {
    const { errors } = parseConfig('users:\n  - { id: a, id: b }\n', 'team.yaml');
    expect(formatConfigErrors(errors)).toBe('team.yaml:2:14: YAML syntax error: Map keys must be unique');
  });
});

describe('formatConfigErrors', () => {
  it('writes one line per error, sorted by position, with the hint after a dash', () => {
    const errors: ConfigError[] = [
      { file: 'vigil.yaml', line: 9, column: 3, message: 'second' },
      { file: 'vigil.yaml', line: 2, column: 7, message: 'first', hint: 'fix it' },
    ];
    expect(formatConfigErrors(errors)).toBe('vigil.yaml:2:7: first — fix it\nvigil.yaml:9:3: second');
  });
});
