import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import { backoffDelay } from './backoff';
import { applyIncidentEvent, type IncidentEvent } from './incident-cache';
import { dataFrom, liveStatus, nextStatusChangeAt, type Connection, type LiveStatus } from './live-state';

export type { LiveStatus } from './live-state';

export interface LiveState {
  readonly status: LiveStatus;
  /** While not live: since when the data on screen may be old (ms), for "Data from 03:12". */
  readonly dataFrom: number | null;
}

/** While offline, every page in view is read again this often. */
export const OFFLINE_POLL_MS = 30_000;

// ---- The state every tab shows (the leader's connection, this tab's polls) ----

let connection: Connection = { phase: 'connecting', since: Date.now() };
let lastPollAt: number | null = null;
let state: LiveState = { status: 'connecting', dataFrom: null };
let wakeTimer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<() => void>();

function refresh(): void {
  const now = Date.now();
  const status = liveStatus(connection, now);
  const from = status === 'reconnecting' || status === 'offline' ? dataFrom(connection, lastPollAt) : null;
  if (status !== state.status || from !== state.dataFrom) {
    state = { status, dataFrom: from };
    listeners.forEach((listener) => listener());
  }
  clearTimeout(wakeTimer);
  const next = nextStatusChangeAt(connection, now);
  wakeTimer = next === null ? undefined : setTimeout(refresh, next - now + 10);
}

function setConnection(next: Connection): void {
  connection = next;
  refresh();
}

export function useLiveState(): LiveState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );
}

// ---- One stream per browser ----

const CHANNEL = 'vigil-live';
const LOCK = 'vigil-live-stream';

type EventName = 'incident' | 'reset';

/** What tabs tell each other over the BroadcastChannel. */
type Message =
  | { readonly type: 'event'; readonly name: EventName; readonly data: string; readonly id: string }
  | { readonly type: 'connection'; readonly connection: Connection; readonly lastEventId: string | null }
  | { readonly type: 'hello' };

/**
 * Keeps the console current from `GET /api/v1/stream`. One tab of the browser (the holder of a
 * Web Lock) keeps the EventSource and relays what it hears over a BroadcastChannel; when it
 * closes, another tab takes the lock and the stream over, from the last event id. (HTTP/1.1 lets
 * a browser hold about six connections to one origin: a stream per tab would starve the rest.)
 * Without Web Locks (plain http beyond localhost) each tab keeps its own.
 *
 * - `incident` events fold into the cached lists (`incident-cache.ts`);
 * - `reset` (the server could not replay what was missed), coming back online or to the tab:
 *   every query in view is read again;
 * - offline (30 s without the stream): every query in view is read again every 30 s.
 */
export function useLiveUpdates(enabled: boolean): void {
  const client = useQueryClient();
  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return undefined;
    return startLive(client);
  }, [client, enabled]);
}

function startLive(client: QueryClient): () => void {
  let stopped = false;
  let leader: StreamHandle | null = null;
  let lastEventId: string | null = null;
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
  setConnection({ phase: 'connecting', since: Date.now() });

  const handle = (name: EventName, data: string) => {
    if (name === 'reset') {
      void client.invalidateQueries();
      return;
    }
    let event: IncidentEvent;
    try {
      event = JSON.parse(data) as IncidentEvent;
    } catch {
      return;
    }
    if (event.incident !== undefined) applyIncidentEvent(client, event);
  };

  const becomeLeader = () => {
    leader = openStream({
      lastEventId,
      onEvent: (name, data, id) => {
        if (id !== '') lastEventId = id;
        handle(name, data);
        channel?.postMessage({ type: 'event', name, data, id } satisfies Message);
      },
      onConnection: (next) => {
        setConnection(next);
        channel?.postMessage({ type: 'connection', connection: next, lastEventId } satisfies Message);
      },
      onBlindOpen: (openedAt) => readWhatPredates(client, openedAt),
    });
  };

  if (channel !== null) {
    channel.onmessage = (message: MessageEvent<Message>) => {
      const data = message.data;
      if (data.type === 'hello') {
        if (leader !== null) channel.postMessage({ type: 'connection', connection, lastEventId } satisfies Message);
      } else if (leader === null && data.type === 'event') {
        if (data.id !== '') lastEventId = data.id;
        handle(data.name, data.data);
      } else if (leader === null && data.type === 'connection') {
        lastEventId = data.lastEventId ?? lastEventId;
        setConnection(data.connection);
      }
    };
  }

  const locks = channel !== null && typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : null;
  let releaseLock: (() => void) | undefined;
  const abort = new AbortController();
  if (locks !== null) {
    void locks
      .request(LOCK, { signal: abort.signal }, () => new Promise<void>((resolve) => {
        if (stopped) {
          resolve();
          return;
        }
        releaseLock = resolve;
        becomeLeader();
      }))
      .catch(() => undefined);
    // The leader, if there is one, answers with the state of its stream.
    channel?.postMessage({ type: 'hello' } satisfies Message);
  } else {
    becomeLeader();
  }

  const readAgain = () => void client.invalidateQueries();
  const onOnline = () => {
    // The old connection may have died without a word when the network changed.
    leader?.reconnectNow();
    readAgain();
  };
  const onVisible = () => {
    if (document.visibilityState !== 'visible') return;
    leader?.reconnectIfClosed();
    readAgain();
  };
  window.addEventListener('online', onOnline);
  document.addEventListener('visibilitychange', onVisible);
  const poll = setInterval(() => {
    if (state.status === 'offline') void pollOnce(client);
  }, OFFLINE_POLL_MS);

  return () => {
    stopped = true;
    abort.abort();
    leader?.close();
    leader = null;
    releaseLock?.();
    channel?.close();
    clearInterval(poll);
    window.removeEventListener('online', onOnline);
    document.removeEventListener('visibilitychange', onVisible);
  };
}

