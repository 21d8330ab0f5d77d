import { describe, expect, it } from 'vitest';
import { alertEvent } from '../test-support/alert-events.js';
import { MaintenanceRules, nextOccurrence, occurrenceAt, occurrenceStartingAt, windowProblems, type WindowSpec } from './maintenance-schedule.js';

const HOUR = 3_600_000;
const at = (text: string) => Date.parse(text);

describe('maintenance occurrences', () => {
  const oneOff: WindowSpec = { id: 'mw_a', services: ['orders-db', 'payments'], startsAt: at('2026-03-02T10:00:00Z'), endsAt: at('2026-03-02T12:00:00Z'), reason: 'DB upgrade', repeat: null, timeZone: 'UTC' };
  // Saturdays 02:00–04:00 in New York; DST starts on Sunday 8 March 2026 and ends on Sunday 1 November 2026.
  const weekly: WindowSpec = { id: 'mw_w', services: ['orders-db'], startsAt: at('2026-02-28T02:00:00-05:00'), endsAt: at('2026-02-28T04:00:00-05:00'), reason: 'Patching', repeat: 'weekly', timeZone: 'America/New_York' };

  it('a one-off window holds from its start until its end', () => {
    expect(occurrenceAt(oneOff, at('2026-03-02T09:59:59Z'))).toBeNull();
    expect(occurrenceAt(oneOff, at('2026-03-02T10:00:00Z'))).toEqual({ start: oneOff.startsAt, end: oneOff.endsAt });
    expect(occurrenceAt(oneOff, at('2026-03-02T12:00:00Z'))).toBeNull();
    expect(nextOccurrence(oneOff, at('2026-03-02T12:00:00Z'))).toBeNull();
  });

  it('a weekly window keeps its wall-clock time across a daylight-saving change', () => {
    // Before the change 02:00 EST is 07:00Z; after it 02:00 EDT is 06:00Z.
    expect(nextOccurrence(weekly, at('2026-03-01T00:00:00Z'))).toEqual({ start: at('2026-03-07T07:00:00Z'), end: at('2026-03-07T09:00:00Z') });
    expect(nextOccurrence(weekly, at('2026-03-08T00:00:00Z'))).toEqual({ start: at('2026-03-14T06:00:00Z'), end: at('2026-03-14T08:00:00Z') });
    expect(occurrenceAt(weekly, at('2026-03-14T06:30:00Z'))).toEqual({ start: at('2026-03-14T06:00:00Z'), end: at('2026-03-14T08:00:00Z') });
    expect(occurrenceAt(weekly, at('2026-03-14T05:59:59Z'))).toBeNull();
    // And back in November: 02:00 EST is 07:00Z again.
    expect(nextOccurrence(weekly, at('2026-11-02T00:00:00Z'))).toEqual({ start: at('2026-11-07T07:00:00Z'), end: at('2026-11-07T09:00:00Z') });
    expect(occurrenceStartingAt(weekly, at('2026-03-14T06:00:00Z'))).not.toBeNull();
    expect(occurrenceStartingAt(weekly, at('2026-03-14T07:00:00Z'))).toBeNull();
  });

  it('holds every alert of its services during an occurrence, with the occurrence as ref', () => {
    const rules = new MaintenanceRules([oneOff, weekly]);
    const event = alertEvent();
    expect(rules.holdFor('payments', event, at('2026-03-02T11:00:00Z'))).toEqual({ kind: 'maintenance', ref: `mw_a:${oneOff.startsAt}`, label: 'DB upgrade', until: oneOff.endsAt });
    expect(rules.holdFor('storefront', event, at('2026-03-02T11:00:00Z'))).toBeNull();
    expect(rules.holdFor('orders-db', event, at('2026-03-14T07:00:00Z'))).toEqual({ kind: 'maintenance', ref: `mw_w:${at('2026-03-14T06:00:00Z')}`, label: 'Patching', until: at('2026-03-14T08:00:00Z') });
    expect(rules.holdFor('orders-db', event, at('2026-03-14T08:00:00Z'))).toBeNull();
  });

  it('answers the same at any time, in any order, from its remembered occurrences', () => {
    const rules = new MaintenanceRules([weekly]);
    const times = ['2026-03-14T06:30:00Z', '2026-03-14T08:00:00Z', '2026-03-14T05:00:00Z', '2026-03-21T06:59:59Z', '2026-03-07T07:30:00Z', '2026-03-21T07:00:00Z'].map(at);
    for (const now of times) expect(rules.holdFor('orders-db', alertEvent(), now)?.until ?? null, new Date(now).toISOString()).toBe(occurrenceAt(weekly, now)?.end ?? null);
  });

  it('checks zones and lengths', () => {
    expect(windowProblems({ startsAt: 0, endsAt: HOUR, repeat: null, timeZone: 'Mars/Olympus' })).toEqual([{ path: 'body.time_zone', message: expect.stringMatching(/not a time zone/) }]);
    expect(windowProblems({ startsAt: HOUR, endsAt: HOUR, repeat: null, timeZone: 'UTC' })).toEqual([{ path: 'body.ends_at', message: 'must be after starts_at' }]);
    expect(windowProblems({ startsAt: 0, endsAt: 8 * 24 * HOUR, repeat: 'weekly', timeZone: 'UTC' })).toEqual([{ path: 'body.ends_at', message: 'a weekly window must last less than a week' }]);
  });
});
