/**
 * Which past incidents look like this one (pure): the same alert signature, or a title whose
 * words mostly agree. Computed in the process, so SQLite and PostgreSQL rank alike (no pg_trgm,
 * no full-text search).
 */

const STOPWORDS = new Set([
  'a', 'an', 'and', 'are', 'at', 'be', 'by', 'for', 'from', 'has', 'in', 'is', 'it', 'of', 'on', 'or', 'the', 'to', 'was', 'with',
  'down', 'high', 'low', 'error', 'errors', 'alert', 'firing', 'critical', 'warning',
]);
const HEXISH = /^(?=[0-9a-f]*\d)[0-9a-f]{6,}$/;

/** A title's words that say what is wrong: NFKC, lowercase, split on anything not a letter or digit; no numbers, hex ids, single letters or stopwords. */
export function titleTokens(title: string): Set<string> {
  const words = title.normalize('NFKC').toLowerCase().split(/[^\p{L}\p{N}]+/u);
  return new Set(words.filter((w) => w.length > 1 && !/^\d+$/.test(w) && !HEXISH.test(w) && !STOPWORDS.has(w)));
}

/** |A ∩ B| / |A ∪ B|; two titles with no words in common (or none at all) score 0. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return shared / (a.size + b.size - shared);
}

export const TITLE_THRESHOLD = 0.5;
export const MAX_SIMILAR = 10;

export interface Candidate {
  readonly id: string;
  readonly number: number;
  readonly title: string;
  readonly triggeredAt: number;
  readonly sharesSignature: boolean;
}

export interface RankedCandidate extends Candidate {
  readonly titleScore: number;
  readonly why: string;
}

/** Keeps a shared signature or a title Jaccard ≥ 0.5; ranks signature first, then title score, then the most recent; the top 10. */
export function rankSimilar(title: string, candidates: readonly Candidate[]): RankedCandidate[] {
  const mine = titleTokens(title);
  return candidates
    .map((c) => {
      const titleScore = jaccard(mine, titleTokens(c.title));
      const reasons = [c.sharesSignature ? 'same alert signature' : null, titleScore >= TITLE_THRESHOLD ? `similar title (${Math.round(titleScore * 100)} % of words shared)` : null].filter((r) => r !== null);
      return { ...c, titleScore, why: reasons.join('; ') };
    })
    .filter((c) => c.sharesSignature || c.titleScore >= TITLE_THRESHOLD)
    .sort((a, b) => Number(b.sharesSignature) - Number(a.sharesSignature) || b.titleScore - a.titleScore || b.triggeredAt - a.triggeredAt || b.number - a.number)
    .slice(0, MAX_SIMILAR);
}
