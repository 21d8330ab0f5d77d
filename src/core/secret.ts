import type { Kysely } from 'kysely';
import type { Schema } from './db/schema.js';
import { newSecret } from './ids.js';

const SECRET_KEY = 'signing_secret';

/**
 * The key that signs acknowledge links and sessions. `VIGIL_SECRET` wins; without it one is
 * generated once and kept in the database, so every process sharing the database signs alike
 * and links survive restarts.
 */
export async function resolveSigningSecret(db: Kysely<Schema>, configured: string | null): Promise<string> {
  if (configured !== null) return configured;
  const existing = await db.selectFrom('settings').select('value').where('key', '=', SECRET_KEY).executeTakeFirst();
  if (existing) return existing.value;
  // Two processes starting at once may both get here; the insert that loses is ignored and
  // both read back the winner.
  await db.insertInto('settings').values({ key: SECRET_KEY, value: newSecret(48) }).onConflict((oc) => oc.column('key').doNothing()).execute();
  const row = await db.selectFrom('settings').select('value').where('key', '=', SECRET_KEY).executeTakeFirstOrThrow();
  return row.value;
}
