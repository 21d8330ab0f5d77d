/**
 * Lists never move under a reader: while the pointer or focus is in a list, or it is scrolled,
 * the rows keep their places. Changed rows update where they are (one that left the list shows
 * its last state until the list is idle); new rows wait behind "3 new — show". Pure.
 */
export interface Held<T> {
  readonly rows: readonly T[];
  /** Rows the list has that are not shown yet. */
  readonly waiting: number;
}

/**
 * `shown`: the rows as the reader saw them when the hold began (null: not holding, show the list
 * as it is). `latest` finds the newest version of a row that has left the list.
 *
 * Rows the list has gained after the last shown one (the next page, read as the reader scrolls
 * down, or a new incident that sorts last) are added below: that moves nothing on screen.
 */
export function heldRows<T extends { readonly id: string }>(current: readonly T[], shown: readonly T[] | null, latest: (id: string) => T | undefined = () => undefined): Held<T> {
  if (shown === null) return { rows: current, waiting: 0 };
  const byId = new Map(current.map((row) => [row.id, row]));
  const shownIds = new Set(shown.map((row) => row.id));
  let lastShown = -1;
  for (let i = current.length - 1; i >= 0; i -= 1) {
    if (shownIds.has((current[i] as T).id)) {
      lastShown = i;
      break;
    }
  }
  // With none of the shown rows left in the list, everything in it is new to the reader.
  const below = lastShown < 0 ? [] : current.slice(lastShown + 1).filter((row) => !shownIds.has(row.id));
  const above = current.slice(0, Math.max(lastShown, 0)).filter((row) => !shownIds.has(row.id)).length;
  return {
    rows: [...shown.map((row) => byId.get(row.id) ?? latest(row.id) ?? row), ...below],
    waiting: lastShown < 0 ? current.length : above,
  };
}
