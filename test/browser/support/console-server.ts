import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { seedBootstrapToken } from '../../../src/access/api-tokens.js';
import { hashPassword } from '../../../src/access/passwords.js';
import { buildApp } from '../../../src/app/build-app.js';
import { createEngine } from '../../../src/app/engine.js';
import { createIncidentEvents } from '../../../src/app/incident-events.js';
import { loadConsoleBundle } from '../../../src/console/console-bundle.js';
import { systemClock } from '../../../src/core/clock.js';
import type { DialectName } from '../../../src/core/db/database.js';
import { silentLogger } from '../../../src/core/logger.js';
import { createRuntime, type Runtime } from '../../../src/core/runtime.js';
import type { Engine } from '../../../src/engine/engine.js';
import { ensureDefaultSeverities } from '../../../src/incidents/severities.js';
import { ProviderMap } from '../../../src/notify/provider-registry.js';
import { providersFromEnv } from '../../../src/notify/providers-from-env.js';
import { TEST_ADMIN_TOKEN, TEST_OUTBOUND, testNotifyServices } from '../../../src/test-support/app.js';
import { applyYaml, EXAMPLE_CONFIG_FILE } from '../../../src/test-support/config.js';
import { createTestDatabase, type TestDatabase } from '../../../src/test-support/databases.js';

export { TEST_ADMIN_TOKEN };

/** Everyone in the browser tests signs in with this password. */
export const PASSWORD = 'correct horse battery staple';

/**
 * The example organisation from `deploy/example/vigil.yaml`: alice (admin), bob, chen and dana
 * (responders), eli (viewer); the checkout, edge-proxy and payment-gateway services.
 */
export const ORGANISATION = readFileSync(fileURLToPath(new URL('../../../deploy/example/vigil.yaml', import.meta.url)), 'utf8');

/** The example's Events API v2 routing key for Checkout API. */
export const CHECKOUT_ROUTING_KEY = '3f9c2a7e1b5d4c8f9a0e6b2d7c1f4a85';

export interface ConsoleServer {
  readonly url: string;
  readonly app: FastifyInstance;
  readonly runtime: Runtime;
  readonly database: TestDatabase;
  readonly engine: Engine;
  /** An API call with the admin token. */
  api(method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }>;
  close(): Promise<void>;
}

/**
 * Vigil as a browser meets it: listening on loopback with the real clock, the engine running, the
 * built console (web/dist) served at `/`, and the organisation above applied with passwords set.
 */
export async function startConsoleServer(options: { dialect?: DialectName; yaml?: string } = {}): Promise<ConsoleServer> {
  const dialect = options.dialect ?? 'sqlite';
  const database = await createTestDatabase(dialect);
  await ensureDefaultSeverities(database.db);
  await seedBootstrapToken(database.db, TEST_ADMIN_TOKEN, systemClock);
  // Files the example names (runbooks) are read beside it.
  const applied = await applyYaml(database.db, dialect, options.yaml ?? ORGANISATION, { configFile: EXAMPLE_CONFIG_FILE });
  if (applied.errors.length > 0) throw new Error(`the test organisation does not apply: ${JSON.stringify(applied)}`);
  await database.db.updateTable('users').set({ password_hash: await hashPassword(PASSWORD) }).execute();
  const runtime = createRuntime(database, { clock: systemClock, logger: silentLogger, outbound: TEST_OUTBOUND });
  // The real providers, as `serve` builds them: the example's webhooks point at a port where
  // nothing listens, so their deliveries fail the way a newcomer's would.
  const notify = { ...testNotifyServices(), providers: new ProviderMap(providersFromEnv({}, 'http://127.0.0.1', 'test-signing-secret-0123456789abcdef0123456789', TEST_OUTBOUND)) };
  const events = createIncidentEvents(database.dialect, database.db);
  const bundle = loadConsoleBundle();
  if (bundle.state !== 'ready') throw new Error('the console is not built: the browser tests\' global setup builds it');
  const app = await buildApp({ runtime, notify, events, consoleBundle: bundle, publicUrl: 'http://127.0.0.1' });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
  const engine = createEngine(runtime, notify);
  await engine.start();
  return {
    url,
    app,
    runtime,
    database,
    engine,
    async api(method, path, body) {
      const response = await fetch(url + path, {
        method,
        headers: { authorization: `Bearer ${TEST_ADMIN_TOKEN}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      return { status: response.status, body: text === '' ? null : (JSON.parse(text) as unknown) };
    },
    async close() {
      await engine.stop();
      await app.close();
      await database.close();
    },
  };
}
