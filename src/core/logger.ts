import pino, { type DestinationStream, type Logger } from 'pino';

export const REDACTED = '[redacted]';

/**
 * Path segments after which everything is a credential: integration routing keys, acknowledge-link
 * tokens, calendar-feed secrets. Matched by shape rather than by route, because a near miss
 * (`//integrations/…`, `/Integrations/…`, a key joined with `%2F`) matches no route and is
 * logged all the same.
 */
const SECRET_AFTER: ReadonlySet<string> = new Set(['integrations', 'ack', 'ical']);

/**
 * Integration types, the one segment after `integrations` that is kept, so a log still says
 * which sender it was. Anything else there may be a key sent in the wrong place; an integration
 * type missing from this set is only hidden from the log.
 */
const INTEGRATION_TYPES: ReadonlySet<string> = new Set(['alertmanager', 'grafana', 'webhook', 'events_v2', 'events_v1']);

/**
 * Query parameters whose values are credentials, by the shape of the name, case-insensitively:
 * a substring for words that only name credentials, so every spelling is caught (api_key, apiKey,
 * X-Api-Key, access_token, client_secret, routing_key, passwd, authorization, bearer, session_id),
 * and a whole word for short ones that sit inside ordinary names (sig, code, state, otp, pin).
 * A harmless parameter that matches (a "keyword") only loses its value in the log.
 */
const CREDENTIAL_PARAMETER = /key|token|secret|passw|pwd|auth|bearer|signature|session|credential|cookie|jwt|hmac|(?:^|[^a-z])(?:sig|code|state|otp|pin)(?:$|[^a-z])/i;

/** Percent-decodes until nothing changes, so `%252F` counts as a slash too; malformed text stays. */
function decodeFully(text: string): string {
  let current = text;
  for (let round = 0; round < 3; round++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return current;
    }
    if (next === current) return current;
    current = next;
  }
  return current;
}

/**
 * Cuts the path where a secret begins: after a `SECRET_AFTER` segment (and an integration type),
 * comparing segments percent-decoded, case-insensitively, with empty ones (repeated slashes)
 * skipped and encoded slashes splitting segments. What precedes the secret is logged as it came.
 */
function redactPath(path: string): string {
  const logged: string[] = [];
  let marker: string | null = null;
  let typeAllowed = false;
  for (const segment of path.split('/')) {
    const parts = decodeFully(segment).split('/');
    for (const [index, part] of parts.entries()) {
      if (part === '') continue;
      const lower = part.toLowerCase();
      if (marker === null) {
        if (SECRET_AFTER.has(lower)) {
          marker = lower;
          typeAllowed = lower === 'integrations';
        }
        continue;
      }
      if (typeAllowed && INTEGRATION_TYPES.has(lower)) {
        typeAllowed = false;
        continue;
      }
      // A calendar feed's address keeps its extension, so the log still shows what was asked for.
      const extension = marker === 'ical' ? (/\.ics$/i.exec(path)?.[0] ?? '') : '';
      const kept = index === 0 ? [] : [parts.slice(0, index).join('/')];
      return [...logged, ...kept, `${REDACTED}${extension}`].join('/');
    }
    logged.push(segment);
  }
  return path;
}

/** A request URL as it may be logged: secret path segments and credential query values replaced. */
export function redactUrl(url: string): string {
  const queryAt = url.indexOf('?');
  const path = redactPath(queryAt === -1 ? url : url.slice(0, queryAt));
  if (queryAt === -1) return path;
  const query = url
    .slice(queryAt + 1)
    .split('&')
    .map((pair) => {
      const equals = pair.indexOf('=');
      const name = equals === -1 ? pair : pair.slice(0, equals);
      return equals !== -1 && CREDENTIAL_PARAMETER.test(decodeFully(name)) ? `${name}=${REDACTED}` : pair;
    })
    .join('&');
  return `${path}?${query}`;
}

/**
 * Where credentials sit in logged objects. Headers are not logged by the request serializer
 * below, but anything logged with `headers` or a body (`*.password`) is covered too.
 */
export const REDACT_PATHS: readonly string[] = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-twilio-signature"]',
  'req.headers["x-slack-signature"]',
  'req.headers["x-vigil-signature"]',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  'headers["x-twilio-signature"]',
  'headers["x-slack-signature"]',
  '*.routing_key',
  '*.service_key',
  '*.token',
  '*.password',
  '*.current_password',
  '*.secret',
  '*.csrf_token',
];

interface LoggedRequest {
  readonly method?: string;
  readonly url?: string;
  readonly host?: string;
  readonly ip?: string;
  readonly socket?: { readonly remotePort?: number };
}

/** Fastify's request summary, with the URL redacted. */
function serializeRequest(request: LoggedRequest) {
  return {
    method: request.method,
    url: request.url === undefined ? undefined : redactUrl(request.url),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}

/**
 * Structured JSON logs on stdout (or `destination`). Credentials never reach a log: request
 * URLs are logged with secret path segments and query values replaced, headers are not logged,
 * and the `REDACT_PATHS` are censored wherever they appear. `src/core/secret-logging.test.ts`
 * runs every flow that carries a secret at trace level and looks for each secret in the output.
 */
export function createLogger(options: { level?: string; enabled?: boolean; destination?: DestinationStream } = {}): Logger {
  const settings = {
    level: options.level ?? process.env.VIGIL_LOG_LEVEL ?? 'info',
    enabled: options.enabled ?? true,
    serializers: { req: serializeRequest },
    redact: { paths: [...REDACT_PATHS], censor: REDACTED },
  };
  return options.destination ? pino(settings, options.destination) : pino(settings);
}

export const silentLogger: Logger = pino({ enabled: false });
