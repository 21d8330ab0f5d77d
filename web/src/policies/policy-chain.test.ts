import { describe, expect, it } from 'vitest';
import {
  afterLastLevel,
  chainSummary,
  draftAsPolicy,
  draftProblems,
  emptyLevel,
  levelReach,
  minutesToDuration,
  parseDuration,
  policyWarnings,
  toDraft,
  toReplaceBody,
  type Directory,
  type OnCallNow,
  type PolicyLike,
} from './policy-chain';

/** The example organisation's platform policy (deploy/example/vigil.yaml). */
const PLATFORM: PolicyLike & { description: string | null } = {
  id: 'platform',
  name: 'Platform',
  description: null,
  team: 'platform',
  repeat: 1,
  levels: [
    { position: 1, targets: ['schedule:platform-primary'], escalate_after: '5m' },
    { position: 2, targets: ['user:alice'], escalate_after: '10m' },
    { position: 3, targets: ['user:bob', 'user:chen'], escalate_after: '15m' },
  ],
};

function directory(onCall: Record<string, OnCallNow | undefined> = {}): Directory {
  const users: Record<string, string> = { alice: 'Alice Liddell', bob: 'Bob Okafor', chen: 'Chen Wei' };
  const schedules: Record<string, string> = { 'platform-primary': 'Platform primary', 'payments-primary': 'Payments primary' };
  return { userName: (id) => users[id], scheduleName: (id) => schedules[id], onCall: (id) => onCall[id] };
}

const BOB_ON_CALL: OnCallNow = { user: { id: 'bob', name: 'Bob Okafor' }, until: '2026-03-09T14:00:00.000Z' };
const NOBODY: OnCallNow = { user: null, until: null };

describe('the chain in words', () => {
  it('reads the levels and the delays between them, and the repeat', () => {
    expect(chainSummary(PLATFORM)).toBe('Level 1 → 5 min → Level 2 → 10 min → Level 3, repeat 1×');
    expect(chainSummary({ repeat: 0, levels: [{ position: 1, targets: ['user:alice'], escalate_after: '1h30m' }, { position: 2, targets: ['user:bob'], escalate_after: '5m' }] }))
      .toBe('Level 1 → 1 h 30 min → Level 2');
    expect(chainSummary({ repeat: 0, levels: [] })).toBe('No levels: pages nobody');
  });

  it('says what the last level\'s wait leads to: another round, or the end of paging', () => {
    expect(afterLastLevel(PLATFORM)).toBe('After level 3 waits 15 min, the chain starts again at level 1 (1 more round), then paging stops.');
    expect(afterLastLevel({ ...PLATFORM, repeat: 2 })).toContain('(2 more rounds)');
    expect(afterLastLevel({ ...PLATFORM, repeat: 0 })).toBe('After level 3 waits 15 min, paging stops.');
    expect(afterLastLevel({ repeat: 0, levels: [] })).toBeNull();
  });

  it('reads durations as the API writes them, refusing anything else', () => {
    expect(parseDuration('1h30m')).toBe(90 * 60_000);
    expect(parseDuration('30s')).toBe(30_000);
    expect(parseDuration('')).toBeUndefined();
    expect(parseDuration('5 minutes')).toBeUndefined();
  });
});

describe('whom each target reaches now', () => {
  it('names people, and for a schedule who is on call on it now', () => {
    const reach = levelReach(PLATFORM.levels[0]!, directory({ 'platform-primary': BOB_ON_CALL }));
    expect(reach).toEqual([{ kind: 'schedule', id: 'platform-primary', label: 'Platform primary', missing: false, now: BOB_ON_CALL }]);
    expect(levelReach(PLATFORM.levels[2]!, directory()).map((t) => t.label)).toEqual(['Bob Okafor', 'Chen Wei']);
  });

  it('warns about a level that reaches nobody right now, naming the empty schedule', () => {
    expect(policyWarnings(PLATFORM, directory({ 'platform-primary': NOBODY }))).toEqual(['Level 1 pages nobody right now: nobody is on call on Platform primary.']);
    expect(policyWarnings(PLATFORM, directory({ 'platform-primary': BOB_ON_CALL }))).toEqual([]);
  });

  it('does not warn while who is on call is not known yet', () => {
    expect(policyWarnings(PLATFORM, directory())).toEqual([]);
  });

  it('does not warn about an empty schedule when the same level also pages a person', () => {
    const mixed = { levels: [{ position: 1, targets: ['schedule:platform-primary', 'user:alice'], escalate_after: '5m' }] };
    expect(policyWarnings(mixed, directory({ 'platform-primary': NOBODY }))).toEqual([]);
  });

  it('warns about a policy with no levels, and about targets that no longer exist', () => {
    expect(policyWarnings({ levels: [] }, directory())).toEqual(['This policy has no levels: its incidents page nobody.']);
    const ghost = { levels: [{ position: 1, targets: ['user:zed'], escalate_after: '5m' }] };
    expect(policyWarnings(ghost, directory())).toEqual(['Level 1 names user "zed", which does not exist.', 'Level 1 pages nobody: it has no targets that exist.']);
  });
});

describe('the edit form\'s draft', () => {
  it('round-trips an untouched policy to the same levels, keeping each delay\'s own text', () => {
    const policy = { ...PLATFORM, levels: [{ position: 1, targets: ['user:alice'], escalate_after: '1h30m' }] };
    expect(toReplaceBody(policy, toDraft(policy))).toEqual({
      name: 'Platform',
      description: null,
      team: 'platform',
      repeat: 1,
      levels: [{ targets: ['user:alice'], escalate_after: '1h30m' }],
    });
  });

  it('writes a changed delay in minutes, or in seconds when the minutes are not whole', () => {
    const draft = toDraft(PLATFORM);
    const changed = { ...draft, levels: draft.levels.map((level, i) => (i === 0 ? { ...level, minutes: 7 } : i === 1 ? { ...level, minutes: 1.5 } : level)) };
    expect(toReplaceBody(PLATFORM, changed).levels.map((l) => l.escalate_after)).toEqual(['7m', '90s', '15m']);
    expect(minutesToDuration(45)).toBe('45m');
  });

  it('shows the chain a draft would make before it is saved', () => {
    const draft = toDraft(PLATFORM);
    const edited = { ...draft, repeat: 0, levels: [{ ...draft.levels[0]!, minutes: 7 }, draft.levels[1]!] };
    expect(chainSummary(draftAsPolicy(edited))).toBe('Level 1 → 7 min → Level 2');
  });

  it('names each problem by its field: no levels, a level without targets or wait, a repeat out of range', () => {
    expect(draftProblems({ repeat: 0, levels: [] })).toEqual({ levels: 'Add at least one level: a policy without levels pages nobody.' });
    const level = { ...emptyLevel(), minutes: '' as const };
    expect(draftProblems({ repeat: 12, levels: [level] })).toEqual({
      [`levels.${level.key}.targets`]: 'Choose who level 1 pages.',
      [`levels.${level.key}.minutes`]: 'Enter how many minutes to wait.',
      repeat: 'Repeat 0 to 9 more times.',
    });
    const zero = { ...emptyLevel(0), targets: ['user:alice'] };
    expect(draftProblems({ repeat: 0, levels: [zero] })).toEqual({ [`levels.${zero.key}.minutes`]: 'Wait longer than 0 minutes.' });
    expect(draftProblems(toDraft(PLATFORM))).toEqual({});
  });
});
