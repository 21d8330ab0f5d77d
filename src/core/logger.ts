import pino, { type DestinationStream, type Logger } from 'pino';

/**
 * Paths whose segments are credentials: integration routing keys, acknowledge-link tokens and
 * calendar-feed secrets. A logged URL keeps the route's shape and loses the secret. Add a
 * pattern here with any route that carries a secret in its path (`$1` keeps the part before it).
 */
export const SECRET_PATH_PATTERNS: readonly RegExp[] = [
  /^(\/integrations\/[^/?#]+\/)[^/?#]+/,
  /^(\/ack\/)[^/?#]+/,
  /^(\/ical\/)[^/?#]+?(?=\.ics|[?#]|$)/,
];

/** Query parameters whose values are credentials (OAuth codes and state, tokens, keys, signatures). */
export const SECRET_QUERY_PARAMETERS: ReadonlySet<string> = new Set([
  'access_token', 'code', 'id_token', 'key', 'password', 'routing_key', 'secret', 'service_key', 'signature', 'state', 'token',
]);

export const REDACTED = '[redacted]';

/** A request URL as it may be logged: secret path segments and query values replaced. */
export function redactUrl(url: string): string {
  const queryAt = url.indexOf('?');
  let path = queryAt === -1 ? url : url.slice(0, queryAt);
  for (const pattern of SECRET_PATH_PATTERNS) path = path.replace(pattern, `$1${REDACTED}`);
  if (queryAt === -1) return path;
  const query = url
    .slice(queryAt + 1)
    .split('&')
    .map((pair) => {
      const equals = pair.indexOf('=');
      const name = equals === -1 ? pair : pair.slice(0, equals);
      let decoded = name;
      try {
        decoded = decodeURIComponent(name);
      } catch {
        // a malformed name is logged as it came
      }
      return equals !== -1 && SECRET_QUERY_PARAMETERS.has(decoded.toLowerCase()) ? `${name}=${REDACTED}` : pair;
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
