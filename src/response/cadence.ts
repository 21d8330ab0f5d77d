/**
 * The status-update cadence, pure (docs/ARCHITECTURE.md, Response). A severity with
 * `update_every` I makes an update due at anchor + I once someone owns the incident; the
 * reminders of a cycle run at due (commander), due + ½I (communications lead) and due + I (the
 * escalation policy's next level). Each decision here returns the cadence as it becomes and the
 * reminders to write; the store cancels the previous cycle's pending reminders whenever the
 * cycle moves on, and a reminder of an older cycle that runs anyway does nothing.
 */

export type ReminderStage = 'due' | 'late' | 'escalate';
export const REMINDER_STAGES: readonly ReminderStage[] = ['due', 'late', 'escalate'];

export interface Cadence {
  readonly cycle: number;
  readonly anchorAt: number;
  /** Null: no update is expected (stopped, or the severity has no `update_every`). */
  readonly dueAt: number | null;
  readonly intervalMs: number | null;
}

export interface Reminder {
  readonly stage: ReminderStage;
  readonly runAt: number;
}

export interface CadenceStep {
  /** The cadence to store; null: leave it as it is (nothing changes). */
  readonly next: Cadence | null;
  /** The new cycle's reminders; the previous cycle's pending ones are cancelled whenever `next` is set. */
  readonly reminders: readonly Reminder[];
}

const UNCHANGED: CadenceStep = { next: null, reminders: [] };

/** The reminders of a cycle due at `dueAt`: when that is already past, due runs now and the later stages count from now. */
export function remindersFor(dueAt: number, intervalMs: number, now: number): Reminder[] {
  const base = Math.max(dueAt, now);
  return [
    { stage: 'due', runAt: base },
    { stage: 'late', runAt: base + Math.floor(intervalMs / 2) },
    { stage: 'escalate', runAt: base + intervalMs },
  ];
}

function cycleDue(cycle: number, anchorAt: number, dueAt: number | null, intervalMs: number | null, now: number): CadenceStep {
  const next: Cadence = { cycle, anchorAt, dueAt, intervalMs };
  return { next, reminders: dueAt === null || intervalMs === null ? [] : remindersFor(dueAt, intervalMs, now) };
}

const nextCycle = (current: Cadence | null) => (current?.cycle ?? 0) + 1;
const running = (current: Cadence | null) => current !== null && current.dueAt !== null;

/**
 * Someone took the incident on (an acknowledgement, a commander, a declared incident with a
 * commander): the first update falls due one interval from now. A running cadence is left alone.
 */
export function startCadence(current: Cadence | null, intervalMs: number | null, now: number): CadenceStep {
  if (intervalMs === null || running(current)) return UNCHANGED;
  return cycleDue(nextCycle(current), now, now + intervalMs, intervalMs, now);
}

/**
 * A status update was posted: a new cycle from now, due one interval later, or after
 * `nextInMs` when the poster said when the next one will come (a snooze stakeholders see).
 * Posted on a resolved incident (a closing note), it schedules nothing.
 */
export function updatePosted(current: Cadence | null, intervalMs: number | null, now: number, options: { readonly nextInMs?: number; readonly resolved: boolean }): CadenceStep {
  const wait = options.nextInMs ?? intervalMs;
  if (options.resolved || wait === null || intervalMs === null) return cycleDue(nextCycle(current), now, null, intervalMs, now);
  return cycleDue(nextCycle(current), now, now + wait, intervalMs, now);
}

/**
 * The severity changed: a running cadence moves to a new cycle due at anchor + the new
 * interval (at once if that is past); a severity without `update_every` stops it. One not
 * running starts when the incident already has an owner.
 */
export function severityChanged(current: Cadence | null, intervalMs: number | null, now: number, owned: boolean): CadenceStep {
  // Never started: the new severity's interval counts from now. Stopped by a severity without
  // `update_every`: it counts from the last anchor, as if the cadence had never paused.
  if (!running(current) && (!owned || current === null)) return owned ? startCadence(current, intervalMs, now) : UNCHANGED;
  const anchorAt = (current as Cadence).anchorAt;
  if (intervalMs === null) return cycleDue(nextCycle(current), anchorAt, null, null, now);
  return cycleDue(nextCycle(current), anchorAt, anchorAt + intervalMs, intervalMs, now);
}

/** Resolved: no more reminders. */
export function stopCadence(current: Cadence | null): CadenceStep {
  if (!running(current)) return UNCHANGED;
  const { anchorAt, intervalMs } = current as Cadence;
  return { next: { cycle: nextCycle(current), anchorAt, dueAt: null, intervalMs }, reminders: [] };
}

/** Reopened: a new cycle from now. */
export function reopenCadence(current: Cadence | null, intervalMs: number | null, now: number): CadenceStep {
  if (intervalMs === null) return UNCHANGED;
  return cycleDue(nextCycle(current), now, now + intervalMs, intervalMs, now);
}

export type UpdateState = 'none' | 'on_time' | 'due' | 'late';

/** Whether the next update is expected later, due now, or late (past due by half an interval). */
export function updateState(cadence: Cadence | null, now: number): UpdateState {
  if (cadence === null || cadence.dueAt === null) return 'none';
  if (now < cadence.dueAt) return 'on_time';
  const grace = cadence.intervalMs === null ? 0 : Math.floor(cadence.intervalMs / 2);
  return now < cadence.dueAt + grace ? 'due' : 'late';
}

/** A reminder of `cycle` still applies: the cadence has not moved on and still expects an update. */
export function reminderApplies(cadence: Cadence | null, cycle: number): boolean {
  return cadence !== null && cadence.cycle === cycle && cadence.dueAt !== null;
}

/** The range "next update in" may take: a minute to twice the interval. */
export function snoozeProblem(nextInMs: number, intervalMs: number | null): string | null {
  if (intervalMs === null) return 'the incident\'s severity has no update_every, so no update is expected; leave next_update_in out';
  if (nextInMs < 60_000) return 'must be at least 1m';
  if (nextInMs > 2 * intervalMs) return `must be at most twice the severity's update_every (${Math.round((2 * intervalMs) / 60_000)}m)`;
  return null;
}
