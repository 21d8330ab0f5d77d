import { expect } from 'vitest';
import { seedBootstrapToken } from '../access/api-tokens.js';
import { buildApp } from '../app/build-app.js';
import { createEngine } from '../app/engine.js';
import { createIncidentEvents } from '../app/incident-events.js';
import { systemClock } from '../core/clock.js';
import { createRuntime } from '../core/runtime.js';
import type { Engine } from '../engine/engine.js';
import { ensureDefaultSeverities } from '../incidents/severities.js';
import { TEST_ADMIN_TOKEN, TEST_OUTBOUND, TEST_PUBLIC_URL, testNotifyServices } from './app.js';
import { applyYaml } from './config.js';
import { createTestDatabase, type TestDatabase } from './databases.js';

/** Vigil on the real clock with its engine running (100 ms polls), on SQLite: for second-scale timer tests. */
export interface RealTimeApp {
  readonly database: TestDatabase;
  readonly app: Awaited<ReturnType<typeof buildApp>>;
  readonly engine: Engine;
  close(): Promise<void>;
}

/** Applies `yaml`, lets `prepare` add rows the file cannot hold, then starts the app and engine. */
export async function startRealTimeApp(yaml: string, prepare?: (database: TestDatabase) => Promise<void>): Promise<RealTimeApp> {
  const database = await createTestDatabase('sqlite');
  await ensureDefaultSeverities(database.db);
  await seedBootstrapToken(database.db, TEST_ADMIN_TOKEN, systemClock);
  expect((await applyYaml(database.db, 'sqlite', yaml)).errors).toEqual([]);
  await prepare?.(database);
  const runtime = createRuntime(database, { clock: systemClock, outbound: TEST_OUTBOUND });
  const notify = testNotifyServices();
  const events = createIncidentEvents(database.dialect, database.db);
  const app = await buildApp({ runtime, notify, publicUrl: TEST_PUBLIC_URL, oidc: null, events });
  const engine = createEngine(runtime, notify, { pollMs: 100 }, events);
  await engine.start();
  return {
    database,
    app,
    engine,
    async close() {
      await engine.stop();
      await app.close();
      await database.destroy();
    },
  };
}
