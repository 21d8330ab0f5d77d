import type { Server as HttpsServer } from 'node:https';
import { createServer } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { describeAdminTokenSource, adminTokenFile, ensureAdminToken } from '../access/bootstrap.js';
import { systemClock, type Clock } from '../core/clock.js';
import { migrateToLatest, openDatabase, type VigilDatabase } from '../core/db/database.js';
import { DEFAULT_DATABASE_URL } from '../core/db/database.js';
import type { ServeSettings } from './env.js';
import { loadTlsFiles, type TlsMaterial } from './tls-files.js';
import { planFirstPage } from './first-page.js';
import { loadConsoleBundle } from '../console/console-bundle.js';
import { createLogger } from '../core/logger.js';
import { resolveSigningSecret } from '../core/secret.js';
import { createRuntime } from '../core/runtime.js';
import { buildApp } from '../app/build-app.js';
import { createEngine } from '../app/engine.js';
import { INGEST_THREAD_MODULE } from '../app/writer-thread.js';
import { ClusterPulse } from '../heartbeats/cluster-pulse.js';
import { createIncidentEvents, relayIncidentNotices } from '../app/incident-events.js';
import { notifyServicesFromEnv } from '../notify/providers-from-env.js';
import { defaultVapidSubject, resolveVapidKeys } from '../notify/vapid-keys.js';
import { ensureDefaultSeverities } from '../incidents/severities.js';
import { applyConfigFileOrExplain } from './config-commands.js';

export interface RunningServer {
  readonly app: FastifyInstance;
  readonly url: string;
  readonly database: VigilDatabase;
  /**
   * Reads `VIGIL_TLS_CERT` and `VIGIL_TLS_KEY` again and serves new connections with them (on
   * SIGHUP), so a renewed certificate needs no restart; connections already open keep theirs.
   * A bad pair is refused and the one in use stays. Null when serving plain HTTP.
   */
  reloadTls: (() => { readonly ok: boolean; readonly message: string }) | null;
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
  // Settings that can stop the start are checked before anything is written: a busy port found
  // after the configuration was applied left the operator wondering whether it had been.
  let tls: TlsMaterial | null = null;
  if (settings.tls !== null) {
    const loaded = loadTlsFiles(settings.tls);
    if (!loaded.ok) throw new StartupError(loaded.message);
    tls = loaded.material;
  }
  const portProblem = await portUnavailable(settings.host, settings.port);
  if (portProblem !== null) throw new StartupError(portProblem);
  // SQLite: ingest commits on the write connection's own thread (app/writer-thread.ts).
  // (The thread keeps the system clock: a server started on another clock, in a test, stays
  // inline. VIGIL_SQLITE_WRITER=inline keeps it inline too, for comparison.)
  const threaded = clock === systemClock && process.env.VIGIL_SQLITE_WRITER !== 'inline';
  const database = openDatabase(settings.databaseUrl, { logger, sqliteWriter: threaded ? 'thread' : 'inline', writerCalls: INGEST_THREAD_MODULE });
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
    const vapid = await resolveVapidKeys(database.db, settings.vapid);

    const runtime = createRuntime(database, { clock, logger, outbound: settings.outbound });
    const push = { vapid, subject: settings.vapidSubject ?? defaultVapidSubject(settings.publicUrl) };
    const notify = notifyServicesFromEnv(process.env, settings.publicUrl, secret, settings.outbound, push);
    const events = createIncidentEvents(database.dialect, database.db);
    const relay = database.dialect.notifies ? relayIncidentNotices(events, settings.databaseUrl, logger) : undefined;
    const consoleBundle = loadConsoleBundle();
    const app = await buildApp({ runtime, publicUrl: settings.publicUrl, notify, oidc: settings.oidc, sessions: settings.sessions, events, https: tls, trustProxy: settings.trustProxy, consoleBundle });
    try {
      await app.listen({ port: settings.port, host: settings.host });
    } catch (error) {
      // Another process took the port between the check and now.
      const problem = listenProblem(error, settings.host, settings.port);
      await app.close();
      await relay?.stop();
      if (problem !== null) throw new StartupError(problem);
      throw error;
    }
    const engine = createEngine(runtime, notify, {
      ...(database.dialect.notifies ? { listenUrl: settings.databaseUrl } : {}),
      ...(settings.jobLeaseMs === null ? {} : { leaseMs: settings.jobLeaseMs }),
    }, events);
    // Before the first job: a cluster found down for a while gives every heartbeat a fresh interval.
    const pulse = new ClusterPulse(runtime);
    await pulse.start();
    await engine.start();
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : settings.port;
    const scheme = tls === null ? 'http' : 'https';
    const url = `${scheme}://${settings.host.includes(':') ? `[${settings.host}]` : settings.host}:${port}`;
    const publicUrl = settings.port === 0 ? url : settings.publicUrl;
    print(`Vigil is serving on ${url} (database: ${database.dialect.name} ${database.location})`);
    if (tls !== null) print(`HTTPS with the ${tls.summary}; send SIGHUP to reload VIGIL_TLS_CERT and VIGIL_TLS_KEY`);
    if (settings.trustProxy.length > 0) print(`client addresses: taken from X-Forwarded-For when the connection comes from ${settings.trustProxy.join(', ')} (VIGIL_TRUST_PROXY)`);
    if (consoleBundle.state === 'missing') print(`Console: not built (no ${consoleBundle.dir}); run npm run build:web, then open ${publicUrl}/`);
    else print(`Console: ${publicUrl}/${consoleBundle.stale ? ' (built from older sources than web/src: npm run build:web rebuilds it; npm start does so itself)' : ''}`);
    print(`API docs: ${publicUrl}/docs`);
    print(describeAdminTokenSource(tokenSource));
    const loginHint = await nobodyCanLogIn(database, settings);
    if (loginHint !== null) print(loginHint);

