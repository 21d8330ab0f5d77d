import { describe, expect, it } from 'vitest';
import { filterSchedules, type ScheduleRow } from './schedule-filter';

const row = (id: string, name: string, team: string | null, participants: string[], now: string | null): ScheduleRow => ({
  schedule: {
    id, name, team, description: null, time_zone: 'America/New_York', created_at: '', updated_at: '',
    layers: [{ id: `lyr_${id}`, name: null, rotation: 'weekly', handoff: 'monday 09:00', start: '2026-01-05', participants, restrictions: [], end: null }],
  },
  oncall: now === null ? null : { schedule: { id, name, team, time_zone: 'America/New_York' }, now: { id: now, name: now === 'bob' ? 'Bob Okafor' : now }, until: null, next: null, next_from: null },
});

const rows = [row('payments-primary', 'Payments primary', 'payments', ['dana', 'chen'], 'dana'), row('platform-primary', 'Platform primary', 'platform', ['alice', 'bob'], 'bob')];

describe('filtering the schedule list', () => {
  it('keeps schedules whose name, team or person on call has every word', () => {
    expect(filterSchedules(rows, { text: '', mine: false, userId: null }).map((r) => r.schedule.id)).toEqual(['payments-primary', 'platform-primary']);
    expect(filterSchedules(rows, { text: 'PLATFORM', mine: false, userId: null }).map((r) => r.schedule.id)).toEqual(['platform-primary']);
    expect(filterSchedules(rows, { text: 'okafor', mine: false, userId: null }).map((r) => r.schedule.id)).toEqual(['platform-primary']);
    expect(filterSchedules(rows, { text: 'primary new_york', mine: false, userId: null })).toHaveLength(2);
    expect(filterSchedules(rows, { text: 'nothing', mine: false, userId: null })).toEqual([]);
  });

  it('keeps only the viewer\'s schedules when asked', () => {
    expect(filterSchedules(rows, { text: '', mine: true, userId: 'chen' }).map((r) => r.schedule.id)).toEqual(['payments-primary']);
    expect(filterSchedules(rows, { text: '', mine: true, userId: null })).toEqual([]);
  });
});
