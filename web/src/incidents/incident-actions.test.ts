import { describe, expect, it } from 'vitest';
import { availability, refusalHeadline } from './incident-actions';
import type { TimelineEntry } from './incident-timeline';

const may = { allowed: true, reason: null };
const viewer = { allowed: false, reason: "Your role (viewer) can't acknowledge" };
const names = new Map([['alice', 'Alice Liddell']]);

describe('incident actions', () => {
  it('follows the status machine: acknowledge only a triggered incident, reopen only a resolved one', () => {
    expect(availability('acknowledge', 'triggered', may)).toEqual({ allowed: true, reason: null });
    expect(availability('acknowledge', 'acknowledged', may)).toEqual({ allowed: false, reason: 'Already acknowledged' });
    expect(availability('acknowledge', 'resolved', may)).toEqual({ allowed: false, reason: 'Resolved: reopen it first' });
    expect(availability('resolve', 'acknowledged', may).allowed).toBe(true);
    expect(availability('resolve', 'resolved', may).reason).toBe('Already resolved');
    expect(availability('escalate', 'acknowledged', may).allowed).toBe(true);
    expect(availability('escalate', 'resolved', may).allowed).toBe(false);
    expect(availability('reopen', 'triggered', may).allowed).toBe(false);
    expect(availability('reopen', 'resolved', may).allowed).toBe(true);
    expect(availability('note', 'resolved', may).allowed).toBe(true);
  });

  it("gives the role's reason before the status's", () => {
    expect(availability('acknowledge', 'triggered', viewer)).toEqual({ allowed: false, reason: "Your role (viewer) can't acknowledge" });
    expect(availability('acknowledge', 'resolved', viewer).reason).toBe("Your role (viewer) can't acknowledge");
  });

  it('explains a refusal by who got there first', () => {
    const timeline: TimelineEntry[] = [
      { seq: 1, at: '2026-03-02T10:00:00Z', kind: 'declared', actor: 'user:bob', message: '', data: {} },
      { seq: 2, at: '2026-03-02T10:01:00Z', kind: 'resolved', actor: 'user:alice', message: '', data: {} },
    ];
    expect(refusalHeadline('acknowledge', { status: 'resolved', timeline }, names)).toBe('Already resolved by Alice Liddell');
    expect(refusalHeadline('escalate', { status: 'resolved', timeline }, names)).toBe('Already resolved by Alice Liddell');
    expect(refusalHeadline('acknowledge', { status: 'acknowledged', timeline: [] }, names)).toBe('Already acknowledged');
    expect(refusalHeadline('acknowledge', { status: 'triggered', timeline }, names)).toBeNull();
    expect(refusalHeadline('severity', { status: 'resolved', timeline }, names)).toBeNull();
    expect(refusalHeadline('acknowledge', undefined, names)).toBeNull();
  });
});
