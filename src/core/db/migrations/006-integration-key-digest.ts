import type { Kysely } from 'kysely';
import { hashSecret } from '../../ids.js';

// Ingest finds an integration by the SHA-256 digest of the routing key a sender presents, as
// API tokens and sessions are found, so no comparison ever runs over the secret itself (an index
// lookup on the plain key compares it byte by byte). The key itself stays: `vigil export`
// writes it back into vigil.yaml.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('integrations').addColumn('key_hash', 'text').execute();
  const typed = db as unknown as Kysely<{ integrations: { id: string; key: string; key_hash: string | null } }>;
  const rows = await typed.selectFrom('integrations').select(['id', 'key']).execute();
  for (const row of rows) await typed.updateTable('integrations').set({ key_hash: hashSecret(row.key) }).where('id', '=', row.id).execute();
  await db.schema.createIndex('integrations_key_hash').on('integrations').column('key_hash').unique().execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('integrations_key_hash').execute();
  await db.schema.alterTable('integrations').dropColumn('key_hash').execute();
}
