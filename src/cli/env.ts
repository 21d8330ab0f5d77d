import { accessSync, constants, existsSync, statSync } from 'node:fs';
import ipaddr from 'ipaddr.js';
import { DEFAULT_DATABASE_URL, parseDatabaseUrl } from '../core/db/database.js';
import { DURATION_HINT, parseDuration } from '../core/duration.js';
import { OutboundPolicy, OUTBOUND_ALLOW_VARIABLE } from '../core/outbound.js';
import { adminTokenProblem } from '../access/bootstrap.js';
import { readOidcSettings, type OidcSettings } from '../access/oidc-settings.js';
import { DEFAULT_SESSION_SETTINGS, type SessionSettings } from '../access/sessions.js';
import type { VapidKeys } from '../notify/providers/push.js';
import { vapidKeysProblem, vapidSubjectProblem } from '../notify/vapid-keys.js';

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
  /** Serve HTTPS with this certificate and key (`VIGIL_TLS_CERT`, `VIGIL_TLS_KEY`); null: plain HTTP. */
  readonly tls: TlsFiles | null;
  /**
   * Proxies whose `X-Forwarded-For` is believed (`VIGIL_TRUST_PROXY`): addresses and CIDR
   * networks. Empty: the connecting address is the client's, whatever the headers say.
   */
  readonly trustProxy: readonly string[];
  /**
   * Browser push's VAPID key pair (`VIGIL_VAPID_PUBLIC_KEY`, `VIGIL_VAPID_PRIVATE_KEY`); null:
   * the pair kept in the database (made on the first start).
   */
  readonly vapid: VapidKeys | null;
  /** Who runs this Vigil, as push services are told (`VIGIL_VAPID_SUBJECT`); null: from the public URL. */
  readonly vapidSubject: string | null;
}

