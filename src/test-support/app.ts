import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Logger } from 'pino';
import { seedBootstrapToken } from '../access/api-tokens.js';
import type { OidcSettings } from '../access/oidc-settings.js';
import { FakeClock } from '../core/clock.js';
import type { DialectName } from '../core/db/database.js';
import { silentLogger } from '../core/logger.js';
import { createRuntime, type Runtime } from '../core/runtime.js';
import { buildApp } from '../app/build-app.js';
import type { ConsoleBundle } from '../console/console-bundle.js';
import type { Engine } from '../engine/engine.js';
import { createEngine } from '../app/engine.js';
import { createIncidentEvents } from '../app/incident-events.js';
import type { IncidentEvents } from '../incidents/incident-changes.js';
import type { Channel, Provider } from '../notify/channels.js';
import { DEFAULT_THROTTLE_MS } from '../notify/notify-settings.js';
import type { NotifyServices } from '../notify/notify-services.js';
import type { NotifySettings } from '../notify/notify-settings.js';
import { ProviderMap } from '../notify/provider-registry.js';
import type { StreamSettings } from '../stream/stream-hub.js';
import { ensureDefaultSeverities } from '../incidents/severities.js';
import { createTestDatabase, type TestDatabase } from './databases.js';
import { TEST_OUTBOUND } from './outbound.js';
import { applyYaml } from './config.js';
import { formatConfigErrors } from '../config/index.js';

export { TEST_OUTBOUND };

export const TEST_ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';

export interface TestApp {
  readonly app: FastifyInstance;
  readonly database: TestDatabase;
  readonly clock: FakeClock;
  readonly runtime: Runtime;
  /** Not started: tests move the clock and call `engine.runDue()`. */
  readonly engine: Engine;
  readonly notify: NotifyServices;
  /** The app's incident change announcer: its feed says what changed. */
  readonly events: IncidentEvents;
  /** `inject` with the admin token unless `headers.authorization` is given. */
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/** A fully wired app on a fresh database, with a fake clock and an admin token. */
export const TEST_PUBLIC_URL = 'http://vigil.test';

/** Notification settings for tests: a fixed secret, no throttling unless a test asks for it. */
export const TEST_TWILIO_AUTH_TOKEN = 'test-twilio-auth-token';
export const TEST_SLACK_SIGNING_SECRET = 'test-slack-signing-secret';

export function testNotifyServices(providers: readonly Provider[] = [], throttleMs: Partial<Record<Channel, number>> = {}, settings: Partial<NotifySettings> = {}): NotifyServices {
  return {
    settings: {
      publicUrl: TEST_PUBLIC_URL,
      secret: 'test-signing-secret-0123456789abcdef0123456789',
      throttleMs: { ...DEFAULT_THROTTLE_MS, ...throttleMs },
      ackLinkTtlMs: 24 * 3_600_000,
      twilioAuthToken: TEST_TWILIO_AUTH_TOKEN,
      slackSigningSecret: TEST_SLACK_SIGNING_SECRET,
      vapidPublicKey: null,
      ...settings,
    },
    providers: new ProviderMap(providers),
  };
}

export async function createTestApp(
  dialect: DialectName,
  options: { notify?: NotifyServices; logger?: Logger; oidc?: OidcSettings; file?: string; stream?: Partial<StreamSettings>; consoleBundle?: ConsoleBundle } = {},
): Promise<TestApp> {
  // A SQLite file (rather than memory) when another handle, such as a CLI command, must reach the data.
  const database = await createTestDatabase(dialect, options.file === undefined ? {} : { file: options.file });
  const clock = new FakeClock(Date.parse('2026-03-02T10:00:00Z'));
  await ensureDefaultSeverities(database.db);
  await seedBootstrapToken(database.db, TEST_ADMIN_TOKEN, clock);
  const runtime = createRuntime(database, { clock, logger: options.logger ?? silentLogger, outbound: TEST_OUTBOUND });
  const notify = options.notify ?? testNotifyServices();
  const events = createIncidentEvents(database.dialect, database.db);
  const app = await buildApp({
    runtime, notify, publicUrl: TEST_PUBLIC_URL, oidc: options.oidc ?? null, events,
    ...(options.stream ? { stream: options.stream } : {}),
    ...(options.consoleBundle === undefined ? {} : { consoleBundle: options.consoleBundle }),
  });
  await app.ready();
  return {
    app,
    database,
    clock,
    runtime,
    engine: createEngine(runtime, notify, {}, events),
    notify,
    events,
    request: (options) =>
      app.inject({ ...options, headers: { authorization: `Bearer ${TEST_ADMIN_TOKEN}`, ...(options.headers ?? {}) } }),
    async close() {
      await app.close();
      await database.destroy();
    },
  };
}

/** A test app with a `vigil.yaml` applied; a file with errors fails the test at once. */
export async function createConfiguredTestApp(dialect: DialectName, yaml: string, options: Parameters<typeof createTestApp>[1] & { configFile?: string } = {}): Promise<TestApp> {
  const t = await createTestApp(dialect, options);
  const applied = await applyYaml(t.database.db, dialect, yaml, options.configFile === undefined ? {} : { configFile: options.configFile });
  if (applied.errors.length > 0) {
    await t.close();
    throw new Error(`test configuration has errors:\n${formatConfigErrors(applied.errors)}`);
  }
  return t;
}
