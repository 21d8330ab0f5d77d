import { jobKeys } from '../engine/job-catalogue.js';
import { DAY_MS, instantAt, wallTime, wallTimeAt } from '../oncall/wall-clock.js';

/** When an action item's owner is reminded, relative to its due date. */
export const REMINDER_STAGES = [
  { stage: 'before', days: -2 },
  { stage: 'due', days: 0 },
  { stage: 'after1', days: 7 },
  { stage: 'after2', days: 14 },
  { stage: 'after3', days: 21 },
  { stage: 'after4', days: 28 },
] as const;
export type ReminderStage = (typeof REMINDER_STAGES)[number]['stage'];

/** Reminders go out at this hour of the owner's day: a working hour, never a page in the night. */
export const REMINDER_HOUR = 9;

export interface PlannedReminder {
  readonly stage: ReminderStage;
  readonly runAt: number;
  readonly key: string;
}

/** Every key of an item starts so: a new due date cancels them all before writing its own. */
export const actionReminderPrefix = (itemId: string) => `action:${itemId}:`;

/**
 * The reminders of an item due on `dueDate` (`YYYY-MM-DD`, the owner's calendar): two days
 * before, on the day, then weekly four times, each at 09:00 in the owner's zone. Those already
 * past are left out: a reminder is for what is still ahead.
 */
export function planActionReminders(itemId: string, dueDate: string, timeZone: string, now: number): PlannedReminder[] {
  const [year, month, day] = dueDate.split('-').map(Number) as [number, number, number];
  return REMINDER_STAGES.map(({ stage, days }) => {
    const date = new Date(Date.UTC(year, month - 1, day) + days * DAY_MS);
    const runAt = instantAt(timeZone, wallTime(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), REMINDER_HOUR));
    return { stage, runAt, key: jobKeys.actionRemind(itemId, dueDate, stage) };
  }).filter((r) => r.runAt > now);
}

/** Today's date on the owner's calendar. */
export function localDate(timeZone: string, instant: number): string {
  return new Date(wallTimeAt(timeZone, instant)).toISOString().slice(0, 10);
}

/** The reminder's wording for its stage. */
export function reminderText(stage: ReminderStage, title: string, dueDate: string): string {
  switch (stage) {
    case 'before':
      return `Action item due in 2 days (${dueDate}): ${title}`;
    case 'due':
      return `Action item due today (${dueDate}): ${title}`;
    default: {
      const weeks = Number(stage.slice('after'.length));
      return `Action item overdue by ${weeks} week${weeks === 1 ? '' : 's'} (due ${dueDate}): ${title}`;
    }
  }
}