/** Where the PEM certificate (chain) and private key are; read at start and again on SIGHUP. */
export interface TlsFiles {
  readonly certFile: string;
  readonly keyFile: string;
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
  let portValid = true;
  const portText = value('VIGIL_PORT');
  if (portText !== undefined) {
    port = Number(portText);
    if (!/^\d+$/.test(portText) || port > 65535) {
      portValid = false;
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

  const tls = readTlsFiles(value, problems);

  const displayHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  const givenPublicUrl = value('VIGIL_PUBLIC_URL');
  let publicUrl = givenPublicUrl ?? `${tls === null ? 'http' : 'https'}://${displayHost.includes(':') ? `[${displayHost}]` : displayHost}:${port}`;
  try {
    const parsed = new URL(publicUrl);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error('scheme');
    publicUrl = publicUrl.replace(/\/+$/, '');
  } catch {
    // A default built from a bad VIGIL_PORT or VIGIL_HOST is their mistake, already reported:
    // blaming VIGIL_PUBLIC_URL, which the operator never set, would send them looking for it.
    if (givenPublicUrl !== undefined || (portValid && !problems.some((p) => p.variable === 'VIGIL_HOST'))) {
      problems.push({ variable: 'VIGIL_PUBLIC_URL', message: `"${publicUrl}" is not an http(s) URL; it is the address people reach Vigil at, e.g. https://vigil.example.com` });
    }
  }

  const trustProxy = readTrustProxy(value('VIGIL_TRUST_PROXY'), problems);

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

  const vapid = readVapidKeys(value, problems);
  const vapidSubject = value('VIGIL_VAPID_SUBJECT') ?? null;
  const subjectProblem = vapidSubject === null ? null : vapidSubjectProblem(vapidSubject);
  if (subjectProblem !== null) problems.push({ variable: 'VIGIL_VAPID_SUBJECT', message: subjectProblem });

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    settings: { port, host, databaseUrl, configFile, publicUrl, adminToken, secret, logLevel, jobLeaseMs, outbound: outboundAllow.policy, oidc: oidc.settings, sessions, tls, trustProxy, vapid, vapidSubject },
  };
}

/**
 * Both VAPID keys or neither: browsers subscribe with the public key and Vigil signs with the
 * private one, so they must be one pair (checked). A key read by a variable is never printed.
 */
function readVapidKeys(value: (name: string) => string | undefined, problems: EnvProblem[]): VapidKeys | null {
  const publicKey = value('VIGIL_VAPID_PUBLIC_KEY');
  const privateKey = value('VIGIL_VAPID_PRIVATE_KEY');
  if (publicKey === undefined && privateKey === undefined) return null;
  if (publicKey === undefined || privateKey === undefined) {
    const [missing, given] = publicKey === undefined ? ['VIGIL_VAPID_PUBLIC_KEY', 'VIGIL_VAPID_PRIVATE_KEY'] : ['VIGIL_VAPID_PRIVATE_KEY', 'VIGIL_VAPID_PUBLIC_KEY'];
    problems.push({ variable: missing, message: `is unset but ${given} is set; give both halves of one VAPID key pair, or neither (Vigil then keeps a pair in its database)` });
    return null;
  }
  const problem = vapidKeysProblem({ publicKey, privateKey });
  if (problem !== null) {
    problems.push({ variable: problem.which === 'public' ? 'VIGIL_VAPID_PUBLIC_KEY' : 'VIGIL_VAPID_PRIVATE_KEY', message: problem.message });
    return null;
  }
  return { publicKey, privateKey };
}

/** Both files or neither; each must be a file this process can read (its content is checked at start). */
function readTlsFiles(value: (name: string) => string | undefined, problems: EnvProblem[]): TlsFiles | null {
  const certFile = value('VIGIL_TLS_CERT');
  const keyFile = value('VIGIL_TLS_KEY');
  if (certFile === undefined && keyFile === undefined) return null;
  if (certFile === undefined || keyFile === undefined) {
    const [missing, given] = certFile === undefined ? ['VIGIL_TLS_CERT', 'VIGIL_TLS_KEY'] : ['VIGIL_TLS_KEY', 'VIGIL_TLS_CERT'];
    problems.push({ variable: missing, message: `is unset but ${given} is set; HTTPS needs both the certificate (VIGIL_TLS_CERT) and its private key (VIGIL_TLS_KEY), as PEM files` });
    return null;
  }
  let readable = true;
  for (const [variable, file, what] of [['VIGIL_TLS_CERT', certFile, 'a PEM certificate (chain)'], ['VIGIL_TLS_KEY', keyFile, 'the PEM private key']] as const) {
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
      accessSync(file, constants.R_OK);
    } catch {
      readable = false;
      problems.push({ variable, message: `cannot read a file at "${file}"; point it at ${what} this user may read` });
    }
  }
  return readable ? { certFile, keyFile } : null;
}

/**
 * `VIGIL_TRUST_PROXY`: comma-separated addresses and CIDR networks of the reverse proxies in
 * front of Vigil. Only their `X-Forwarded-For` is believed; anyone else's is ignored.
 */
function readTrustProxy(text: string | undefined, problems: EnvProblem[]): readonly string[] {
  if (text === undefined) return [];
  const entries = text.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  const bad = entries.filter((entry) => !(entry.includes('/') ? ipaddr.isValidCIDR(entry) : ipaddr.isValid(entry) && (ipaddr.IPv4.isValidFourPartDecimal(entry) || ipaddr.IPv6.isValid(entry))));
  if (bad.length > 0) {
    problems.push({
      variable: 'VIGIL_TRUST_PROXY',
      message: `${bad.map((entry) => `"${entry}"`).join(', ')} ${bad.length === 1 ? 'is not an address or CIDR network' : 'are not addresses or CIDR networks'}; list the proxies in front of Vigil separated by commas, e.g. 127.0.0.1,10.0.0.0/8`,
    });
  }
  return entries;
}
