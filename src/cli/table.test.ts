import { describe, expect, it } from 'vitest';
import { displayWidth, formatTable, type Column } from './table.js';

interface Row {
  readonly id: string;
  readonly count: number;
  readonly title: string;
}

const COLUMNS: readonly Column<Row>[] = [
  { header: 'ID', value: (r) => r.id },
  { header: 'COUNT', value: (r) => String(r.count), align: 'right' },
  { header: 'TITLE', value: (r) => r.title },
];

/** The terminal cell at which each column starts: where a run of two spaces ends. */
function columnStarts(line: string): number[] {
  const starts = [0];
  for (const match of line.matchAll(/ {2,}(?=\S)/g)) starts.push(displayWidth(line.slice(0, match.index + match[0].length)));
  return starts;
}

describe('formatTable', () => {
  it('lines every column up under its heading however long the values are', () => {
    const lines = formatTable(COLUMNS, [
      { id: 'token:bootstrap-admin', count: 3, title: 'Disk full' },
      { id: 'cli', count: 12345, title: 'Checkout down' },
    ]);
    expect(lines).toEqual([
      'ID                     COUNT  TITLE',
      'token:bootstrap-admin      3  Disk full',
      'cli                    12345  Checkout down',
    ]);
  });

  it('counts wide characters and emoji as two cells, so columns after them stay in line', () => {
    const lines = formatTable(
      [{ header: 'TITLE', value: (r: Row) => r.title }, { header: 'ID', value: (r: Row) => r.id }],
      [
        { id: 'a', count: 0, title: 'ディスク満杯' },
        { id: 'b', count: 0, title: '🔥 fire' },
        { id: 'c', count: 0, title: 'plain' },
      ],
    );
    const starts = lines.map((line) => columnStarts(line)[1]);
    expect(new Set(starts).size).toBe(1);
    expect(starts[0]).toBe(14);
  });

  it('turns control characters into spaces so an alert title cannot break a row or drive the terminal', () => {
    const lines = formatTable(COLUMNS, [{ id: 'x', count: 1, title: 'line one\nline two\u001b[31m red \u202eevil' }]);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe('x       1  line one line two [31m red evil');
  });

  it('prints only the heading when there are no rows, with no trailing spaces', () => {
    expect(formatTable(COLUMNS, [])).toEqual(['ID  COUNT  TITLE']);
  });
});
