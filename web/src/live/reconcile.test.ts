import { describe, expect, it } from 'vitest';
import { reconcilePages, type ListRules, type Page, type Pages } from './reconcile';

interface Row {
  readonly id: string;
  readonly number: number;
  readonly rank: number;
  readonly status: 'triggered' | 'acknowledged' | 'resolved';
  readonly updated_at: string;
  readonly commander?: string;
}

const at = (minute: number) => new Date(Date.UTC(2026, 2, 2, 10, minute)).toISOString();
const row = (number: number, rank: number, minute = 0, status: Row['status'] = 'triggered'): Row => ({ id: `inc_${number}`, number, rank, status, updated_at: at(minute) });

/** Open incidents, most severe first, then newest. */
const OPEN: ListRules<Row> = {
  belongs: (r) => r.status !== 'resolved',
  compare: (a, b) => a.rank - b.rank || b.number - a.number,
};

const pages = (...chunks: [Row[], boolean][]): Pages<Row> => ({
  pages: chunks.map(([incidents, last]): Page<Row> => ({ incidents, next_cursor: last ? null : 'more' })),
  pageParams: chunks.map((_, i) => i),
});
const numbers = (data: Pages<Row>) => data.pages.map((page) => page.incidents.map((r) => r.number));

describe('folding a streamed change into a cached list', () => {
  it('inserts a new incident where its severity and age put it', () => {
    const list = pages([[row(5, 1), row(2, 1), row(4, 2), row(1, 3)], true]);
    const { data, outcome } = reconcilePages(list, row(6, 2, 5), OPEN);
    expect(outcome).toBe('inserted');
    expect(numbers(data)).toEqual([[5, 2, 6, 4, 1]]);
    // The cache is not changed in place: React sees a new object.
    expect(numbers(list)).toEqual([[5, 2, 4, 1]]);
  });

  it('inserts into an empty list that has no more pages', () => {
    const { data, outcome } = reconcilePages(pages([[], true]), row(1, 1, 1), OPEN);
    expect(outcome).toBe('inserted');
    expect(numbers(data)).toEqual([[1]]);
  });

  it('updates an incident in place with its newer version', () => {
    const list = pages([[row(5, 1), row(2, 1), row(4, 2)], true]);
    const acked = { ...row(2, 1, 3, 'acknowledged') };
    const { data, outcome } = reconcilePages(list, acked, OPEN);
    expect(outcome).toBe('updated');
    expect(numbers(data)).toEqual([[5, 2, 4]]);
    expect(data.pages[0]?.incidents[1]?.status).toBe('acknowledged');
  });

  it('moves an incident whose severity changed to its new place', () => {
    const list = pages([[row(5, 1), row(4, 2), row(1, 3)], true]);
    const { data, outcome } = reconcilePages(list, row(1, 1, 9), OPEN);
    expect(outcome).toBe('updated');
    expect(numbers(data)).toEqual([[5, 1, 4]]);
  });

  it('drops a resolved incident from a list of open ones', () => {
    const list = pages([[row(5, 1), row(2, 1)], false], [[row(4, 2), row(1, 3)], true]);
    const { data, outcome } = reconcilePages(list, row(4, 2, 7, 'resolved'), OPEN);
    expect(outcome).toBe('removed');
    expect(numbers(data)).toEqual([[5, 2], [1]]);
  });

  it('ignores a version older than, or the same as, the one it has', () => {
    const list = pages([[{ ...row(2, 1, 10, 'acknowledged') }], true]);
    for (const minute of [4, 10]) {
      const { data, outcome } = reconcilePages(list, row(2, 1, minute, 'triggered'), OPEN);
      expect(outcome).toBe('stale');
      expect(data).toBe(list);
    }
  });

  it('leaves an incident that does not belong, and was not there, alone', () => {
    const list = pages([[row(5, 1)], true]);
    const { data, outcome } = reconcilePages(list, row(3, 1, 2, 'resolved'), OPEN);
    expect(outcome).toBe('absent');
    expect(data).toBe(list);
  });

  it('leaves one that sorts past the loaded pages for those pages to bring', () => {
    const list = pages([[row(9, 1), row(8, 2)], false]);
    const { data, outcome } = reconcilePages(list, row(10, 3, 1), OPEN);
    expect(outcome).toBe('outside');
    expect(data).toBe(list);
    // …but one that sorts inside them goes in.
    expect(reconcilePages(list, row(11, 1, 1), OPEN).outcome).toBe('inserted');
  });

  it('keeps in place a moved incident whose new place has not been loaded', () => {
    const list = pages([[row(9, 1), row(8, 2)], false]);
    const { data, outcome } = reconcilePages(list, row(9, 3, 5), OPEN);
    expect(outcome).toBe('updated');
    expect(numbers(data)).toEqual([[9, 8]]);
    expect(data.pages[0]?.incidents[0]?.rank).toBe(3);
  });

  it('asks for a read when only the server can tell whether an incident belongs', () => {
    const mine: ListRules<Row> = { belongs: (r) => (r.status === 'resolved' ? false : r.commander === 'bob' ? true : undefined), compare: OPEN.compare };
    const list = pages([[row(5, 1)], true]);
    expect(reconcilePages(list, row(6, 1, 1), mine).outcome).toBe('unknown');
    expect(reconcilePages(list, { ...row(7, 1, 1), commander: 'bob' }, mine).outcome).toBe('inserted');
    const changed = reconcilePages(list, row(5, 2, 3), mine);
    expect(changed.outcome).toBe('unknown');
    expect(changed.data.pages[0]?.incidents[0]?.rank).toBe(2);
    expect(reconcilePages(list, row(5, 1, 3, 'resolved'), mine).outcome).toBe('removed');
  });
});
