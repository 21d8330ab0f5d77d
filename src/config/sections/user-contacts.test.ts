import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../../core/clock.js';
import { OutboundPolicy } from '../../core/outbound.js';
import { exportConfig, formatConfigErrors, validateConfig } from '../index.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../test-support/databases.js';
import { applyYaml, yamlDocument } from '../../test-support/config.js';
import { TEST_OUTBOUND } from '../../test-support/outbound.js';

const ALICE = `users:
  - id: alice
    name: Alice
    email: alice@example.com
`;

function errorsOf(text: string): string[] {
  return formatConfigErrors(validateConfig(yamlDocument(text), { outbound: TEST_OUTBOUND }).errors).split('\n').filter(Boolean);
}

describe('contact methods and notification rules: validation', () => {
  it('accepts every channel with an address of its form, rules from 0m and an urgency', () => {
    const text = `${ALICE}    contact_methods:
      - { id: a-mail, type: email, address: alice@example.com, name: work }
      - { id: a-sms, type: sms, address: "+15555550100" }
      - { id: a-voice, type: voice, address: "+442079460000" }
      - { id: a-slack, type: slack, address: U024BE7LH }
      - { id: a-teams, type: teams, address: "https://example.webhook.office.com/x" }
      - { id: a-hook, type: webhook, address: "http://127.0.0.1:9999/pages" }
      - { id: a-ntfy, type: ntfy, address: "https://ntfy.sh/alice" }
    notification_rules:
      - { contact_method: a-sms, after: 0m }
      - { contact_method: a-voice, after: 0s, urgency: high }
      - { contact_method: a-mail, after: 1h30m, urgency: low }
`;
    expect(errorsOf(text)).toEqual([]);
  });

  it('points at addresses not in the form their type needs, and says how to write them', () => {
    const text = `${ALICE}    contact_methods:
      - { id: a-sms, type: sms, address: "555-0100" }
      - { id: a-mail, type: email, address: alice }
      - { id: a-slack, type: slack, address: "#general" }
      - { id: a-hook, type: webhook, address: "ftp://example.com" }
`;
    expect(errorsOf(text)).toEqual([
      'vigil.yaml:6:42: invalid address in users[0] (alice).contact_methods[0] (a-sms): "555-0100" is not an E.164 phone number — write "+", the country code and the number, digits only, e.g. "+15555550100"',
      'vigil.yaml:7:45: invalid address in users[0] (alice).contact_methods[1] (a-mail): "alice" is not an email address — e.g. alice@example.com',
      'vigil.yaml:8:46: invalid address in users[0] (alice).contact_methods[2] (a-slack): "#general" is not a Slack member or channel id — copy the member id from the person\'s Slack profile (⋮ → Copy member ID), e.g. U024BE7LH',
      'vigil.yaml:9:47: invalid address in users[0] (alice).contact_methods[3] (a-hook): "ftp://example.com" is not an http(s) URL — e.g. https://ops.example.com/vigil',
    ]);
  });

  it('refuses addresses on private networks unless VIGIL_OUTBOUND_ALLOW lists them, saying which range and how', () => {
    const text = `${ALICE}    contact_methods:
      - { id: a-hook, type: webhook, address: "http://10.1.2.3/pages" }
      - { id: a-teams, type: teams, address: "https://169.254.169.254/x" }
      - { id: a-ntfy, type: ntfy, address: "http://localhost:8080/alice" }
      - { id: a-mail, type: email, address: alice@example.com }
teams:
  - id: ops
    name: Ops
    members: [alice]
    notify:
      - { type: slack, address: "https://[fd00::1]/services/T/B/x" }
`;
    const errors = (outbound: OutboundPolicy) => formatConfigErrors(validateConfig(yamlDocument(text), { outbound }).errors).split('\n').filter(Boolean);
    const hint = (add: string) => `Vigil calls private and reserved addresses only when VIGIL_OUTBOUND_ALLOW lists them: add ${add}, or its network`;
    expect(errors(OutboundPolicy.strict())).toEqual([
      `vigil.yaml:6:47: address not allowed in users[0] (alice).contact_methods[0] (a-hook): 10.1.2.3 is a private address (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16) — ${hint('10.1.2.3')}`,
      `vigil.yaml:7:46: address not allowed in users[0] (alice).contact_methods[1] (a-teams): 169.254.169.254 is a link-local address (169.254.0.0/16, fe80::/10; cloud metadata services live here) — ${hint('169.254.169.254')}`,
      `vigil.yaml:8:44: address not allowed in users[0] (alice).contact_methods[2] (a-ntfy): localhost (127.0.0.1) is a loopback address (127.0.0.0/8, ::1) — ${hint('127.0.0.1 or localhost')}`,
      `vigil.yaml:15:33: address not allowed in teams[0] (ops).notify[0]: fd00::1 is a unique-local IPv6 address (fc00::/7) — ${hint('fd00::1')}`,
    ]);
    expect(errors(OutboundPolicy.parse('10.0.0.0/8,169.254.169.254,localhost,fd00::/8').policy)).toEqual([]);
  });

  it('makes a refused address a warning, not an error, where the server\'s allow-list is not known', () => {
    const text = `${ALICE}    contact_methods:
      - { id: a-hook, type: webhook, address: "http://127.0.0.1:9099/alice" }
      - { id: a-mail, type: email, address: "not an address" }
`;
    const outcome = validateConfig(yamlDocument(text), { refusedDestinations: 'warning' });
    expect(formatConfigErrors(outcome.warnings)).toMatch(/^vigil\.yaml:6:47: address not allowed in users\[0\] \(alice\)\.contact_methods\[0\] \(a-hook\): 127\.0\.0\.1 is a loopback address/);
    // Only the refusal softens: a malformed address is still an error.
    expect(formatConfigErrors(outcome.errors)).toMatch(/vigil\.yaml:7:\d+: invalid address in users\[0\] \(alice\)\.contact_methods\[1\] \(a-mail\)/);
    const fine = validateConfig(yamlDocument(`${ALICE}    contact_methods:\n      - { id: a-hook, type: webhook, address: "http://127.0.0.1:9099/alice" }\n`), { refusedDestinations: 'warning' });
    expect(fine.config).toBeDefined();
    expect(fine.warnings).toHaveLength(1);
  });

  it('suggests quoting a phone number YAML reads as a number, and names the channels for an unknown type', () => {
    const text = `${ALICE}    contact_methods:
      - { id: a-sms, type: sms, address: +15555550100 }
      - { id: a-pager, type: pagr, address: x }
`;
    expect(errorsOf(text)).toEqual([
      'vigil.yaml:6:42: invalid address in users[0] (alice).contact_methods[0] (a-sms): expected a string, got the number +15555550100 — quote it to keep it text: "+15555550100"',
      'vigil.yaml:7:30: invalid type in users[0] (alice).contact_methods[1] (a-pager): expected one of email, sms, voice, slack, teams, webhook, ntfy, push, got "pagr"',
    ]);
  });

  it('refuses a contact method id used twice across users and an id of the form the API gives', () => {
    const text = `${ALICE}    contact_methods:
      - { id: shared, type: email, address: alice@example.com }
  - id: bob
    name: Bob
    email: bob@example.com
    contact_methods:
      - { id: shared, type: email, address: bob@example.com }
      - { id: cm_0123456789abcdef0123456789abcdef, type: email, address: bob@example.com }
`;
    expect(errorsOf(text)).toEqual([
      'vigil.yaml:11:15: duplicate contact method id "shared" in users[1] (bob).contact_methods[0] (shared): first defined at line 6 in users[0] (alice).contact_methods[0] (shared) — contact method ids are unique across all users',
      'vigil.yaml:12:15: invalid id in users[1] (bob).contact_methods[1] (cm_0123456789abcdef0123456789abcdef): ids of the form cm_<32 hex digits> belong to contact methods added through the API — choose a name of your own, e.g. bob-email',
    ]);
  });

  it('refuses rules on a method the user does not have, another user\'s method, a negative delay and an unknown urgency', () => {
    const text = `${ALICE}    contact_methods:
      - { id: alice-mail, type: email, address: alice@example.com }
    notification_rules:
      - { contact_method: alice-mial, after: 0m }
      - { contact_method: bob-mail, after: 5m }
  - id: bob
    name: Bob
    email: bob@example.com
    contact_methods:
      - { id: bob-mail, type: email, address: bob@example.com }
`;
    expect(errorsOf(text)).toEqual([
      'vigil.yaml:8:27: unknown contact method "alice-mial" in users[0] (alice).notification_rules[0] — did you mean "alice-mail"?',
      'vigil.yaml:9:27: contact method "bob-mail" in users[0] (alice).notification_rules[1] belongs to user "bob" — a rule uses one of the user\'s own contact methods: "alice-mail"',
    ]);
    const bad = text.replace('alice-mial, after: 0m', 'alice-mail, after: -5m, urgency: urgent').replace('bob-mail, after: 5m', 'alice-mail, after: 5m');
    expect(errorsOf(bad)).toEqual([
      'vigil.yaml:8:46: invalid after in users[0] (alice).notification_rules[0]: "-5m" is not a duration — write durations as a whole number with a unit: 30s, 5m, 1h, 1d (or combined, e.g. 1h30m); 0m means at once',
      'vigil.yaml:8:60: invalid urgency in users[0] (alice).notification_rules[0]: expected one of high, low, got "urgent"',
    ]);
  });

  it('refuses push in the file: a subscription is made by a person\'s browser, never written for a team', () => {
    const text = `${ALICE}    contact_methods:
      - { id: a-push, type: push, address: "{}" }
teams:
  - id: ops
    name: Ops
    notify:
      - { type: push, address: "{}" }
`;
    expect(errorsOf(text)).toEqual([
      'vigil.yaml:6:29: push contact methods cannot be written in vigil.yaml (users[0] (alice).contact_methods[0] (a-push)) — a browser push subscription is made by the browser: alice adds it from the console (POST /api/v1/users/alice/contact-methods with the subscription)',
      'vigil.yaml:11:17: push is not a team channel in teams[0] (ops).notify[0] — browser push reaches one person\'s browser, which subscribes from the console; post team events to slack, teams, webhook, ntfy or email',
    ]);
  });

  it('refuses a team channel whose address does not fit, and an unknown or repeated event', () => {
    const text = `${ALICE}teams:
  - id: ops
    name: Ops
    notify:
      - { type: slack, address: C024BE7LH }
      - { type: webhook, address: "https://ops.example.com/vigil", events: [triggered, resolvd, triggered] }
`;
    expect(errorsOf(text)).toEqual([
      'vigil.yaml:9:33: invalid address in teams[0] (ops).notify[0]: "C024BE7LH" is not a Slack incoming-webhook URL — add an incoming webhook to the channel in Slack and use its https://hooks.slack.com/services/… URL',
      'vigil.yaml:10:88: invalid teams[0] (ops).notify[1].events[1]: expected one of triggered, acknowledged, resolved, escalated, status_update, got "resolvd" — did you mean "resolved"?',
    ]);
    expect(errorsOf(text.replace('resolvd', 'resolved'))).toEqual([
      'vigil.yaml:9:33: invalid address in teams[0] (ops).notify[0]: "C024BE7LH" is not a Slack incoming-webhook URL — add an incoming webhook to the channel in Slack and use its https://hooks.slack.com/services/… URL',
      'vigil.yaml:10:98: duplicate event "triggered" in teams[0] (ops).notify[1]',
    ]);
  });
});

