import type { Outlook } from './oncall-queries';

/** A policy's delay as a person says it: "5m" → "5 min", "1h30m" → "1 h 30 min". */
export function formatDelay(text: string): string {
  const units: Record<string, string> = { d: 'd', h: 'h', m: 'min', s: 's' };
  const parts = [...text.matchAll(/(\d+)([dhms])/g)].map(([, n, unit]) => `${n} ${units[unit!]}`);
  return parts.length === 0 ? text : parts.join(' ');
}

export interface YourTurn {
  /** The schedules the viewer is on call on now, with until when. */
  readonly now: readonly { readonly schedule: string; readonly scheduleId: string; readonly until: string | null }[];
  /** The viewer's next stretch on each schedule they are not on call on now, soonest first. */
  readonly next: readonly { readonly schedule: string; readonly scheduleId: string; readonly from: string; readonly to: string }[];
  /** Levels that page the viewer by name, whoever is on call: "Platform, level 2". */
  readonly named: readonly { readonly policy: string; readonly policyId: string; readonly level: number }[];
}

/** Where the signed-in person stands: on call now, next, or named directly in a policy. */
export function yourTurn(outlook: Outlook, userId: string): YourTurn {
  return {
    now: outlook.schedules.filter((s) => s.now?.id === userId).map((s) => ({ schedule: s.schedule.name, scheduleId: s.schedule.id, until: s.until })),
    next: outlook.yours
      .filter((y) => Date.parse(y.start) > Date.parse(outlook.at))
      .map((y) => ({ schedule: y.schedule.name, scheduleId: y.schedule.id, from: y.start, to: y.end }))
      .sort((a, b) => Date.parse(a.from) - Date.parse(b.from)),
    named: outlook.escalation_policies.flatMap((p) =>
      p.levels.filter((l) => l.targets.some((t) => t.kind === 'user' && t.id === userId)).map((l) => ({ policy: p.policy.name, policyId: p.policy.id, level: l.position })),
    ),
  };
}

/**
 * The headline: "You are on call until Mon 09:00", "You are on call on 2 schedules" or "You are
 * not on call". `when` words an instant against now in the viewer's zone.
 */
export function yourHeadline(turn: YourTurn, when: (iso: string) => string): string {
  if (turn.now.length === 0) return 'You are not on call';
  if (turn.now.length > 1) return `You are on call on ${turn.now.length} schedules`;
  const until = turn.now[0]!.until;
  return until === null ? 'You are on call' : `You are on call until ${when(until)}`;
}

/** Levels whose targets all reach nobody right now: a page sent there goes nowhere. */
export function emptyLevels(outlook: Outlook): { policy: string; policyId: string; level: number; sentence: string }[] {
  return outlook.escalation_policies.flatMap((p) =>
    p.levels
      .filter((l) => l.targets.every((t) => t.now === null))
      .map((l) => ({ policy: p.policy.name, policyId: p.policy.id, level: l.position, sentence: `Nobody on call for level ${l.position} of ${p.policy.name}` })),
  );
}

/** The policies of the viewer's own teams first (they are the ones paged at 3 AM), then the rest; by name within each. */
export function policiesMineFirst<P extends { policy: { name: string; team: string | null } }>(policies: readonly P[], myTeams: readonly string[]): P[] {
  const mine = (p: P) => (p.policy.team !== null && myTeams.includes(p.policy.team) ? 0 : 1);
  return [...policies].sort((a, b) => mine(a) - mine(b) || a.policy.name.localeCompare(b.policy.name));
}
