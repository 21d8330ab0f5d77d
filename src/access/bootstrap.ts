import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Kysely } from 'kysely';
import type { Clock } from '../core/clock.js';
import type { Schema } from '../core/db/schema.js';
import { newSecret } from '../core/ids.js';
import { hasBootstrapToken, seedBootstrapToken } from './api-tokens.js';

export type AdminTokenSource =
  | { readonly kind: 'environment' }
  | { readonly kind: 'generated'; readonly file: string }
  | { readonly kind: 'file'; readonly file: string }
  | { readonly kind: 'existing' };

/** Where a generated admin token is written: beside the SQLite file, or ./data for PostgreSQL. */
export function adminTokenFile(databaseLocation: string, dialect: 'sqlite' | 'postgres'): string {
  const dir = dialect === 'sqlite' && databaseLocation !== ':memory:' ? dirname(databaseLocation) : join(process.cwd(), 'data');
  return join(dir, 'admin-token');
}

/**
 * `VIGIL_ADMIN_TOKEN` seeds the admin token. Without it, the first start generates one and writes
 * it to a file readable only by its owner, so a fresh install is usable at once and the secret
 * never appears in logs.
 */
export async function ensureAdminToken(
  db: Kysely<Schema>,
  configured: string | null,
  file: string,
  clock: Clock,
): Promise<AdminTokenSource> {
  if (configured !== null) {
    await seedBootstrapToken(db, configured, clock);
    return { kind: 'environment' };
  }
  if (existsSync(file)) {
    await seedBootstrapToken(db, readFileSync(file, 'utf8').trim(), clock);
    return { kind: 'file', file };
  }
  if (await hasBootstrapToken(db)) return { kind: 'existing' };
  const token = newSecret(32);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${token}\n`, { mode: 0o600 });
  await seedBootstrapToken(db, token, clock);
  return { kind: 'generated', file };
}

export function describeAdminTokenSource(source: AdminTokenSource): string {
  switch (source.kind) {
    case 'environment':
      return 'admin token: the value of VIGIL_ADMIN_TOKEN';
    case 'generated':
      return `admin token: generated and written to ${relative(process.cwd(), source.file) || source.file} (set VIGIL_ADMIN_TOKEN to choose your own)`;
    case 'file':
      return `admin token: in ${relative(process.cwd(), source.file) || source.file} (set VIGIL_ADMIN_TOKEN to choose your own)`;
    case 'existing':
      return 'admin token: the one seeded earlier (VIGIL_ADMIN_TOKEN is not set; set it to replace that token)';
  }
}