    const firstPage = await planFirstPage(runtime);
    print('Declare a test incident:');
    const tokenExpr =
      tokenSource.kind === 'generated' || tokenSource.kind === 'file' ? `$(cat ${JSON.stringify(tokenSource.file)})` : tokenSource.kind === 'environment' ? '$VIGIL_ADMIN_TOKEN' : '$VIGIL_TOKEN';
    const body = JSON.stringify({ title: 'Test incident', severity: firstPage.severityId, ...(firstPage.serviceId === null ? {} : { service: firstPage.serviceId }) });
    // A client trusting the test certificate is the operator's business; curl's --cacert says how.
    print(`  curl -sS -X POST ${publicUrl}/api/v1/incidents -H "Authorization: Bearer ${tokenExpr}" -H 'Content-Type: application/json' -d '${body}'`);
    for (const line of firstPage.lines) print(line);
    print(`What became of each page: curl -sS ${publicUrl}/api/v1/incidents/N/deliveries -H "Authorization: Bearer ${tokenExpr}" (N: the "number" in the answer above)`);
    const reloadTls =
      settings.tls === null
        ? null
        : () => {
            const files = settings.tls;
            if (files === null) return { ok: false, message: 'not serving HTTPS' };
            const loaded = loadTlsFiles(files);
            if (!loaded.ok) return { ok: false, message: `kept the certificate in use: ${loaded.message}` };
            (app.server as unknown as HttpsServer).setSecureContext({ cert: loaded.material.cert, key: loaded.material.key });
            return { ok: true, message: `reloaded the ${loaded.material.summary}` };
          };
    let closing: Promise<void> | undefined;
    return {
      app,
      url,
      database,
      reloadTls,
      close: () => (closing ??= (async () => {
        await app.close();
        await engine.stop();
        await pulse.stop();
        await relay?.stop();
        await database.close();
      })()),
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}

/**
 * The one line an operator needs when Vigil cannot listen where told, naming the setting; null
 * when the port is free. Port 0 (any free port) is always available.
 */
async function portUnavailable(host: string, port: number): Promise<string | null> {
  if (port === 0) return null;
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', (error) => resolve(listenProblem(error, host, port)));
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve(null)));
  });
}

function listenProblem(error: unknown, host: string, port: number): string | null {
  const where = `${host.includes(':') ? `[${host}]` : host}:${port}`;
  switch ((error as NodeJS.ErrnoException).code) {
    case 'EADDRINUSE':
      return `VIGIL_PORT: ${where} is already in use (another Vigil, or another program); stop it, or set VIGIL_PORT (or --port) to a free port (0 picks one)`;
    case 'EACCES':
      return `VIGIL_PORT: this user may not listen on ${where} (ports below 1024 need privileges); set VIGIL_PORT (or --port) to 1024 or above, or put a reverse proxy in front (deploy/nginx/vigil.conf)`;
    case 'EADDRNOTAVAIL':
      return `VIGIL_HOST: ${host} is not an address of this machine; use one of its addresses, 127.0.0.1 or 0.0.0.0 (all)`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `VIGIL_HOST: the name ${host} does not resolve to an address of this machine; use an address such as 127.0.0.1 or 0.0.0.0 (all)`;
    default:
      return null;
  }
}

/**
 * The hint printed when nobody can sign in yet. Admins the configuration defined have no
 * password (a file must not hold one), so the hint names them rather than asking for a new user.
 */
async function nobodyCanLogIn(database: VigilDatabase, settings: ServeSettings): Promise<string | null> {
  if (settings.oidc !== null) return null;
  const db = database.db;
  const loginable = await db.selectFrom('users').select('id').where('password_hash', 'is not', null).limit(1).executeTakeFirst();
  if (loginable) return null;
  // The command must reach this database: name it unless it is the commands' default too.
  const prefix = settings.databaseUrl === DEFAULT_DATABASE_URL ? '' : database.dialect.name === 'sqlite' ? `VIGIL_DATABASE_URL=${shellWord(settings.databaseUrl)} ` : 'VIGIL_DATABASE_URL=<this server\'s> ';
  const admins = await db.selectFrom('users').select('id').where('role', '=', 'admin').orderBy('id').execute();
  const first = admins[0];
  if (first === undefined) return `Nobody can log in with a password yet; make the first admin with: ${prefix}vigil users create <id> --email <email> --admin`;
  const others = admins.length > 1 ? ` (admins without a password: ${admins.map((a) => a.id).join(', ')})` : '';
  return `Nobody can log in with a password yet; give admin ${first.id} one with: ${prefix}vigil users set-password ${first.id}${others}`;
}

function shellWord(text: string): string {
  return /^[\w./:@%+=-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