const FILE = `users:
  - id: alice
    name: Alice
    email: alice@example.com
    contact_methods:
      - { id: alice-phone, type: sms, address: "+15555550100" }
      - { id: alice-mail, type: email, address: alice@example.com, name: work }
    notification_rules:
      - { contact_method: alice-phone, after: 0m }
      - { contact_method: alice-mail, after: 2m, urgency: high }
  - { id: bob, name: Bob, email: bob@example.com }
teams:
  - id: ops
    name: Ops
    members: [alice]
    notify:
      - { type: slack, address: "https://hooks.slack.com/services/T/B/X" }
      - { type: webhook, address: "https://ops.example.com/vigil", events: [triggered, resolved] }
`;

for (const dialect of DIALECTS) {
  describe(`contact methods, rules and team channels on ${dialect}`, () => {
    let database: TestDatabase;
    afterEach(async () => {
      await database?.destroy();
    });
    const clock = new FakeClock(Date.parse('2026-03-02T10:00:00Z'));
    const apply = (text: string, prune = false) => applyYaml(database.db, dialect, text, { clock, prune });
    const methods = async () => (await database.db.selectFrom('contact_methods').select(['id', 'user_id', 'address', 'verified_at']).orderBy('id').execute()).map((m) => ({ ...m, verified_at: m.verified_at === null ? null : Number(m.verified_at) }));
    const rules = async (user: string) => (await database.db.selectFrom('notification_rules').select(['contact_method_id', 'delay_ms', 'urgency', 'position']).where('user_id', '=', user).orderBy('position').execute()).map((r) => ({ ...r, delay_ms: Number(r.delay_ms) }));
    /** A method alice added through the API, as the API stores it. */
    const addApiMethod = (id: string) =>
      database.db.insertInto('contact_methods').values({ id, user_id: 'alice', name: null, type: 'email', address: 'home@example.com', verified_at: null, verification_hash: null, verification_expires_at: null, created_at: 0, updated_at: 0 }).execute();
    const API_METHOD = 'cm_0123456789abcdef0123456789abcdef';

    it('creates the file\'s methods as verified, its rules in order and its team channels, then changes nothing on a second apply', async () => {
      database = await createTestDatabase(dialect);
      const first = await apply(FILE);
      expect(first.errors).toEqual([]);
      expect(first.results.filter((r) => r.kind !== 'team')).toEqual([
        { kind: 'user', id: 'alice', action: 'created' },
        { kind: 'user', id: 'bob', action: 'created' },
        { kind: 'contact_method', id: 'alice-phone', action: 'created' },
        { kind: 'contact_method', id: 'alice-mail', action: 'created' },
      ]);
      const now = clock.now();
      expect(await methods()).toEqual([
        { id: 'alice-mail', user_id: 'alice', address: 'alice@example.com', verified_at: now },
        { id: 'alice-phone', user_id: 'alice', address: '+15555550100', verified_at: now },
      ]);
      expect(await rules('alice')).toEqual([
        { contact_method_id: 'alice-phone', delay_ms: 0, urgency: null, position: 0 },
        { contact_method_id: 'alice-mail', delay_ms: 120_000, urgency: 'high', position: 1 },
      ]);
      const subscriptions = await database.db.selectFrom('event_subscriptions').select(['channel', 'address', 'events', 'position']).orderBy('position').execute();
      expect(subscriptions).toEqual([
        { channel: 'slack', address: 'https://hooks.slack.com/services/T/B/X', events: '[]', position: 0 },
        { channel: 'webhook', address: 'https://ops.example.com/vigil', events: '["triggered","resolved"]', position: 1 },
      ]);
      const second = await apply(FILE);
      expect(second.results.filter((r) => r.action !== 'unchanged')).toEqual([]);
      expect(second.results).toHaveLength(first.results.length);
    });

    it('keeps methods added through the API and rules the file leaves out, and removes a method dropped from the file', async () => {
      database = await createTestDatabase(dialect);
      await apply(FILE);
      await addApiMethod(API_METHOD);
      const edited = FILE.replace('      - { id: alice-mail, type: email, address: alice@example.com, name: work }\n', '')
        .replace(/ {4}notification_rules:\n.*\n.*\n/, '')
        .replace('+15555550100', '+15555550199')
        .replace(', events: [triggered, resolved]', '');
      const outcome = await apply(edited);
      expect(outcome.errors).toEqual([]);
      expect(outcome.results.filter((r) => r.action !== 'unchanged')).toEqual([
        { kind: 'user', id: 'alice', action: 'updated', changes: ['notification_rules'] },
        { kind: 'contact_method', id: 'alice-mail', action: 'deleted' },
        { kind: 'contact_method', id: 'alice-phone', action: 'updated', changes: ['address'] },
        { kind: 'team', id: 'ops', action: 'updated', changes: ['notify'] },
      ]);
      expect((await methods()).map((m) => m.id)).toEqual(['alice-phone', API_METHOD]);
      // The rule on the removed method went with it; the other rule stays, as the file no longer states rules.
      expect(await rules('alice')).toEqual([{ contact_method_id: 'alice-phone', delay_ms: 0, urgency: null, position: 0 }]);
    });

    it('with --prune, makes a listed user\'s methods and rules exactly the file\'s', async () => {
      database = await createTestDatabase(dialect);
      await apply(FILE);
      await addApiMethod(API_METHOD);
      await database.db.insertInto('notification_rules').values({ id: 'nr_api', user_id: 'alice', contact_method_id: API_METHOD, delay_ms: 0, urgency: null, position: 2 }).execute();
      const outcome = await apply(FILE.replace(/ {4}notification_rules:\n.*\n.*\n/, ''), true);
      expect(outcome.results.filter((r) => r.action !== 'unchanged')).toEqual([
        { kind: 'user', id: 'alice', action: 'updated', changes: ['notification_rules'] },
        { kind: 'contact_method', id: API_METHOD, action: 'deleted' },
      ]);
      expect(await rules('alice')).toEqual([]);
      expect((await methods()).map((m) => m.id)).toEqual(['alice-mail', 'alice-phone']);
    });

    it('moves a method to another listed user as a new method of theirs, taking the old owner\'s rules on it away', async () => {
      database = await createTestDatabase(dialect);
      await apply(FILE);
      const moved = FILE.replace('      - { id: alice-mail, type: email, address: alice@example.com, name: work }\n', '')
        .replace('      - { contact_method: alice-mail, after: 2m, urgency: high }\n', '')
        .replace('  - { id: bob, name: Bob, email: bob@example.com }', '  - { id: bob, name: Bob, email: bob@example.com, contact_methods: [{ id: alice-mail, type: email, address: bob@example.com }] }');
      const outcome = await apply(moved);
      expect(outcome.results.filter((r) => r.action !== 'unchanged')).toEqual([
        { kind: 'user', id: 'alice', action: 'updated', changes: ['notification_rules'] },
        { kind: 'contact_method', id: 'alice-mail', action: 'updated', changes: ['user'] },
      ]);
      expect((await methods()).find((m) => m.id === 'alice-mail')).toEqual({ id: 'alice-mail', user_id: 'bob', address: 'bob@example.com', verified_at: clock.now() });
    });

    it('refuses a method id that belongs to a user the file does not list', async () => {
      database = await createTestDatabase(dialect);
      await apply(FILE);
      const outcome = await apply('users:\n  - id: carol\n    name: Carol\n    email: carol@example.com\n    contact_methods: [{ id: alice-mail, type: email, address: carol@example.com }]\n');
      expect(formatConfigErrors(outcome.errors)).toBe(
        'vigil.yaml:5:29: contact method id "alice-mail" in users[0] (carol).contact_methods[0] (alice-mail) already belongs to user "alice", which this file does not list — choose another id, or list "alice" under users:',
      );
    });

    it('exports methods, rules and team channels so that applying the export changes nothing and exporting again is byte-identical', async () => {
      database = await createTestDatabase(dialect);
      await apply(FILE);
      await addApiMethod(API_METHOD);
      const exported = await exportConfig(database.db);
      expect(exported).toContain(`    contact_methods:
      - id: alice-mail
        type: email
        address: alice@example.com
        name: work
      - id: alice-phone
        type: sms
        address: "+15555550100"
    notification_rules:
      - contact_method: alice-phone
        after: 0s
      - contact_method: alice-mail
        after: 2m
        urgency: high
`);
      expect(exported).toContain(`    notify:
      - type: slack
        address: https://hooks.slack.com/services/T/B/X
      - type: webhook
        address: https://ops.example.com/vigil
        events:
          - triggered
          - resolved
`);
      expect(exported).not.toContain(API_METHOD);
      const again = await apply(exported);
      expect(again.errors).toEqual([]);
      expect(again.results.filter((r) => r.action !== 'unchanged')).toEqual([]);
      expect(await exportConfig(database.db)).toBe(exported);
    });

    it('leaves a user\'s rules out of the export when one uses a method added through the API', async () => {
      database = await createTestDatabase(dialect);
      await apply(FILE);
      await addApiMethod(API_METHOD);
      await database.db.insertInto('notification_rules').values({ id: 'nr_api', user_id: 'alice', contact_method_id: API_METHOD, delay_ms: 0, urgency: null, position: 2 }).execute();
      const exported = await exportConfig(database.db);
      expect(exported).not.toContain('notification_rules');
      expect((await apply(exported)).results.filter((r) => r.action !== 'unchanged')).toEqual([]);
      expect(await rules('alice')).toHaveLength(3);
    });
  });
}
