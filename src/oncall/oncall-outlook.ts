import type { Runtime } from '../core/runtime.js';
import { parseTarget } from './escalation-policy.js';
import { OnCallService, userNames, type OnCallEntry, type UserRef } from './oncall-service.js';
import { EscalationPolicyService } from './policy-service.js';
import { resolveSchedule } from './schedule-resolver.js';
import { loadSchedules } from './schedule-store.js';
import type { Shift } from './schedule-types.js';

/** How far ahead the next person is looked for: the longest range GET …/shifts answers. */
const NEXT_WITHIN_MS = 366 * 86_400_000;

/** Who one target of an escalation level reaches now, and who it reaches next. */
export interface TargetOnCall {
  /** `user:alice` or `schedule:primary`, as the policy names it. */
  readonly target: string;
  /** Null when the target reaches nobody: no one on call, or the user or schedule is gone. */
  readonly now: UserRef | null;
  /** When the person reached now stops being on call (see `ScheduleOnCall.until`); null for a user named directly (always reached). */
  readonly until: string | null;
  /** The next different person the target reaches, null when nobody within a year. */
  readonly next: UserRef | null;
  readonly next_from: string | null;
}

export interface PolicyOnCall {
  readonly policy: { readonly id: string; readonly name: string; readonly team: string | null };
  readonly levels: readonly { readonly position: number; readonly escalate_after: string; readonly targets: readonly TargetOnCall[] }[];
}

/** One schedule's now and next, with how long the person on call now stays on. */
export interface ScheduleOnCall {
  readonly schedule: { readonly id: string; readonly name: string; readonly team: string | null; readonly time_zone: string };
  readonly now: UserRef | null;
  /**
   * When the person on call now stops being on call: the end of their unbroken run of shifts,
   * which may span several (a layer above handing back to them, their own override), so it can
   * be later than the current shift's end. Null when nobody is on call now.
   */
  readonly until: string | null;
  readonly next: UserRef | null;
  readonly next_from: string | null;
}

export interface OnCallOutlook {
  readonly at: string;
  /** Who is on call at `at` per schedule: exactly what GET /api/v1/oncall answers. */
  readonly oncall: readonly OnCallEntry[];
  /**
   * Per schedule, in the same order, the next person to go on call who is not the one on call
   * now, and their shift (user and shift null when nobody else within a year).
   */
  readonly next: readonly OnCallEntry[];
  /** Per schedule, in the same order: now, until when, and next. */
  readonly schedules: readonly ScheduleOnCall[];
  /**
   * With `forUser`: that person's current or next stretch on call per schedule (consecutive
   * shifts of theirs joined), soonest first; schedules without one within a year are left out.
   */
  readonly yours?: readonly { readonly schedule: { readonly id: string; readonly name: string }; readonly start: string; readonly end: string }[];
  readonly escalation_policies: readonly PolicyOnCall[];
}

/**
 * Who is on call now and next, per schedule and per escalation policy level: what a responder
 * asks first. "Now" is the API's own answer (`OnCallService.at`); "next" reads the resolver's
 * shifts from `at` for the first one held by someone else, so a shift cut by an override or a
 * layer above, which hands back to the same person, is not reported as a handover.
 */
