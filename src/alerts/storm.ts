/**
 * The storm cap (docs/noise.md, Storm cap): past a per-service limit on open alerts, new
 * alerts are counted on one open incident keyed `storm:{service}` ("Alert storm on <service>",
 * one page) instead of opening more. Normal opening resumes below 90 % of the limit, so a count
 * hovering at the limit does not flip between the two on every alert. Suppressed alerts never
 * count: silencing 5,000 alerts makes no storm.
 */
export const DEFAULT_STORM_LIMIT = 1_000;
/** Below this share of the limit a storm is over. */
export const STORM_RESUME_RATIO = 0.9;

export const stormGroupKey = (serviceId: string) => `storm:${serviceId}`;

/** Whether a new alert is capped, given the service's open alerts before it and whether a storm is on. */
export function isCapped(openAlerts: number, limit: number, stormActive: boolean): boolean {
  if (openAlerts >= limit) return true;
  return stormActive && openAlerts >= Math.ceil(limit * STORM_RESUME_RATIO);
}

/** Whether any of `newAlerts` more alerts could be capped: the batch then reads the storm incident up front. */
export function mayCap(openAlerts: number, newAlerts: number, limit: number, stormActive: boolean): boolean {
  return newAlerts > 0 && isCapped(openAlerts + newAlerts - 1, limit, stormActive);
}
