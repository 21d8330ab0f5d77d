import { DURATION_HINT, formatDuration, parseDuration } from '../core/duration.js';
import { formatTarget, parseTarget, type EscalationLevel, type EscalationTarget } from './escalation-policy.js';
import type { InputProblem } from './layer-input.js';

/** An escalation level as `vigil.yaml` and the API write it. */
export interface LevelInput {
  readonly targets: readonly string[];
  readonly escalate_after: string;
}

export type LevelValues = Omit<EscalationLevel, 'position'>;

/** How many more rounds a policy may run after the first: enough to wake someone, not a loop. */
export const MAX_REPEAT = 9;
export const TARGET_PATTERN = /^(user|schedule):[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;
export const TARGET_HINT = 'write "user:<user id>" or "schedule:<schedule id>", e.g. "schedule:platform-primary"';

export function isTarget(text: string): boolean {
  return TARGET_PATTERN.test(text) && parseTarget(text) !== undefined;
}

/** Checks the levels of a policy; references to users and schedules are checked by the caller. */
export function readLevels(inputs: readonly LevelInput[]): { value?: LevelValues[]; problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  if (inputs.length === 0) problems.push({ path: [], message: 'a policy needs at least one level' });
  const levels = inputs.map((input, index): LevelValues => {
    const escalateAfterMs = parseDuration(input.escalate_after) ?? 0;
    if (escalateAfterMs <= 0) {
      problems.push({ path: [index, 'escalate_after'], message: `"${input.escalate_after}" is not a positive duration`, hint: DURATION_HINT });
    }
    if (input.targets.length === 0) problems.push({ path: [index, 'targets'], message: 'a level needs at least one target' });
    const targets: EscalationTarget[] = [];
    for (const [t, text] of input.targets.entries()) {
      const target = isTarget(text) ? parseTarget(text) : undefined;
      if (!target) problems.push({ path: [index, 'targets', t], message: `"${text}" is not a target`, hint: TARGET_HINT });
      else if (targets.some((x) => formatTarget(x) === text)) problems.push({ path: [index, 'targets', t], message: `${text} is listed twice in this level` });
      else targets.push(target);
    }
    return { escalateAfterMs, targets };
  });
  return problems.length > 0 ? { problems } : { value: levels, problems };
}

export function levelInput(level: LevelValues): LevelInput {
  return { targets: level.targets.map(formatTarget), escalate_after: formatDuration(level.escalateAfterMs) };
}
