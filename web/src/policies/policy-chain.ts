import { formatDuration } from '../ui/time';

/**
 * Escalation policies in words: the chain ("Level 1 → 5 min → Level 2, repeat 1×"), whom each
 * target reaches now, the setups that page nobody, and the edit form's draft. Pure, so it is
 * tested without a browser; the pages only draw what this returns.
 */

export interface PolicyLevel {
  readonly position: number;
  /** `user:<id>` or `schedule:<id>`. */
  readonly targets: readonly string[];
  /** As the API writes durations: `5m`, `1h30m`, `30s`. */
  readonly escalate_after: string;
}

export interface PolicyLike {
  readonly id: string;
  readonly name: string;
  readonly team: string | null;
  readonly repeat: number;
  readonly levels: readonly PolicyLevel[];
}

/** Who is on call on a schedule right now, from `GET /oncall`. */
export interface OnCallNow {
  readonly user: { readonly id: string; readonly name: string } | null;
  /** When the current shift ends; null when nobody is on call. */
  readonly until: string | null;
}

/** The names the console knows, and who is on call now (undefined while not loaded). */
export interface Directory {
  userName(id: string): string | undefined;
  scheduleName(id: string): string | undefined;
  onCall(scheduleId: string): OnCallNow | undefined;
}

export type TargetReach =
  | { readonly kind: 'user'; readonly id: string; readonly label: string; readonly missing: boolean }
  | {
      readonly kind: 'schedule';
      readonly id: string;
      readonly label: string;
      readonly missing: boolean;
      /** Undefined while who is on call is not known yet. */
      readonly now: OnCallNow | undefined;
    };

const UNIT_MS = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1_000 } as const;
const DURATION = /^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/;

/** Reads a duration as the API writes it (`5m`, `1h30m`); undefined when it is not one. */
export function parseDuration(text: string): number | undefined {
  const trimmed = text.trim();
  const match = DURATION.exec(trimmed);
  if (!match || trimmed === '') return undefined;
  const [, d, h, m, s] = match;
  return Number(d ?? 0) * UNIT_MS.d + Number(h ?? 0) * UNIT_MS.h + Number(m ?? 0) * UNIT_MS.m + Number(s ?? 0) * UNIT_MS.s;
}

/** "5 min", "1 h 30 min"; the API's text itself when it cannot be read. */
export function delayWords(escalateAfter: string): string {
  const ms = parseDuration(escalateAfter);
  return ms === undefined ? escalateAfter : formatDuration(ms);
}

/** "Level 1 → 5 min → Level 2 → 10 min → Level 3, repeat 1×". The last level's wait is told apart (see `afterLastLevel`). */
export function chainSummary(policy: Pick<PolicyLike, 'levels' | 'repeat'>): string {
  if (policy.levels.length === 0) return 'No levels: pages nobody';
  const parts: string[] = [];
  policy.levels.forEach((level, index) => {
    if (index > 0) parts.push(delayWords(policy.levels[index - 1]!.escalate_after));
    parts.push(`Level ${index + 1}`);
  });
  return `${parts.join(' → ')}${policy.repeat > 0 ? `, repeat ${policy.repeat}×` : ''}`;
}

/** What happens after the last level: its wait, then another round or the end of paging. */
export function afterLastLevel(policy: Pick<PolicyLike, 'levels' | 'repeat'>): string | null {
  const last = policy.levels.at(-1);
  if (last === undefined) return null;
  const n = policy.levels.length;
  const wait = delayWords(last.escalate_after);
  if (policy.repeat === 0) return `After level ${n} waits ${wait}, paging stops.`;
  const rounds = policy.repeat === 1 ? '1 more round' : `${policy.repeat} more rounds`;
  return `After level ${n} waits ${wait}, the chain starts again at level 1 (${rounds}), then paging stops.`;
}

export function splitTarget(text: string): { kind: 'user' | 'schedule'; id: string } | undefined {
  const match = /^(user|schedule):(.+)$/.exec(text);
  return match ? { kind: match[1] as 'user' | 'schedule', id: match[2]! } : undefined;
}

/** Each target of a level with a readable name and, for a schedule, who it reaches now. */
export function levelReach(level: Pick<PolicyLevel, 'targets'>, directory: Directory): TargetReach[] {
  return level.targets.flatMap((text): TargetReach[] => {
    const target = splitTarget(text);
    if (target === undefined) return [];
    if (target.kind === 'user') {
      const name = directory.userName(target.id);
      return [{ kind: 'user', id: target.id, label: name ?? target.id, missing: name === undefined }];
    }
    const name = directory.scheduleName(target.id);
    return [{ kind: 'schedule', id: target.id, label: name ?? target.id, missing: name === undefined, now: name === undefined ? undefined : directory.onCall(target.id) }];
  });
}

/** Whether a level pages anyone now: undefined while who is on call is not known yet. */
export function levelReachesSomeone(reach: readonly TargetReach[]): boolean | undefined {
  let unknown = false;
  for (const target of reach) {
    if (target.missing) continue;
    if (target.kind === 'user') return true;
    if (target.now === undefined) unknown = true;
    else if (target.now.user !== null) return true;
  }
  return unknown ? undefined : false;
}

/**
 * The setups that page nobody, in sentences: a policy with no levels, a level whose targets all
 * have nobody on call now (or no longer exist), and targets that name something deleted.
 */
