import type { FastifyInstance } from 'fastify';
import { registerAuth, type AuthSettings } from '../access/http-auth.js';
import type { OidcSettings } from '../access/oidc-settings.js';
import { DEFAULT_SESSION_SETTINGS, type SessionSettings } from '../access/sessions.js';
import { AlertService } from '../alerts/alert-service.js';
import { threadIngestWriter } from './writer-thread.js';
import type { Runtime } from '../core/runtime.js';
import type { ConsoleBundle } from '../console/console-bundle.js';
import { createHttpKit } from '../http/http-kit.js';
import type { IncidentEvents } from '../incidents/incident-changes.js';
import { IncidentService } from '../incidents/incident-service.js';
import type { NotifyServices } from '../notify/notify-services.js';
import { DEFAULT_STREAM_SETTINGS, type StreamSettings } from '../stream/stream-hub.js';
import { createIncidentEvents } from './incident-events.js';
import { HOLD_SOURCES, SLICES } from './slices.js';

export interface AppOptions {
  readonly runtime: Runtime;
  /** Largest accepted request body; 1 MiB for the API. */
  readonly bodyLimit?: number;
  readonly version?: string;
  /** Where people reach Vigil (`VIGIL_PUBLIC_URL`), for addresses handed out such as calendar feeds. */
  readonly publicUrl?: string;
  /** Notification settings and providers: acknowledge links, deliveries, inbound replies. */
  readonly notify: NotifyServices;
  /** How long browser sessions last; defaults to 12 h idle, 7 days at most. */
  readonly sessions?: SessionSettings;
  /** OpenID Connect single sign-on; without it the SSO routes answer 404. */
  readonly oidc?: OidcSettings | null;
  /** The process's incident change announcer (`createIncidentEvents`); one is made if absent. */
  readonly events?: IncidentEvents;
  /** Serve HTTPS with this certificate and key (`VIGIL_TLS_CERT`, `VIGIL_TLS_KEY`). */
  readonly https?: { readonly cert: Buffer; readonly key: Buffer } | null;
  /** Reverse proxies whose `X-Forwarded-For` is believed (`VIGIL_TRUST_PROXY`). */
  readonly trustProxy?: readonly string[];
  /** The web console to serve at `/` (`loadConsoleBundle`); without one, console pages say it is not built. */
  readonly consoleBundle?: ConsoleBundle;
  /** The live stream's timings and limits, where they differ from the defaults (tests shorten them). */
  readonly stream?: Partial<StreamSettings>;
}

/** Builds the Fastify app with every slice's routes, without listening: tests use `inject()`, `serve` calls `listen()`. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { runtime, notify } = options;
  const publicUrl = options.publicUrl ?? notify.settings.publicUrl;
  const auth: AuthSettings = {
    signingSecret: notify.settings.secret,
    sessions: options.sessions ?? DEFAULT_SESSION_SETTINGS,
    secureCookies: publicUrl.startsWith('https:'),
  };
  const app = await createHttpKit({
    runtime,
    ...(options.bodyLimit === undefined ? {} : { bodyLimit: options.bodyLimit }),
    ...(options.version === undefined ? {} : { version: options.version }),
    authenticate: (kit) => registerAuth(kit, runtime, auth),
    hsts: publicUrl.startsWith('https:') ? 'https-public-url' : 'tls-requests',
    https: options.https ?? null,
    trustProxy: options.trustProxy ?? [],
  });
  const events = options.events ?? createIncidentEvents(runtime.database.dialect, runtime.database.db);
  const context = {
    runtime,
    events,
    incidents: new IncidentService(runtime, events),
    alerts: new AlertService(runtime, events, HOLD_SOURCES, threadIngestWriter(runtime.database)),
    notify,
    auth,
    publicUrl: options.publicUrl ?? 'http://127.0.0.1:8080',
    oidc: options.oidc ?? null,
    consoleBundle: options.consoleBundle ?? { state: 'missing' as const, dir: '' },
    version: options.version ?? '0.1.0',
    stream: { ...DEFAULT_STREAM_SETTINGS, ...options.stream },
  };
  for (const slice of SLICES) await slice.routes?.(app, context);
  return app;
}
