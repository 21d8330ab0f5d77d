import type { HeartbeatRow } from '../core/db/schema.js';

/**
 * A heartbeat's states (docs/noise.md, Heartbeats): `inactive` until its first ping (a monitor
 * nobody has pointed anything at never misses), `armed` while pings arrive in time, `missing`
 * once one did not (its alert is open), `paused` never misses.
 */
export type HeartbeatState = HeartbeatRow['state'];

/** Pings closer together than this are one ping: a sender retrying, or several Alertmanager replicas. */
export const PING_COALESCE_MS = 1_000;

/**
 * When an armed heartbeat misses: the latest of its last ping, the start of its current watch and
 * the moment the cluster came back up, plus interval and grace. `upSince` is what keeps Vigil's
 * own outage from counting as the senders' silence: every monitor gets a full interval and grace
 * after recovery.
 */
export function heartbeatDeadline(row: Pick<HeartbeatRow, 'last_ping_at' | 'armed_at' | 'interval_ms' | 'grace_ms'>, upSince: number): number {
  const since = Math.max(Number(row.last_ping_at ?? 0), Number(row.armed_at ?? 0), upSince);
  return since + Number(row.interval_ms) + Number(row.grace_ms);
}

/** What a ping does to a heartbeat in each state. */
export type PingEffect =
  /** The first ping (or the first after a miss): watch from now; a miss also resolves its alert. */
  | { readonly kind: 'arm'; readonly resolves: boolean }
  /** An armed heartbeat's deadline moves; its pending check finds that and waits again (a snooze). */
  | { readonly kind: 'extend' }
  /** Within a second of the last: nothing written. */
  | { readonly kind: 'coalesced' }
  /** Recorded as its last ping; a paused heartbeat still watches nothing. */
  | { readonly kind: 'paused' };

export function pingEffect(row: Pick<HeartbeatRow, 'state' | 'last_ping_at'>, now: number): PingEffect {
  switch (row.state) {
    case 'inactive':
      return { kind: 'arm', resolves: false };
    case 'missing':
      return { kind: 'arm', resolves: true };
    case 'armed':
      return row.last_ping_at !== null && Math.abs(now - Number(row.last_ping_at)) < PING_COALESCE_MS ? { kind: 'coalesced' } : { kind: 'extend' };
    case 'paused':
      return { kind: 'paused' };
  }
}

/**
 * Whether an Alertmanager-shaped body counts as a ping: only when it carries a firing alert. A
 * resolved `Watchdog` is Alertmanager saying Prometheus stopped sending it, which is the very
 * silence the heartbeat is there to catch. Any other body (or none) is a plain ping.
 */
export function bodyCountsAsPing(body: unknown): { readonly counts: boolean; readonly reason: string } {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return { counts: true, reason: 'ping' };
  const alerts = (body as { alerts?: unknown }).alerts;
  if (!Array.isArray(alerts)) return { counts: true, reason: 'ping' };
  const firing = alerts.some((a) => a !== null && typeof a === 'object' && (a as { status?: unknown }).status === 'firing');
  return firing ? { counts: true, reason: 'firing alert' } : { counts: false, reason: 'the message holds no firing alert (a resolved Watchdog means its sender stopped)' };
}
