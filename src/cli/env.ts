import { existsSync, statSync } from 'node:fs';
import { DEFAULT_DATABASE_URL, parseDatabaseUrl } from '../core/db/database.js';
import { DURATION_HINT, parseDuration } from '../core/duration.js';
import { OutboundPolicy, OUTBOUND_ALLOW_VARIABLE } from '../core/outbound.js';
import { adminTokenProblem } from '../access/bootstrap.js';
import { readOidcSettings, type OidcSettings } from '../access/oidc-settings.js';
import { DEFAULT_SESSION_SETTINGS, type SessionSettings } from '../access/sessions.js';

/** The process configuration read from `VIGIL_*` environment variables. */
export interface ServeSettings {
  readonly port: number;
  readonly host: string;
  readonly databaseUrl: string;
  readonly configFile: string | null;
  readonly publicUrl: string;
  readonly adminToken: string | null;
  readonly secret: string | null;
  readonly logLevel: string;
  /** How long a claimed job belongs to this process before another may take it over; null: the default (30 s). */
  readonly jobLeaseMs: number | null;
  /** Private addresses and host names outgoing webhooks may call (`VIGIL_OUTBOUND_ALLOW`). */
  readonly outbound: OutboundPolicy;
  /** OpenID Connect single sign-on; null when the `VIGIL_OIDC_*` variables are unset. */
  readonly oidc: OidcSettings | null;
  /** Browser sessions end after this long unused (`VIGIL_SESSION_IDLE`) or after login (`VIGIL_SESSION_MAX`). */
  readonly sessions: SessionSettings;
}

export interface EnvProblem {
  readonly variable: string;
  readonly message: string;
}

export type EnvResult = { readonly ok: true; readonly settings: ServeSettings } | { readonly ok: false; readonly problems: readonly EnvProblem[] };

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/**
 * Reads and checks every variable at once, so a misconfigured deployment learns all of its
 * mistakes from one failed start rather than one per restart.
 */
export function readServeSettings(env: Readonly<Record<string, string | undefined>>): EnvResult {
  const problems: EnvProblem[] = [];
  const value = (name: string): string | undefined => {
    const text = env[name];
    return text === undefined || text.trim() === '' ? undefined : text.trim();
  };

  let port = 8080;
  const portText = value('VIGIL_PORT');
  if (portText !== undefined) {
    port = Number(portText);
    if (!/^\d+$/.test(portText) || port > 65535) {
      problems.push({ variable: 'VIGIL_PORT', message: `"${portText}" is not a TCP port; use a whole number from 1 to 65535 (0 picks a free port)` });
    }
  }

  const host = value('VIGIL_HOST') ?? '127.0.0.1';
  if (/\s|\//.test(host)) problems.push({ variable: 'VIGIL_HOST', message: `"${host}" is not a host name or address to listen on (e.g. 127.0.0.1 or 0.0.0.0)` });

  const databaseUrl = value('VIGIL_DATABASE_URL') ?? DEFAULT_DATABASE_URL;
  try {
    parseDatabaseUrl(databaseUrl);
  } catch (error) {
    problems.push({ variable: 'VIGIL_DATABASE_URL', message: (error as Error).message });
  }

  const configFile = value('VIGIL_CONFIG') ?? null;
  if (configFile !== null && !(existsSync(configFile) && statSync(configFile).isFile())) {
    problems.push({ variable: 'VIGIL_CONFIG', message: `no file at "${configFile}"; point it at a vigil.yaml or leave it unset` });
  }

  const displayHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  let publicUrl = value('VIGIL_PUBLIC_URL') ?? `http://${displayHost.includes(':') ? `[${displayHost}]` : displayHost}:${port}`;
  try {
    const parsed = new URL(publicUrl);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error('scheme');
    publicUrl = publicUrl.replace(/\/+$/, '');
  } catch {
    problems.push({ variable: 'VIGIL_PUBLIC_URL', message: `"${publicUrl}" is not an http(s) URL; it is the address people reach Vigil at, e.g. https://vigil.example.com` });
  }

  const adminToken = value('VIGIL_ADMIN_TOKEN') ?? null;
  const adminTokenRule = adminToken === null ? null : adminTokenProblem(adminToken);
  if (adminTokenRule !== null) problems.push({ variable: 'VIGIL_ADMIN_TOKEN', message: adminTokenRule });

  const secret = value('VIGIL_SECRET') ?? null;
  if (secret !== null && secret.length < 32) {
    problems.push({ variable: 'VIGIL_SECRET', message: `must be at least 32 characters (it has ${secret.length}); generate one with \`openssl rand -hex 32\`` });
  }

  const logLevel = value('VIGIL_LOG_LEVEL') ?? 'info';
  if (!LOG_LEVELS.includes(logLevel)) problems.push({ variable: 'VIGIL_LOG_LEVEL', message: `"${logLevel}" is not one of ${LOG_LEVELS.join(', ')}` });

  let jobLeaseMs: number | null = null;
  const leaseText = value('VIGIL_JOB_LEASE');
  if (leaseText !== undefined) {
    jobLeaseMs = parseDuration(leaseText) ?? null;
    if (jobLeaseMs === null || jobLeaseMs < 1_000) problems.push({ variable: 'VIGIL_JOB_LEASE', message: `"${leaseText}" is not a duration of at least 1s; ${DURATION_HINT}` });
  }

  const outboundAllow = OutboundPolicy.parse(value(OUTBOUND_ALLOW_VARIABLE));
  for (const problem of outboundAllow.problems) {
    problems.push({ variable: OUTBOUND_ALLOW_VARIABLE, message: `${problem}; list addresses, CIDR networks and host names separated by commas, e.g. 127.0.0.1,10.0.0.0/8,hooks.internal.example` });
  }

  const oidc = readOidcSettings(value, publicUrl);
  problems.push(...oidc.problems);

  const sessionLength = (variable: string, fallback: number): number => {
    const text = value(variable);
    if (text === undefined) return fallback;
    const ms = parseDuration(text);
    if (ms === undefined || ms < 60_000) problems.push({ variable, message: `"${text}" is not a duration of at least 1m; ${DURATION_HINT}` });
    return ms ?? fallback;
  };
  const sessions = { idleMs: sessionLength('VIGIL_SESSION_IDLE', DEFAULT_SESSION_SETTINGS.idleMs), maxMs: sessionLength('VIGIL_SESSION_MAX', DEFAULT_SESSION_SETTINGS.maxMs) };
  if (sessions.idleMs > sessions.maxMs) problems.push({ variable: 'VIGIL_SESSION_IDLE', message: 'is longer than VIGIL_SESSION_MAX; a session cannot stay idle longer than it may last' });

  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, settings: { port, host, databaseUrl, configFile, publicUrl, adminToken, secret, logLevel, jobLeaseMs, outbound: outboundAllow.policy, oidc: oidc.settings, sessions } };
}
