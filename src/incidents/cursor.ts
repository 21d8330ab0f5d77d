import { VigilError } from '../core/errors.js';

// Keyset pagination on the incident number (newest first): stable while incidents are added.
const PREFIX = 'n:';

export function encodeCursor(lastNumber: number): string {
  return Buffer.from(`${PREFIX}${lastNumber}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const number = text.startsWith(PREFIX) ? Number(text.slice(PREFIX.length)) : Number.NaN;
  if (!Number.isSafeInteger(number) || number < 1) {
    throw new VigilError('VIGIL_INVALID_CURSOR', 'the cursor is not one this server issued; start again without it', [
      { path: 'query.cursor', message: 'malformed cursor' },
    ]);
  }
  return number;
}