export function policyWarnings(policy: Pick<PolicyLike, 'levels'>, directory: Directory): string[] {
  if (policy.levels.length === 0) return ['This policy has no levels: its incidents page nobody.'];
  const warnings: string[] = [];
  policy.levels.forEach((level, index) => {
    const reach = levelReach(level, directory);
    for (const target of reach) {
      if (target.missing) warnings.push(`Level ${index + 1} names ${target.kind} "${target.id}", which does not exist.`);
    }
    if (levelReachesSomeone(reach) === false) {
      const empty = reach.filter((t) => t.kind === 'schedule' && !t.missing).map((t) => t.label);
      warnings.push(
        empty.length > 0
          ? `Level ${index + 1} pages nobody right now: nobody is on call on ${listWords(empty)}.`
          : `Level ${index + 1} pages nobody: it has no targets that exist.`,
      );
    }
  });
  return warnings;
}

function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

// ---- The edit form's draft ------------------------------------------------------------------

export interface LevelDraft {
  /** Stable across reordering, for React keys and field ids. */
  readonly key: string;
  readonly targets: readonly string[];
  /** Minutes before the next level; '' while the field is empty. */
  readonly minutes: number | '';
  /** The API's text for the delay as loaded: kept as is when the minutes were not changed. */
  readonly original: string | null;
}

export interface PolicyDraft {
  readonly repeat: number;
  readonly levels: readonly LevelDraft[];
}

/** The most a policy and a level hold through the API (src/oncall/oncall-schemas.ts). */
export const MAX_LEVELS = 20;
export const MAX_TARGETS_PER_LEVEL = 50;
export const MAX_REPEAT = 9;

let nextKey = 0;
export function newLevelKey(): string {
  nextKey += 1;
  return `level-${nextKey}`;
}

function minutesOf(escalateAfter: string): number | '' {
  const ms = parseDuration(escalateAfter);
  return ms === undefined ? '' : Math.round((ms / 60_000) * 100) / 100;
}

export function toDraft(policy: Pick<PolicyLike, 'levels' | 'repeat'>): PolicyDraft {
  return {
    repeat: policy.repeat,
    levels: policy.levels.map((level) => ({ key: newLevelKey(), targets: [...level.targets], minutes: minutesOf(level.escalate_after), original: level.escalate_after })),
  };
}

export function emptyLevel(minutes = 5): LevelDraft {
  return { key: newLevelKey(), targets: [], minutes, original: null };
}

/** The API's duration for a number of minutes: `7m`, or seconds when it is not whole (`90s`). */
export function minutesToDuration(minutes: number): string {
  return Number.isInteger(minutes) ? `${minutes}m` : `${Math.round(minutes * 60)}s`;
}

function escalateAfterOf(level: LevelDraft): string {
  if (level.minutes === '') return '';
  if (level.original !== null && minutesOf(level.original) === level.minutes) return level.original;
  return minutesToDuration(level.minutes);
}

/** What is wrong with the draft, by field (`levels.<key>.targets`, `levels.<key>.minutes`, `repeat`, `levels`). */
export function draftProblems(draft: PolicyDraft): Record<string, string> {
  const problems: Record<string, string> = {};
  if (draft.levels.length === 0) problems.levels = 'Add at least one level: a policy without levels pages nobody.';
  if (draft.levels.length > MAX_LEVELS) problems.levels = `A policy has at most ${MAX_LEVELS} levels.`;
  draft.levels.forEach((level, index) => {
    if (level.targets.length === 0) problems[`levels.${level.key}.targets`] = `Choose who level ${index + 1} pages.`;
    if (level.targets.length > MAX_TARGETS_PER_LEVEL) problems[`levels.${level.key}.targets`] = `A level pages at most ${MAX_TARGETS_PER_LEVEL} targets.`;
    if (level.minutes === '') problems[`levels.${level.key}.minutes`] = 'Enter how many minutes to wait.';
    else if (Math.round(level.minutes * 60) < 1) problems[`levels.${level.key}.minutes`] = 'Wait longer than 0 minutes.';
  });
  if (!Number.isInteger(draft.repeat) || draft.repeat < 0 || draft.repeat > MAX_REPEAT) problems.repeat = `Repeat 0 to ${MAX_REPEAT} more times.`;
  return problems;
}

/** The draft as a policy, to show its chain and warnings before saving. */
export function draftAsPolicy(draft: PolicyDraft): Pick<PolicyLike, 'levels' | 'repeat'> {
  return {
    repeat: draft.repeat,
    levels: draft.levels.map((level, index) => ({ position: index + 1, targets: level.targets, escalate_after: escalateAfterOf(level) || '0s' })),
  };
}

export interface PolicyReplaceBody {
  name: string;
  description: string | null;
  team: string | null;
  repeat: number;
  levels: { targets: string[]; escalate_after: string }[];
}

/** `PUT /escalation-policies/{id}` replaces everything: name, description and team stay as they were. */
export function toReplaceBody(policy: Pick<PolicyLike, 'name' | 'team'> & { readonly description: string | null }, draft: PolicyDraft): PolicyReplaceBody {
  return {
    name: policy.name,
    description: policy.description,
    team: policy.team,
    repeat: draft.repeat,
    levels: draft.levels.map((level) => ({ targets: [...level.targets], escalate_after: escalateAfterOf(level) })),
  };
}
