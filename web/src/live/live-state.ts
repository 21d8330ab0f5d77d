/**
 * What the header says about the live stream, from when it last opened or dropped: pure, so the
 * thresholds are tested without a browser.
 *
 * A drop shorter than 5 s still reads "Live": the browser reconnects and replays what was missed
 * (Last-Event-ID), and a badge flickering at every server restart would teach people to ignore
 * it. After 5 s "Reconnecting"; after 30 s "Offline", the data on screen may be old, and the
 * console polls every 30 s until the stream is back.
 */
export type LiveStatus = 'connecting' | 'live' | 'reconnecting' | 'offline';

export interface Connection {
  /** `connecting`: never open yet; `open`; `down`: was open, dropped. */
  readonly phase: 'connecting' | 'open' | 'down';
  /** When this phase began (ms). */
  readonly since: number;
}

export const RECONNECTING_AFTER_MS = 5_000;
export const OFFLINE_AFTER_MS = 30_000;

export function liveStatus(connection: Connection, now: number): LiveStatus {
  const elapsed = now - connection.since;
  switch (connection.phase) {
    case 'open':
      return 'live';
    case 'connecting':
      return elapsed < RECONNECTING_AFTER_MS ? 'connecting' : elapsed < OFFLINE_AFTER_MS ? 'reconnecting' : 'offline';
    case 'down':
      return elapsed < RECONNECTING_AFTER_MS ? 'live' : elapsed < OFFLINE_AFTER_MS ? 'reconnecting' : 'offline';
    default:
      return assertNever(connection.phase);
  }
}

/** When `liveStatus` will next change by the passing of time alone; null when it will not. */
export function nextStatusChangeAt(connection: Connection, now: number): number | null {
  if (connection.phase === 'open') return null;
  for (const at of [connection.since + RECONNECTING_AFTER_MS, connection.since + OFFLINE_AFTER_MS]) if (at > now) return at;
  return null;
}

/**
 * Since when the data on screen may be old, for "Data from 03:12": the moment the stream dropped,
 * or the last poll that read fresh data since; null while the stream is live.
 */
export function dataFrom(connection: Connection, lastPollAt: number | null): number | null {
  if (connection.phase === 'open') return null;
  return Math.max(connection.since, lastPollAt ?? 0);
}

function assertNever(value: never): never {
  throw new Error(`unexpected connection phase ${String(value)}`);
}
