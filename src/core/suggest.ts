import type { Kysely } from 'kysely';
import type { Schema } from './db/schema.js';

/** Edit distance (insertions, deletions, substitutions) between two short words. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The closest candidate when it is plausibly a typo: at most two edits, and fewer than half the
 * word, so `xy` does not become `id`.
 */
export function closestMatch(word: string, candidates: readonly string[]): string | undefined {
  const limit = Math.min(2, Math.floor(word.length / 2));
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance <= limit && (best === undefined || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}

export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  const match = closestMatch(word, candidates);
  return match === undefined ? undefined : `did you mean "${match}"?`;
}

/**
 * `; did you mean "bob"?` when an id that names no row is a plausible typo of one that does, else
 * the empty string. Reads the table's ids only after a lookup failed, so the common path costs
 * nothing.
 */
export async function suggestStoredId(db: Kysely<Schema>, table: 'users' | 'teams' | 'schedules' | 'services', id: string): Promise<string> {
  const ids = (await db.selectFrom(table).select('id').execute()).map((r) => r.id);
  const hint = didYouMean(id, ids);
  return hint === undefined ? '' : `; ${hint}`;
}
