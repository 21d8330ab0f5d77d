import { VigilError } from '../core/errors.js';

/** How a list of incidents is ordered: newest first, or most severe first and newest within a severity. */
export type IncidentOrder = 'newest' | 'severity';

/**
 * Where the next page starts: keyset pagination on the incident number (newest first), or on the
 * severity's rank and then the number. Either is stable while incidents are added: a page never
 * repeats or skips one that was there when the first page was read.
 */
export type IncidentCursor =
  | { readonly order: 'newest'; readonly number: number }
  | { readonly order: 'severity'; readonly rank: number; readonly number: number };

export function encodeCursor(cursor: IncidentCursor): string {
  const text = cursor.order === 'newest' ? `n:${cursor.number}` : `s:${cursor.rank}:${cursor.number}`;
  return Buffer.from(text, 'utf8').toString('base64url');
}

function invalid(reason: string): VigilError {
  return new VigilError('VIGIL_INVALID_CURSOR', 'the cursor is not one this server issued for this order; start again without it', [
    { path: 'query.cursor', message: reason },
  ]);
}

const positive = (text: string | undefined) => {
  const value = text !== undefined && /^\d{1,15}$/.test(text) ? Number(text) : Number.NaN;
  return Number.isSafeInteger(value) && value >= 1 ? value : null;
};

/** The cursor, which must have been issued for the same `order`. */
export function decodeCursor(cursor: string, order: IncidentOrder): IncidentCursor {
  const parts = Buffer.from(cursor, 'base64url').toString('utf8').split(':');
  if (parts[0] === 'n' && parts.length === 2) {
    const number = positive(parts[1]);
    if (number === null) throw invalid('malformed cursor');
    if (order !== 'newest') throw invalid('a cursor of the newest-first order');
    return { order, number };
  }
  if (parts[0] === 's' && parts.length === 3) {
    const rank = /^-?\d{1,9}$/.test(parts[1] ?? '') ? Number(parts[1]) : null;
    const number = positive(parts[2]);
    if (rank === null || number === null) throw invalid('malformed cursor');
    if (order !== 'severity') throw invalid('a cursor of the most-severe-first order');
    return { order, rank, number };
  }
  throw invalid('malformed cursor');
}
