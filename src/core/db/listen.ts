import pg from 'pg';
import type { Logger } from 'pino';

export interface Listening {
  /** Resolves once the first LISTEN is in place; rejects if the first attempt fails (the retries go on until `stop`). */
  readonly ready: Promise<void>;
  stop(): Promise<void>;
}

/**
 * LISTEN on a PostgreSQL channel over a connection of its own, kept open: when the connection is
 * lost it is opened again every second until the database is back. `onListening` runs each time
 * the LISTEN is in place (what was sent while it was down is for the caller to catch up on).
 */
export function listenChannel(
  url: string,
  channel: string,
  handlers: { readonly onPayload: (payload: string) => void; readonly onListening?: () => void },
  logger: Logger,
): Listening {
  let stopped = false;
  let client: pg.Client | undefined;
  let listening: () => void = () => {};
  let failed: (error: unknown) => void = () => {};
  const ready = new Promise<void>((resolve, reject) => {
    listening = resolve;
    failed = reject;
  });
  // Nobody may be waiting for it.
  ready.catch(() => {});
  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url });
    next.on('notification', (message) => {
      if (message.channel === channel) handlers.onPayload(message.payload ?? '');
    });
    next.on('error', (error) => {
      logger.warn({ err: error, channel }, 'LISTEN connection lost; reconnecting');
      void next.end().catch(() => {});
      retry();
    });
    try {
      await next.connect();
      await next.query(`listen ${pg.escapeIdentifier(channel)}`);
    } catch (error) {
      void next.end().catch(() => {});
      throw error;
    }
    if (stopped) {
      await next.end().catch(() => {});
      return;
    }
    client = next;
    listening();
    handlers.onListening?.();
  };
  const retry = () => {
    client = undefined;
    setTimeout(() => {
      if (!stopped) connect().catch(retry);
    }, 1_000).unref();
  };
  connect().catch((error: unknown) => {
    failed(error);
    retry();
  });
  return {
    ready,
    async stop() {
      stopped = true;
      await client?.end().catch(() => {});
      client = undefined;
    },
  };
}
