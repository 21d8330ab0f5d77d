import pino, { type Logger } from 'pino';

/**
 * Structured JSON logs on stdout. Credentials are redacted wherever they appear in request logs
 * so a token never reaches a log file.
 */
export function createLogger(options: { level?: string; enabled?: boolean } = {}): Logger {
  return pino({
    level: options.level ?? process.env.VIGIL_LOG_LEVEL ?? 'info',
    enabled: options.enabled ?? true,
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization', '*.routing_key', '*.token'],
      censor: '[redacted]',
    },
  });
}

export const silentLogger: Logger = pino({ enabled: false });
