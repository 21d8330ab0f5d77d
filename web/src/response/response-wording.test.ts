import { describe, expect, it } from 'vitest';
import { mayRespond, updateDueWording } from './response-wording';

const due = '2026-03-02T10:15:00.000Z';
const at = (iso: string) => Date.parse(iso);

describe('the status-update line', () => {
  it('counts down to the next update, then says it is overdue', () => {
    expect(updateDueWording(due, 'on_time', at('2026-03-02T10:03:00Z'))).toEqual({ text: 'Next update due in 12 min', tone: 'normal' });
    expect(updateDueWording(due, 'on_time', at('2026-03-02T10:18:00Z'))).toEqual({ text: 'Update overdue by 3 min', tone: 'overdue' });
    expect(updateDueWording(due, 'late', at('2026-03-02T10:25:30Z'))).toEqual({ text: 'Update overdue by 10 min', tone: 'overdue' });
    expect(updateDueWording(null, 'none', 0)).toEqual({ text: 'No status update expected', tone: 'quiet' });
  });

  it('lets responders and admins change the response, and tells viewers why not', () => {
    expect(mayRespond('responder').allowed).toBe(true);
    expect(mayRespond('viewer')).toEqual({ allowed: false, reason: "Your role (viewer) can't change the response" });
  });
});
