import { Type, type Static } from '@sinclair/typebox';
import { DateTime } from 'luxon';
import { formatDuration, parseDuration } from '../../core/duration.js';
import { bool, parseJson } from '../../core/db/row-codec.js';
import { deleteWindow, insertWindow, replaceWindow, type WindowInput, type WindowRow } from '../../noise/maintenance.js';
import { WEEK_MS, windowProblems } from '../../noise/maintenance-schedule.js';
import { parseInstant } from '../../oncall/schedule-fields.js';
import { Duration, Id, Instant, Name, Strict, TimeOfDay, TimeZone } from '../fields.js';
import { byId, defineSection } from '../section.js';

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
type Day = (typeof DAYS)[number];

const Weekly = Strict({
  day: Type.Union(DAYS.map((d) => Type.Literal(d))),
  /** Wall-clock time the window opens at, in `time_zone` (HH:MM). */
  start: TimeOfDay(),
  duration: Duration(),
  time_zone: Type.Optional(TimeZone()),
});

const WindowItem = Strict({
  id: Id(),
  services: Type.Array(Id(), { minItems: 1 }),
  reason: Name(),
  /** A one-off window: both, as date-times with a UTC offset. */
  starts_at: Type.Optional(Instant()),
  ends_at: Type.Optional(Instant()),
  /** A weekly window: every week at the same wall-clock time. */
  weekly: Type.Optional(Weekly),
  /** Pause the escalation of incidents already open while it runs (default false). */
  pause_open: Type.Optional(Type.Boolean()),
});
export type MaintenanceWindowConfig = Static<typeof WindowItem>;

/** A window from the file is stored as `mw_<id>`, so its hold refs read like every window's. */
const PREFIX = 'mw_';
/** Weekly windows from the file count their weeks from the first such day on or after this date. */
const ANCHOR = { year: 2024, month: 1, day: 1 };

/** The first occurrence of a weekly window on or after the anchor, in its zone. */
function weeklyStart(weekly: Static<typeof Weekly>): number {
  const zone = weekly.time_zone ?? 'UTC';
  const [hour, minute] = weekly.start.split(':').map(Number) as [number, number];
  const anchor = DateTime.fromObject({ ...ANCHOR, hour, minute }, { zone });
  const shift = (DAYS.indexOf(weekly.day) + 1 - anchor.weekday + 7) % 7;
  return anchor.plus({ days: shift }).toMillis();
}

function inputOf(value: MaintenanceWindowConfig): WindowInput {
  if (value.weekly) {
    const startsAt = weeklyStart(value.weekly);
    return { services: value.services, startsAt, endsAt: startsAt + parseDuration(value.weekly.duration)!, reason: value.reason, repeat: 'weekly', timeZone: value.weekly.time_zone ?? 'UTC', pauseOpen: value.pause_open ?? false };
  }
  return { services: value.services, startsAt: parseInstant(value.starts_at!)!, endsAt: parseInstant(value.ends_at!)!, reason: value.reason, repeat: null, timeZone: 'UTC', pauseOpen: value.pause_open ?? false };
}

/** The configuration fields of a stored window, as the file writes them. */
function configOf(row: WindowRow): MaintenanceWindowConfig {
  const services = parseJson<string[]>(row.services);
  const base = { id: row.id.slice(PREFIX.length), services, reason: row.reason };
  const pause = bool(Number(row.pause_open)) ? { pause_open: true } : {};
  if (row.repeat === 'weekly') {
    const start = DateTime.fromMillis(Number(row.starts_at), { zone: row.time_zone });
    const weekly = { day: DAYS[start.weekday - 1] as Day, start: start.toFormat('HH:mm'), duration: formatDuration(Number(row.ends_at) - Number(row.starts_at)), ...(row.time_zone === 'UTC' ? {} : { time_zone: row.time_zone }) };
    return { ...base, weekly, ...pause };
  }
  return { ...base, starts_at: new Date(Number(row.starts_at)).toISOString(), ends_at: new Date(Number(row.ends_at)).toISOString(), ...pause };
}

/**
 * `maintenance_windows:` planned maintenance, one-off (`starts_at`/`ends_at`) or weekly
 * (`weekly: { day, start, duration, time_zone }`). Windows made in the console are the
 * console's: apply leaves them alone, and `--prune` deletes only windows from the file.
 */
