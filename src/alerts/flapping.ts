/**
 * Flapping (docs/noise.md, Flapping): a sliding count with hysteresis per alert identity
 * (service, dedup key). The times of its last 2N changes (firing ↔ resolved) are kept; it
 * **enters** flapping when a resolve arrives and those 2N changes fall within M (it resolved and
 * fired again N times), and **settles** after M without a change. While it flaps its incident is
 * held open and re-fires join it without opening (or paging) anything new; escalation is never
 * stopped, so an unacknowledged flapping incident still escalates.
 */
export interface FlapSettings {
  /** N: how many resolve-and-fire-again cycles within the window make an alert flapping. */
  readonly threshold: number;
  /** M: the window, and how long an alert must stay unchanged to settle. */
  readonly windowMs: number;
}

export const DEFAULT_FLAPPING: FlapSettings = { threshold: 5, windowMs: 30 * 60_000 };

export interface FlapState {
  /** Change times, oldest first; at most 2N kept. */
  changes: number[];
  state: 'stable' | 'flapping';
  incidentId: string | null;
  settleAt: number | null;
}

/** Records a change; true when it is a resolve that makes a stable alert flapping. */
export function recordFlapChange(flap: FlapState, at: number, change: 'resolve' | 'fire', settings: FlapSettings): boolean {
  const keep = 2 * settings.threshold;
  flap.changes.push(at);
  if (flap.changes.length > keep) flap.changes.splice(0, flap.changes.length - keep);
  if (flap.state === 'flapping') {
    flap.settleAt = at + settings.windowMs;
    return false;
  }
  if (change !== 'resolve' || flap.changes.length < keep) return false;
  const oldest = flap.changes[flap.changes.length - keep] as number;
  if (at - oldest > settings.windowMs) return false;
  flap.state = 'flapping';
  flap.settleAt = at + settings.windowMs;
  return true;
}

/** Parses a service's stored `flapping` column. */
export function flapSettings(stored: string | null): FlapSettings {
  if (stored === null) return DEFAULT_FLAPPING;
  const value = JSON.parse(stored) as { threshold?: number; window_ms?: number };
  return { threshold: value.threshold ?? DEFAULT_FLAPPING.threshold, windowMs: value.window_ms ?? DEFAULT_FLAPPING.windowMs };
}
