/**
 * The console's API types come from Vigil's own OpenAPI document: this builds the app (on a
 * throwaway in-memory database, without listening), asks it for `/openapi.json`, and turns that
 * into `web/src/api/schema.d.ts` with openapi-typescript.
 *
 *   tsx scripts/api-schema.ts          write the file
 *   tsx scripts/api-schema.ts --check  also fail (exit 1) when the committed file was out of date
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildApp } from '../src/app/build-app.js';
import { systemClock } from '../src/core/clock.js';
import { migrateToLatest, openDatabase } from '../src/core/db/database.js';
import { silentLogger } from '../src/core/logger.js';
import { createRuntime } from '../src/core/runtime.js';
import { ensureDefaultSeverities } from '../src/incidents/severities.js';
import { DEFAULT_THROTTLE_MS } from '../src/notify/notify-settings.js';
import { ProviderMap } from '../src/notify/provider-registry.js';

const target = fileURLToPath(new URL('../web/src/api/schema.d.ts', import.meta.url));

async function openapiDocument(): Promise<Record<string, unknown>> {
  const database = openDatabase(':memory:', { logger: silentLogger });
  await migrateToLatest(database.db);
  await ensureDefaultSeverities(database.db);
  const runtime = createRuntime(database, { clock: systemClock, logger: silentLogger });
  const app = await buildApp({
    runtime,
    notify: {
      settings: { publicUrl: 'http://127.0.0.1:8080', secret: 'schema-only'.padEnd(40, '-'), throttleMs: DEFAULT_THROTTLE_MS, ackLinkTtlMs: 3_600_000, twilioAuthToken: null, slackSigningSecret: null, vapidPublicKey: null },
      providers: new ProviderMap([]),
    },
  });
  try {
    await app.ready();
    return app.swagger() as unknown as Record<string, unknown>;
  } finally {
    await app.close();
    await database.close();
  }
}

const header = '// Generated from Vigil\'s OpenAPI document by `npm run api-schema`; do not edit.\n';
const generated = header + astToString(await openapiTS(await openapiDocument() as never, { alphabetize: true }));
const current = await readFile(target, 'utf8').catch(() => '');
if (current !== generated) {
  await writeFile(target, generated);
  if (process.argv.includes('--check')) {
    console.error('web/src/api/schema.d.ts was out of date with the server\'s OpenAPI document; it has been regenerated: check the console still type-checks and commit it.');
    process.exitCode = 1;
  }
}
