import { describe, expect, it } from 'vitest';
import { checkDraft } from './override-draft';
import type { TimedShift } from './timeline';

const t = (iso: string) => Date.parse(iso);
const bob = { id: 'bob', name: 'Bob Okafor' };
const chen = { id: 'chen', name: 'Chen Wei' };
const now = t('2026-12-04T10:00:00Z');
const describeSpan = (s: { start: number; end: number }) => `${new Date(s.start).toISOString().slice(11, 16)}–${new Date(s.end).toISOString().slice(11, 16)}`;
const final: TimedShift[] = [
  { user: chen, start: t('2026-12-04T00:00:00Z'), end: t('2026-12-04T14:00:00Z'), source: 'lyr_a' },
  { user: bob, start: t('2026-12-04T14:00:00Z'), end: t('2026-12-05T00:00:00Z'), source: 'lyr_b' },
];
const context = { now, overrides: [], finalShifts: final, describe: describeSpan };

describe('checking an override before it is saved', () => {
  it('names what is missing, and an end not after the start', () => {
    expect(checkDraft({ user: null, start: null, end: null }, context).errors).toEqual(['Choose who is on call.', 'Give a start date and time.', 'Give an end date and time.']);
    expect(checkDraft({ user: bob, start: now + 1000, end: now }, context).errors).toEqual(['The end must be after the start.']);
  });

  it('accepts a plain range with nothing to warn about', () => {
    expect(checkDraft({ user: bob, start: now, end: now + 2 * 3_600_000 }, context)).toEqual({ errors: [], warnings: [] });
  });

  it('warns of overlapping overrides, which the new one cuts short', () => {
    const overrides = [{ id: 'ovr_1', user: chen, start: t('2026-12-04T11:00:00Z'), end: t('2026-12-04T12:30:00Z') }];
    const check = checkDraft({ user: bob, start: now, end: now + 2 * 3_600_000 }, { ...context, overrides });
    expect(check.warnings).toEqual(['Overlaps Chen Wei\'s override (11:00–12:30); the new one wins where they overlap.']);
  });

  it('says when the person is already on call for part or all of the range', () => {
    expect(checkDraft({ user: bob, start: t('2026-12-04T13:00:00Z'), end: t('2026-12-04T16:00:00Z') }, context).warnings).toEqual(['Bob Okafor is already on call for 2 h of this range.']);
    expect(checkDraft({ user: bob, start: t('2026-12-04T15:00:00Z'), end: t('2026-12-04T16:00:00Z') }, context).warnings).toEqual(['Bob Okafor is already on call for all of this range, so the override changes nothing.']);
  });

  it('warns about ranges in the past, but not about a start a moment ago', () => {
    expect(checkDraft({ user: chen, start: now - 60_000, end: now + 3_600_000 }, { ...context, finalShifts: [] }).warnings).toEqual([]);
    expect(checkDraft({ user: chen, start: now - 3_600_000, end: now + 3_600_000 }, { ...context, finalShifts: [] }).warnings).toEqual(['This starts in the past; only the part from now on changes who is paged.']);
    expect(checkDraft({ user: chen, start: now - 7_200_000, end: now - 3_600_000 }, { ...context, finalShifts: [] }).warnings).toEqual(['This range has already ended, so it puts nobody on call.']);
  });
});
