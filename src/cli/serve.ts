import type { FastifyInstance } from 'fastify';
import { describeAdminTokenSource, adminTokenFile, ensureAdminToken } from '../access/bootstrap.js';
import { systemClock, type Clock } from '../core/clock.js';
import { migrateToLatest, openDatabase, type VigilDatabase } from '../core/db/database.js';
import type { ServeSettings } from './env.js';
import { createLogger } from '../core/logger.js';
import { resolveSigningSecret } from '../core/secret.js';
import { createRuntime } from '../core/runtime.js';
import { buildApp } from '../app/build-app.js';
import { createEngine } from '../app/engine.js';
import { createIncidentEvents, relayIncidentNotices } from '../app/incident-events.js';
import { notifyServicesFromEnv } from '../notify/providers-from-env.js';
import { ensureDefaultSeverities } from '../incidents/severities.js';
import { applyConfigFileOrExplain } from './config-commands.js';

export interface RunningServer {
  readonly app: FastifyInstance;
  readonly url: string;
  readonly database: VigilDatabase;
  close(): Promise<void>;
}

/** A start-up failure with a message for the operator; `serve` prints it and exits non-zero. */
export class StartupError extends Error {
  override readonly name = 'StartupError';
}

/**
 * Opens and migrates the database, applies `VIGIL_CONFIG`, seeds the admin token and signing
 * secret, then listens. Anything wrong stops the start before a port is opened.
 */
export async function startServer(settings: ServeSettings, options: { clock?: Clock; print?: (line: string) => void } = {}): Promise<RunningServer> {
  const clock = options.clock ?? systemClock;
  const print = options.print ?? ((line: string) => process.stdout.write(`${line}\n`));
  const logger = createLogger({ level: settings.logLevel });
  const database = openDatabase(settings.databaseUrl, { logger });
  try {
    const migration = await migrateToLatest(database.db);
    if (migration.error) throw new StartupError(`database migration failed on ${database.location}: ${String((migration.error as Error).message ?? migration.error)}`);
    await ensureDefaultSeverities(database.db);
    if (settings.configFile !== null) {
      const applied = await applyConfigFileOrExplain(database, settings.configFile, clock, settings.outbound);
      if (!applied.ok) throw new StartupError(applied.message);
      print(applied.summary);
    }
    const tokenSource = await ensureAdminToken(database.db, settings.adminToken, adminTokenFile(database.location, database.dialect.name), clock);
    if (tokenSource.kind === 'refused') throw new StartupError(tokenSource.message);
    const secret = await resolveSigningSecret(database.db, settings.secret);

    const runtime = createRuntime(database, { clock, logger, outbound: settings.outbound });
    const notify = notifyServicesFromEnv(process.env, settings.publicUrl, secret, settings.outbound);
    const events = createIncidentEvents(database.dialect);
    const relay = database.dialect.notifies ? relayIncidentNotices(events, settings.databaseUrl, logger) : undefined;
    const app = await buildApp({ runtime, publicUrl: settings.publicUrl, notify, oidc: settings.oidc, sessions: settings.sessions, events });
    await app.listen({ port: settings.port, host: settings.host });
    const engine = createEngine(runtime, notify, {
      ...(database.dialect.notifies ? { listenUrl: settings.databaseUrl } : {}),
      ...(settings.jobLeaseMs === null ? {} : { leaseMs: settings.jobLeaseMs }),
    });
    await engine.start();
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : settings.port;
    const url = `http://${settings.host.includes(':') ? `[${settings.host}]` : settings.host}:${port}`;
    const publicUrl = settings.port === 0 ? url : settings.publicUrl;
    print(`Vigil is serving on ${url} (database: ${database.dialect.name} ${database.location})`);
    print(`API docs: ${publicUrl}/docs`);
    print(describeAdminTokenSource(tokenSource));
    const loginable = await database.db.selectFrom('users').select('id').where('password_hash', 'is not', null).limit(1).executeTakeFirst();
    if (!loginable && settings.oidc === null) {
      print('Nobody can log in with a password yet; make the first admin with: vigil users create <id> --email <email> --admin');
    }
    print('Declare a test incident:');
    const tokenExpr =
      tokenSource.kind === 'generated' || tokenSource.kind === 'file' ? `$(cat ${JSON.stringify(tokenSource.file)})` : tokenSource.kind === 'environment' ? '$VIGIL_ADMIN_TOKEN' : '$VIGIL_TOKEN';
    print(
      `  curl -sS -X POST ${publicUrl}/api/v1/incidents -H "Authorization: Bearer ${tokenExpr}" -H 'Content-Type: application/json' -d '{"title":"Test incident","severity":"SEV-3"}'`,
    );
    let closing: Promise<void> | undefined;
    return {
      app,
      url,
      database,
      close: () => (closing ??= (async () => {
        await app.close();
        await engine.stop();
        await relay?.stop();
        await database.close();
      })()),
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