/**
 * A stream opened without an event id replays nothing: a change committed after a list was read
 * but before the stream opened would never reach it. So the incident data read before the
 * opening (or being read as it happens) is read again, once.
 */
function readWhatPredates(client: QueryClient, openedAt: number): void {
  for (const query of client.getQueryCache().findAll({ predicate: (q) => q.queryKey[0] === 'incidents' || q.queryKey[0] === 'incident' })) {
    const { dataUpdatedAt, fetchStatus } = query.state;
    if (fetchStatus === 'fetching' || (dataUpdatedAt > 0 && dataUpdatedAt < openedAt)) void client.invalidateQueries({ queryKey: query.queryKey, exact: true });
  }
}

/** Reads every query in view again; when one comes back fresh, the data is from now. */
async function pollOnce(client: QueryClient): Promise<void> {
  const started = Date.now();
  await client.refetchQueries({ type: 'active' });
  const fresh = client.getQueryCache().findAll({ type: 'active' }).some((query) => query.state.status === 'success' && query.state.dataUpdatedAt >= started);
  if (fresh) {
    lastPollAt = started;
    refresh();
  }
}

interface StreamHandle {
  close(): void;
  /** Drops the connection, if any, and opens a new one now (the network changed). */
  reconnectNow(): void;
  /** Opens the stream now if it is closed and waiting out a backoff. */
  reconnectIfClosed(): void;
}

/**
 * The leader's EventSource. A dropped connection the browser retries by itself (sending
 * Last-Event-ID, waiting the server's `retry:`); one it gave up on (a refusal or a wrong answer:
 * the server restarting behind a proxy, a 5xx) is opened again after a backoff of 1–30 s with
 * jitter, from the last event id.
 */
function openStream(options: {
  lastEventId: string | null;
  onEvent: (name: EventName, data: string, id: string) => void;
  onConnection: (connection: Connection) => void;
  /** The stream opened with no event id to replay from: what was read before may have missed changes. */
  onBlindOpen: (openedAt: number) => void;
}): StreamHandle {
  let source: EventSource | null = null;
  let lastEventId = options.lastEventId;
  let phase: Connection['phase'] = 'connecting';
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let closed = false;

  const connect = () => {
    clearTimeout(timer);
    timer = undefined;
    const url = lastEventId === null ? '/api/v1/stream' : `/api/v1/stream?lastEventId=${encodeURIComponent(lastEventId)}`;
    const current = new EventSource(url);
    source = current;
    // The browser's own reconnections of this EventSource send Last-Event-ID (the server's first
    // message carries an id even when no event has come): only its first opening can be blind.
    let blind = lastEventId === null;
    current.onopen = () => {
      attempt = 0;
      phase = 'open';
      const now = Date.now();
      options.onConnection({ phase, since: now });
      if (blind) options.onBlindOpen(now);
      blind = false;
    };
    current.onerror = () => {
      if (phase === 'open') {
        phase = 'down';
        options.onConnection({ phase, since: Date.now() });
      }
      if (current.readyState !== EventSource.CLOSED || closed) return;
      current.close();
      source = null;
      timer = setTimeout(connect, backoffDelay(attempt));
      attempt += 1;
    };
    for (const name of ['incident', 'reset'] as const) {
      current.addEventListener(name, (event) => {
        const message = event as MessageEvent<string>;
        if (message.lastEventId !== '') lastEventId = message.lastEventId;
        options.onEvent(name, message.data, message.lastEventId);
      });
    }
  };
  connect();

  return {
    close() {
      closed = true;
      clearTimeout(timer);
      source?.close();
      source = null;
    },
    reconnectNow() {
      if (closed) return;
      source?.close();
      source = null;
      attempt = 0;
      connect();
    },
    reconnectIfClosed() {
      if (closed || source !== null) return;
      attempt = 0;
      connect();
    },
  };
}
