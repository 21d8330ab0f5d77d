/**
 * Folding one streamed change into a cached list, pure. The stream sends an incident as it stands
 * after a change; a list keeps the newest version it has seen of each (by `updated_at`), drops
 * one that no longer matches its filters (resolved, from a list of open incidents) and inserts a
 * new one where its order puts it, if that place has been loaded.
 *
 * Lists are TanStack infinite queries: pages read by keyset cursors. An incident that sorts past
 * the last loaded row of a list with more pages is left for those pages to bring.
 */
export interface Versioned {
  readonly id: string;
  /** ISO 8601; a change always moves it forward. */
  readonly updated_at: string;
}

export interface ListRules<T> {
  /** Whether the incident matches the list's filters; undefined when only the server can tell (e.g. "paged to me"). */
  belongs(item: T): boolean | undefined;
  /** The list's order: negative when `a` comes first. */
  compare(a: T, b: T): number;
}

export interface Page<T> {
  readonly incidents: readonly T[];
  readonly next_cursor: string | null;
}

export interface Pages<T, P extends Page<T> = Page<T>> {
  readonly pages: readonly P[];
  readonly pageParams: readonly unknown[];
}

/**
 * - `inserted`, `updated`, `removed`: the list changed;
 * - `stale`: the list already has this version or a newer one;
 * - `absent`: not in the list and does not belong there;
 * - `outside`: belongs past the loaded pages, which will bring it;
 * - `unknown`: only the server can tell whether it belongs: read the list again. (When it was
 *   in the list it is updated in place meanwhile.)
 */
export type Outcome = 'inserted' | 'updated' | 'removed' | 'stale' | 'absent' | 'outside' | 'unknown';

export function isNewer(incoming: Versioned, known: Versioned): boolean {
  return Date.parse(incoming.updated_at) > Date.parse(known.updated_at);
}

export function reconcilePages<T extends Versioned, P extends Page<T>>(data: Pages<T, P>, incoming: T, rules: ListRules<T>): { data: Pages<T, P>; outcome: Outcome } {
  let pageIndex = -1;
  let itemIndex = -1;
  for (const [p, page] of data.pages.entries()) {
    const i = page.incidents.findIndex((item) => item.id === incoming.id);
    if (i >= 0) {
      pageIndex = p;
      itemIndex = i;
      break;
    }
  }
  const belongs = rules.belongs(incoming);
  if (pageIndex < 0) {
    if (belongs === false) return { data, outcome: 'absent' };
    if (belongs === undefined) return { data, outcome: 'unknown' };
    const placed = place(data.pages, incoming, rules.compare);
    return placed === null ? { data, outcome: 'outside' } : { data: { ...data, pages: placed }, outcome: 'inserted' };
  }
  const existing = data.pages[pageIndex]?.incidents[itemIndex] as T;
  if (!isNewer(incoming, existing)) return { data, outcome: 'stale' };
  const without = data.pages.map((page, p) => (p === pageIndex ? { ...page, incidents: page.incidents.filter((_, i) => i !== itemIndex) } : page));
  if (belongs === false) return { data: { ...data, pages: without }, outcome: 'removed' };
  // Its order may have changed (a new severity): it goes where it now sorts, or, past the loaded
  // pages, stays where it was rather than vanish until they load.
  const placed = place(without, incoming, rules.compare)
    ?? data.pages.map((page, p) => (p === pageIndex ? { ...page, incidents: page.incidents.map((item, i) => (i === itemIndex ? incoming : item)) } : page));
  return { data: { ...data, pages: placed }, outcome: belongs === undefined ? 'unknown' : 'updated' };
}

/** The pages with `item` at its sorted place, or null when that place is past the loaded pages. */
function place<T, P extends Page<T>>(pages: readonly P[], item: T, compare: (a: T, b: T) => number): P[] | null {
  let target = pages.findIndex((page) => {
    const last = page.incidents.at(-1);
    return last !== undefined && compare(item, last) <= 0;
  });
  if (target < 0) {
    const lastPage = pages.at(-1);
    if (lastPage === undefined || lastPage.next_cursor !== null) return null;
    target = pages.length - 1;
  }
  return pages.map((page, p) => {
    if (p !== target) return page;
    const at = page.incidents.findIndex((other) => compare(item, other) < 0);
    const incidents = [...page.incidents];
    incidents.splice(at < 0 ? incidents.length : at, 0, item);
    return { ...page, incidents };
  });
}
