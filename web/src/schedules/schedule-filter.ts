import type { Outlook, ScheduleList } from './schedule-queries';

export interface ScheduleRow {
  readonly schedule: ScheduleList['schedules'][number];
  /** Null until the outlook has answered (or when it failed). */
  readonly oncall: Outlook['schedules'][number] | null;
}

/**
 * The schedules a filter keeps, sorted by name: every word must appear in the schedule's name,
 * id, team, time zone, or the name of whoever is on call now or next; `mine` keeps schedules
 * with the viewer in a layer.
 */
export function filterSchedules(rows: readonly ScheduleRow[], filter: { text: string; mine: boolean; userId: string | null }): ScheduleRow[] {
  const words = filter.text.toLowerCase().split(/\s+/).filter((w) => w !== '');
  return rows
    .filter((row) => {
      if (filter.mine && !row.schedule.layers.some((layer) => filter.userId !== null && layer.participants.includes(filter.userId))) return false;
      const haystack = [row.schedule.name, row.schedule.id, row.schedule.team ?? '', row.schedule.time_zone, row.oncall?.now?.name ?? '', row.oncall?.next?.name ?? ''].join(' ').toLowerCase();
      return words.every((w) => haystack.includes(w));
    })
    .sort((a, b) => a.schedule.name.localeCompare(b.schedule.name));
}
