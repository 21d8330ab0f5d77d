import { describe, expect, it } from 'vitest';
import { heldRows } from './hold';

const r = (id: string, status = 'triggered') => ({ id, status });

describe('holding a list still while someone reads it', () => {
  it('shows the list as it is when nobody is reading it', () => {
    const current = [r('a'), r('b')];
    expect(heldRows(current, null)).toEqual({ rows: current, waiting: 0 });
  });

  it('keeps rows in their places and counts the new ones waiting above the last shown', () => {
    const shown = [r('a'), r('b'), r('c')];
    const current = [r('x'), r('a'), r('w'), r('c'), r('b')];
    const held = heldRows(current, shown);
    expect(held.rows.map((row) => row.id)).toEqual(['a', 'b', 'c']);
    expect(held.waiting).toBe(2);
  });

  it('adds below what sorts after the last shown row: the next page moves nothing', () => {
    const held = heldRows([r('a'), r('n'), r('b'), r('p1'), r('p2')], [r('a'), r('b')]);
    expect(held.rows.map((row) => row.id)).toEqual(['a', 'b', 'p1', 'p2']);
    expect(held.waiting).toBe(1);
  });

  it('counts everything as waiting when none of the shown rows is left', () => {
    const held = heldRows([r('x'), r('y')], [r('a')], (id) => (id === 'a' ? r('a', 'resolved') : undefined));
    expect(held).toEqual({ rows: [r('a', 'resolved')], waiting: 2 });
  });

  it('updates changed rows in place', () => {
    const held = heldRows([r('b', 'acknowledged'), r('a')], [r('a'), r('b')]);
    expect(held.rows).toEqual([r('a'), r('b', 'acknowledged')]);
  });

  it('shows a row that left the list in its newest known state until the hold ends', () => {
    const latest = (id: string) => (id === 'b' ? r('b', 'resolved') : undefined);
    const held = heldRows([r('a')], [r('a'), r('b'), r('c')], latest);
    expect(held.rows).toEqual([r('a'), r('b', 'resolved'), r('c')]);
    expect(held.waiting).toBe(0);
  });
});