export const maintenanceWindowsSection = defineSection({
  key: 'maintenance_windows',
  kinds: ['maintenance_window'],
  item: WindowItem,

  check(items, context) {
    for (const { value, path } of items) {
      for (const [index, service] of value.services.entries()) context.reference('services', 'service', service, [...path, 'services', index]);
      const oneOff = value.starts_at !== undefined || value.ends_at !== undefined;
      if (value.weekly && oneOff) {
        context.error([...path, 'weekly'], `invalid ${context.label(path)}: give weekly or starts_at and ends_at, not both`, { hint: 'a one-off window has starts_at and ends_at; a repeating one has weekly: { day, start, duration, time_zone }' });
        continue;
      }
      if (!value.weekly && (value.starts_at === undefined || value.ends_at === undefined)) {
        context.error(path, `invalid ${context.label(path)}: a window needs starts_at and ends_at, or weekly`, { hint: 'for example starts_at: "2026-03-10T22:00:00Z", ends_at: "2026-03-11T02:00:00Z", or weekly: { day: saturday, start: "02:00", duration: 2h, time_zone: Europe/Berlin }' });
        continue;
      }
      if (value.weekly && parseDuration(value.weekly.duration)! >= WEEK_MS) {
        context.error([...path, 'weekly', 'duration'], `invalid duration in ${context.label(path)}.weekly: a weekly window must last less than a week`);
        continue;
      }
      for (const problem of windowProblems(inputOf(value))) {
        const field = problem.path.replace(/^body\./, '');
        context.error([...path, field], `invalid ${field} in ${context.label(path)}: ${problem.message}`);
      }
    }
  },

  async existingIds(db) {
    return (await db.selectFrom('maintenance_windows').select('id').where('source', '=', 'config').execute()).map((r) => r.id.slice(PREFIX.length));
  },

  async apply(items, context) {
    if (items === undefined) return;
    const { tx, now, dialect } = context;
    const who = { actor: context.actor };
    for (const { value, path } of items) {
      const id = `${PREFIX}${value.id}`;
      const stored = await tx.selectFrom('maintenance_windows').selectAll().where('id', '=', id).executeTakeFirst();
      if (!stored) {
        await insertWindow(tx, dialect, who, now, id, inputOf(value), 'config');
        context.report({ kind: 'maintenance_window', id: value.id, action: 'created', audited: true });
        continue;
      }
      if (stored.source !== 'config') {
        context.error([...path, 'id'], `invalid id in ${context.label(path)}: a maintenance window made in the console is already called ${id}`, { hint: 'choose another id' });
        continue;
      }
      const before: Record<string, unknown> = configOf(stored);
      const after: Record<string, unknown> = configOf({ ...stored, ...rowFields(inputOf(value)) });
      const changes = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
      if (changes.length === 0) {
        context.report({ kind: 'maintenance_window', id: value.id, action: 'unchanged' });
        continue;
      }
      await replaceWindow(tx, dialect, who, now, stored, inputOf(value));
      context.report({ kind: 'maintenance_window', id: value.id, action: 'updated', changes, audited: true });
    }
  },

  async prune(keep, context) {
    const stored = (await context.tx.selectFrom('maintenance_windows').selectAll().where('source', '=', 'config').execute()).sort(byId);
    for (const row of stored) {
      const id = row.id.slice(PREFIX.length);
      if (keep.has(id)) continue;
      await deleteWindow(context.tx, context.dialect, { actor: context.actor }, context.now, row);
      context.report({ kind: 'maintenance_window', id, action: 'deleted', audited: true });
    }
  },

  async export(db) {
    const rows = (await db.selectFrom('maintenance_windows').selectAll().where('source', '=', 'config').execute()).sort(byId);
    return rows.map(configOf);
  },
});

function rowFields(input: WindowInput): Pick<WindowRow, 'services' | 'starts_at' | 'ends_at' | 'reason' | 'repeat' | 'time_zone' | 'pause_open'> {
  return { services: JSON.stringify([...new Set(input.services)]), starts_at: input.startsAt, ends_at: input.endsAt, reason: input.reason, repeat: input.repeat, time_zone: input.timeZone, pause_open: input.pauseOpen ? 1 : 0 };
}
