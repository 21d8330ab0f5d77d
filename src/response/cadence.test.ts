import { describe, expect, it } from 'vitest';
import { reminderApplies, remindersFor, severityChanged, snoozeProblem, startCadence, stopCadence, reopenCadence, updatePosted, updateState, type Cadence } from './cadence.js';

const MINUTE = 60_000;
const I = 15 * MINUTE;
const T0 = Date.parse('2026-03-02T10:00:00Z');

describe('the status-update cadence', () => {
  it('starts when someone owns the incident: due one interval later, late half an interval after, escalated one after', () => {
    const step = startCadence(null, I, T0);
    expect(step.next).toEqual({ cycle: 1, anchorAt: T0, dueAt: T0 + I, intervalMs: I });
    expect(step.reminders).toEqual([
      { stage: 'due', runAt: T0 + I },
      { stage: 'late', runAt: T0 + I + 7.5 * MINUTE },
      { stage: 'escalate', runAt: T0 + 2 * I },
    ]);
  });

  it('does not start without update_every, nor restart one already running', () => {
    expect(startCadence(null, null, T0)).toEqual({ next: null, reminders: [] });
    const running: Cadence = { cycle: 1, anchorAt: T0, dueAt: T0 + I, intervalMs: I };
    expect(startCadence(running, I, T0 + MINUTE).next).toBeNull();
  });

  it('moves to a new cycle when an update is posted, honouring "next update in"', () => {
    const running: Cadence = { cycle: 3, anchorAt: T0, dueAt: T0 + I, intervalMs: I };
    const posted = T0 + 20 * MINUTE;
    expect(updatePosted(running, I, posted, { resolved: false }).next).toEqual({ cycle: 4, anchorAt: posted, dueAt: posted + I, intervalMs: I });
    const snoozed = updatePosted(running, I, posted, { resolved: false, nextInMs: 25 * MINUTE });
    expect(snoozed.next?.dueAt).toBe(posted + 25 * MINUTE);
    expect(snoozed.reminders.map((r) => r.runAt)).toEqual([posted + 25 * MINUTE, posted + 25 * MINUTE + 7.5 * MINUTE, posted + 25 * MINUTE + I]);
    // A closing note on a resolved incident expects nothing after it.
    expect(updatePosted(running, I, posted, { resolved: true })).toEqual({ next: { cycle: 4, anchorAt: posted, dueAt: null, intervalMs: I }, reminders: [] });
  });

  it('follows a severity change from the same anchor, reminding at once when the new due time has passed', () => {
    const running: Cadence = { cycle: 1, anchorAt: T0, dueAt: T0 + 60 * MINUTE, intervalMs: 60 * MINUTE };
    const later = severityChanged(running, I, T0 + 40 * MINUTE, true);
    expect(later.next).toEqual({ cycle: 2, anchorAt: T0, dueAt: T0 + I, intervalMs: I });
    expect(later.reminders).toEqual([
      { stage: 'due', runAt: T0 + 40 * MINUTE },
      { stage: 'late', runAt: T0 + 40 * MINUTE + 7.5 * MINUTE },
      { stage: 'escalate', runAt: T0 + 40 * MINUTE + I },
    ]);
    expect(severityChanged(running, null, T0 + MINUTE, true)).toEqual({ next: { cycle: 2, anchorAt: T0, dueAt: null, intervalMs: null }, reminders: [] });
    // Not running: starts only for an incident someone owns.
    expect(severityChanged(null, I, T0, false).next).toBeNull();
    expect(severityChanged(null, I, T0, true).next).toEqual({ cycle: 1, anchorAt: T0, dueAt: T0 + I, intervalMs: I });
    // Paused by a severity without update_every: the anchor still counts.
    const paused: Cadence = { cycle: 2, anchorAt: T0, dueAt: null, intervalMs: null };
    expect(severityChanged(paused, I, T0 + 30 * MINUTE, true)).toEqual({
      next: { cycle: 3, anchorAt: T0, dueAt: T0 + I, intervalMs: I },
      reminders: remindersFor(T0 + I, I, T0 + 30 * MINUTE),
    });
  });

  it('stops on resolve and starts a new cycle on reopen', () => {
    const running: Cadence = { cycle: 2, anchorAt: T0, dueAt: T0 + I, intervalMs: I };
    const stopped = stopCadence(running);
    expect(stopped).toEqual({ next: { cycle: 3, anchorAt: T0, dueAt: null, intervalMs: I }, reminders: [] });
    expect(stopCadence(stopped.next).next).toBeNull();
    expect(reopenCadence(stopped.next, I, T0 + 3 * I).next).toEqual({ cycle: 4, anchorAt: T0 + 3 * I, dueAt: T0 + 4 * I, intervalMs: I });
  });

  it('says whether the next update is on time, due or late', () => {
    const cadence: Cadence = { cycle: 1, anchorAt: T0, dueAt: T0 + I, intervalMs: I };
    expect(updateState(null, T0)).toBe('none');
    expect(updateState({ ...cadence, dueAt: null }, T0)).toBe('none');
    expect(updateState(cadence, T0 + I - 1)).toBe('on_time');
    expect(updateState(cadence, T0 + I)).toBe('due');
    expect(updateState(cadence, T0 + I + 7.5 * MINUTE - 1)).toBe('due');
    expect(updateState(cadence, T0 + I + 7.5 * MINUTE)).toBe('late');
  });

  it('lets a reminder act only for the cycle it was written for', () => {
    const cadence: Cadence = { cycle: 2, anchorAt: T0, dueAt: T0 + I, intervalMs: I };
    expect(reminderApplies(cadence, 2)).toBe(true);
    expect(reminderApplies(cadence, 1)).toBe(false);
    expect(reminderApplies({ ...cadence, dueAt: null }, 2)).toBe(false);
    expect(reminderApplies(null, 1)).toBe(false);
  });

  it('keeps "next update in" between a minute and twice the interval', () => {
    expect(snoozeProblem(30_000, I)).toBe('must be at least 1m');
    expect(snoozeProblem(31 * MINUTE, I)).toBe("must be at most twice the severity's update_every (30m)");
    expect(snoozeProblem(30 * MINUTE, I)).toBeNull();
    expect(snoozeProblem(5 * MINUTE, null)).toMatch(/no update_every/);
  });

  it('counts the stages of a past due time from now', () => {
    expect(remindersFor(T0, I, T0 + MINUTE).map((r) => r.runAt)).toEqual([T0 + MINUTE, T0 + MINUTE + 7.5 * MINUTE, T0 + MINUTE + I]);
  });
});