export async function onCallOutlook(runtime: Runtime, at: number, options: { forUser?: string } = {}): Promise<OnCallOutlook> {
  const db = runtime.database.db;
  const oncall = await new OnCallService(runtime).at(at);
  const schedules = await loadSchedules(db, oncall.map((e) => e.schedule.id), { from: at, to: at + NEXT_WITHIN_MS });
  const ahead = oncall.map((entry) => {
    const schedule = schedules.get(entry.schedule.id);
    return schedule ? resolveSchedule(schedule, at, at + NEXT_WITHIN_MS) : [];
  });
  const nextShifts = oncall.map((entry, i) => ahead[i]!.find((s) => s.userId !== entry.user?.id) ?? null);
  const name = await userNames(db, nextShifts.flatMap((s) => (s ? [s] : [])));
  const next: OnCallEntry[] = oncall.map((entry, i) => {
    const shift = nextShifts[i] ?? null;
    return {
      schedule: entry.schedule,
      user: shift ? name(shift.userId) : null,
      shift: shift ? { start: new Date(shift.start).toISOString(), end: new Date(shift.end).toISOString(), source: shift.source } : null,
    };
  });

  const scheduleViews: ScheduleOnCall[] = oncall.map((entry, i) => {
    const until = entry.user === null ? null : heldUntil(ahead[i]!, entry.user.id, at);
    return {
      schedule: { ...entry.schedule, time_zone: schedules.get(entry.schedule.id)?.timeZone ?? 'UTC' },
      now: entry.user,
      until: until === null ? null : new Date(until).toISOString(),
      next: next[i]!.user,
      next_from: next[i]!.shift?.start ?? null,
    };
  });

  const forUser = options.forUser;
  const yours = forUser === undefined ? undefined : oncall
    .flatMap((entry, i) => {
      const stretch = stretchOf(ahead[i]!, forUser);
      return stretch === null ? [] : [{ schedule: { id: entry.schedule.id, name: entry.schedule.name }, start: stretch.start, end: stretch.end }];
    })
    .sort((a, b) => a.start - b.start || (a.schedule.id < b.schedule.id ? -1 : 1))
    .map((y) => ({ ...y, start: new Date(y.start).toISOString(), end: new Date(y.end).toISOString() }));

  const policies = await new EscalationPolicyService(runtime).list();
  const userIds = [...new Set(policies.flatMap((p) => p.levels.flatMap((l) => l.targets.flatMap((t) => (t.startsWith('user:') ? [t.slice('user:'.length)] : [])))))];
  const users = userIds.length === 0 ? [] : await db.selectFrom('users').select(['id', 'name']).where('id', 'in', userIds).execute();
  const userRef = new Map(users.map((u) => [u.id, { id: u.id, name: u.name }]));
  const bySchedule = new Map(oncall.map((entry, i) => [entry.schedule.id, { now: entry, next: next[i]!, until: scheduleViews[i]!.until }]));

  const reach = (text: string): TargetOnCall => {
    const target = parseTarget(text);
    if (target?.kind === 'schedule') {
      const found = bySchedule.get(target.id);
      return {
        target: text,
        now: found?.now.user ?? null,
        until: found?.until ?? null,
        next: found?.next.user ?? null,
        next_from: found?.next.shift?.start ?? null,
      };
    }
    return { target: text, now: target ? (userRef.get(target.id) ?? null) : null, until: null, next: null, next_from: null };
  };

  return {
    at: new Date(at).toISOString(),
    oncall,
    next,
    schedules: scheduleViews,
    ...(yours === undefined ? {} : { yours }),
    escalation_policies: policies.map((p) => ({
      policy: { id: p.id, name: p.name, team: p.team },
      levels: p.levels.map((l) => ({ position: l.position, escalate_after: l.escalate_after, targets: l.targets.map(reach) })),
    })),
  };
}

/**
 * The end of `userId`'s unbroken run of shifts from `at` (shifts in time order from `at`, as
 * `resolveSchedule` gives them); null when `userId` is not on call at `at`. A gap or another
 * person ends the run.
 */
export function heldUntil(shifts: readonly Shift[], userId: string, at: number): number | null {
  let end: number | null = null;
  for (const shift of shifts) {
    if (shift.userId !== userId || shift.start > (end ?? at)) break;
    end = shift.end;
  }
  return end;
}

/** `userId`'s first stretch in `shifts` (time order): their first shift and the ones of theirs that follow it without a gap. */
export function stretchOf(shifts: readonly Shift[], userId: string): { start: number; end: number } | null {
  const first = shifts.findIndex((s) => s.userId === userId);
  if (first === -1) return null;
  const start = shifts[first]!.start;
  return { start, end: heldUntil(shifts.slice(first), userId, start)! };
}
