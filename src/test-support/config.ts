import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import { SQL_DIALECTS, type DialectName } from '../core/db/database.js';
import type { Schema } from '../core/db/schema.js';
import { FakeClock } from '../core/clock.js';
import { applyConfig, formatConfigErrors, parseConfig, type ApplyOutcome } from '../config/index.js';
import type { ConfigDocument } from '../config/config-document.js';
import { TEST_OUTBOUND } from './outbound.js';

/** Parses YAML that a test expects to be well-formed. */
export function yamlDocument(text: string, file = 'vigil.yaml'): ConfigDocument {
  const { document, errors } = parseConfig(text, file);
  if (!document) throw new Error(`test YAML does not parse:\n${formatConfigErrors(errors)}`);
  return document;
}

/** The example configuration: files it names (runbooks) are read relative to it. */
export const EXAMPLE_CONFIG_FILE = fileURLToPath(new URL('../../deploy/example/vigil.yaml', import.meta.url));

/** `configFile`: where the text stands, for the files it names (default: `vigil.yaml` here). */
export function applyYaml(
  db: Kysely<Schema>,
  dialect: DialectName,
  text: string,
  options: { clock?: FakeClock; prune?: boolean; configFile?: string } = {},
): Promise<ApplyOutcome> {
  // The peers tests point addresses at listen on 127.0.0.1, which the test allow-list allows.
  return applyConfig(db, SQL_DIALECTS[dialect], yamlDocument(text, options.configFile), { clock: options.clock ?? new FakeClock(), prune: options.prune ?? false, outbound: TEST_OUTBOUND });
}

/** Row counts of every table configuration writes, to show that nothing was written. */
export async function configRowCounts(db: Kysely<Schema>): Promise<Record<string, number>> {
  const tables = ['severities', 'users', 'teams', 'team_members', 'services', 'integrations'] as const;
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const row = await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}
