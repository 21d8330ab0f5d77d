import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Kysely } from 'kysely';
import type { Clock } from '../core/clock.js';
import type { Schema } from '../core/db/schema.js';
import { newSecret } from '../core/ids.js';
import { bootstrapRetiredAt, BOOTSTRAP_TOKEN_ID, seedBootstrapToken } from './api-tokens.js';

export type AdminTokenSource =
  | { readonly kind: 'environment' }
  | { readonly kind: 'generated'; readonly file: string }
  | { readonly kind: 'file'; readonly file: string }
  /** Retired by an admin: no source brings it back; `ignored` names the sources still present. */
  | { readonly kind: 'retired'; readonly at: number; readonly ignored: readonly string[] }
  /** The source's value breaks the rules: the start stops with this message. */
  | { readonly kind: 'refused'; readonly message: string };

export const ADMIN_TOKEN_MIN_LENGTH = 16;

/**
 * Why a value cannot be the admin token, or null. One rule for `VIGIL_ADMIN_TOKEN` and the
 * admin-token file alike: long enough not to be guessed, and printable ASCII without spaces, as
 * it travels in an Authorization header.
 */
export function adminTokenProblem(token: string): string | null {
  const hint = 'generate one with `openssl rand -hex 32`';
  if (token.length < ADMIN_TOKEN_MIN_LENGTH) return `must be at least ${ADMIN_TOKEN_MIN_LENGTH} characters long (it has ${token.length}); ${hint}`;
  if (/\s/.test(token)) return `must be without spaces; ${hint}`;
  if (!/^[\x21-\x7e]+$/.test(token)) return `must be printable ASCII characters only; ${hint}`;
  return null;
}

/** Where a generated admin token is written: beside the SQLite file, or ./data for PostgreSQL. */
export function adminTokenFile(databaseLocation: string, dialect: 'sqlite' | 'postgres'): string {
  const dir = dialect === 'sqlite' && databaseLocation !== ':memory:' ? dirname(databaseLocation) : join(process.cwd(), 'data');
  return join(dir, 'admin-token');
}

/**
 * Makes the bootstrap admin token what its source says at this start: `VIGIL_ADMIN_TOKEN`, else
 * the admin-token file, else a new token generated into that file (readable only by its owner,
 * so a fresh install is usable at once and the secret never appears in logs). Seeding replaces
 * the stored digest, so a token whose source no longer provides it stops working now rather
 * than living on in the database. Once retired (see `retireBootstrapToken`) no source revives it.
 */
export async function ensureAdminToken(db: Kysely<Schema>, configured: string | null, file: string, clock: Clock): Promise<AdminTokenSource> {
  const retiredAt = await bootstrapRetiredAt(db);
  if (retiredAt !== null) {
    // Should the row have been restored from an older backup, it stays revoked all the same.
    await db.updateTable('api_tokens').set({ revoked_at: retiredAt }).where('id', '=', BOOTSTRAP_TOKEN_ID).where('revoked_at', 'is', null).execute();
    const ignored = [...(configured !== null ? ['VIGIL_ADMIN_TOKEN'] : []), ...(existsSync(file) ? [file] : [])];
    return { kind: 'retired', at: retiredAt, ignored };
  }
  if (configured !== null) {
    const problem = adminTokenProblem(configured);
    if (problem !== null) return { kind: 'refused', message: `VIGIL_ADMIN_TOKEN ${problem}` };
    await seedBootstrapToken(db, configured, clock);
    return { kind: 'environment' };
  }
  if (existsSync(file)) {
    const token = readFileSync(file, 'utf8').trim();
    const problem = adminTokenProblem(token);
    if (problem !== null) return { kind: 'refused', message: `the admin token in ${file} ${problem}` };
    await seedBootstrapToken(db, token, clock);
    return { kind: 'file', file };
  }
  const token = newSecret(32);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${token}\n`, { mode: 0o600 });
  await seedBootstrapToken(db, token, clock);
  return { kind: 'generated', file };
}

export function describeAdminTokenSource(source: AdminTokenSource): string {
  const shown = (file: string) => relative(process.cwd(), file) || file;
  switch (source.kind) {
    case 'environment':
      return 'admin token: the value of VIGIL_ADMIN_TOKEN';
    case 'generated':
      return `admin token: generated and written to ${shown(source.file)} (set VIGIL_ADMIN_TOKEN to choose your own)`;
    case 'file':
      return `admin token: in ${shown(source.file)} (set VIGIL_ADMIN_TOKEN to choose your own)`;
    case 'retired': {
      const ignored = source.ignored.length === 0 ? '' : `; ${source.ignored.map(shown).join(' and ')} ${source.ignored.length === 1 ? 'is' : 'are'} ignored, delete ${source.ignored.length === 1 ? 'it' : 'them'}`;
      return `admin token: retired at ${new Date(source.at).toISOString()}, people sign in instead${ignored}`;
    }
    case 'refused':
      return `admin token: ${source.message}`;
  }
}
