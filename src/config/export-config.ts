import type { Kysely } from 'kysely';
import { stringify } from 'yaml';
import type { Schema } from '../core/db/schema.js';
import { ALL_SECTIONS } from './sections/index.js';

/**
 * The database as `vigil.yaml`: sections in dependency order, severities by rank and everything
 * else by id, optional fields only when set. Applying the output reports every item unchanged,
 * and exporting again gives the same bytes. Empty sections are left out, so an empty database
 * exports as `{}`.
 */
export async function exportConfig(db: Kysely<Schema>): Promise<string> {
  const document: Record<string, unknown[]> = {};
  for (const section of ALL_SECTIONS) {
    const items = await section.export(db);
    if (items.length > 0) document[section.key] = items;
  }
  // lineWidth 0: long descriptions stay on one line instead of folding where the width falls.
  return stringify(document, { lineWidth: 0, aliasDuplicateObjects: false });
}
