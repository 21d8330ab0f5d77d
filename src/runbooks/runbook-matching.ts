import type { AlertLink } from '../alerts/alert-event.js';
import { matchesAll, type CompiledMatcher, type MatchableAlert } from '../alerts/matchers.js';
import { detailAt } from '../alerts/grouping.js';

/**
 * Which runbooks an incident shows, and why (RESPONSE.md §6). Pure: the caller reads the
 * incident's service, its alerts and the runbooks.
 *
 * - A runbook matches when its services list the incident's service (or it lists none) and one
 *   alert meets every matcher (or it has none). A runbook with neither would match every
 *   incident, so it matches none.
 * - An alert's `runbook_url` that names a Vigil runbook (`<public URL>/runbooks/<id>`, or the
 *   path alone) puts that runbook first, matched or not: the alert's author chose it. Other
 *   `runbook_url`s are returned as links.
 */
export type MatchReason = 'runbook_url' | 'service' | 'alerts' | 'service_and_alerts';

export interface CandidateRunbook {
  readonly id: string;
  readonly title: string;
  readonly services: readonly string[];
  readonly matchers: readonly CompiledMatcher[];
}

export type IncidentAlert = MatchableAlert & { readonly links: readonly AlertLink[] };

export interface RunbookMatch {
  readonly id: string;
  readonly reason: MatchReason;
}

export interface IncidentRunbooks {
  readonly matches: RunbookMatch[];
  /** `runbook_url`s that name no Vigil runbook, http(s) only, each once. */
  readonly links: AlertLink[];
}

export function matchRunbook(runbook: CandidateRunbook, serviceId: string | null, alerts: readonly MatchableAlert[]): MatchReason | null {
  const byService = runbook.services.length > 0;
  const byAlerts = runbook.matchers.length > 0;
  if (!byService && !byAlerts) return null;
  if (byService && (serviceId === null || !runbook.services.includes(serviceId))) return null;
  if (byAlerts && !alerts.some((alert) => matchesAll(runbook.matchers, alert))) return null;
  return byService && byAlerts ? 'service_and_alerts' : byService ? 'service' : 'alerts';
}

/** The `runbook_url`s an alert carries: the annotation as sent, and links a sender labelled "Runbook". */
export function runbookUrls(alert: IncidentAlert): string[] {
  const urls: string[] = [];
  const annotation = detailAt(alert.details, 'annotations.runbook_url');
  if (typeof annotation === 'string' && annotation.trim() !== '') urls.push(annotation.trim());
  for (const link of alert.links) {
    if (/^runbook$/i.test(link.text?.trim() ?? '')) urls.push(link.href);
  }
  return [...new Set(urls)];
}

/**
 * The runbook id a URL names, when it is one of Vigil's own runbook pages: on the public URL's
 * origin (or a path without one), under its base path, `/runbooks/<id>`.
 */
export function vigilRunbookId(url: string, publicUrl: string): string | null {
  let base: URL;
  let parsed: URL;
  try {
    base = new URL(publicUrl);
    parsed = new URL(url, base);
  } catch {
    return null;
  }
  if (parsed.origin !== base.origin) return null;
  const prefix = `${base.pathname.replace(/\/+$/, '')}/runbooks/`;
  if (!parsed.pathname.startsWith(prefix)) return null;
  const rest = parsed.pathname.slice(prefix.length).replace(/\/+$/, '');
  if (rest === '' || rest.includes('/')) return null;
  try {
    return decodeURIComponent(rest);
  } catch {
    return null;
  }
}

function httpLink(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

export function incidentRunbooks(runbooks: readonly CandidateRunbook[], serviceId: string | null, alerts: readonly IncidentAlert[], publicUrl: string): IncidentRunbooks {
  const known = new Set(runbooks.map((r) => r.id));
  const named: string[] = [];
  const links: AlertLink[] = [];
  for (const alert of alerts) {
    for (const url of runbookUrls(alert)) {
      const id = vigilRunbookId(url, publicUrl);
      if (id !== null && known.has(id)) {
        if (!named.includes(id)) named.push(id);
        continue;
      }
      const href = httpLink(url);
      if (href !== null && !links.some((l) => l.href === href)) links.push({ href, text: 'Runbook' });
    }
  }
  const matches: RunbookMatch[] = named.map((id) => ({ id, reason: 'runbook_url' }));
  const rest = runbooks.filter((r) => !named.includes(r.id)).sort((a, b) => a.title.localeCompare(b.title, 'en') || (a.id < b.id ? -1 : 1));
  for (const runbook of rest) {
    const reason = matchRunbook(runbook, serviceId, alerts);
    if (reason !== null) matches.push({ id: runbook.id, reason });
  }
  return { matches, links };
}
