import { Type, type Static } from '@sinclair/typebox';
import type { AlertEvent } from './alert-event.js';
import { compileMatchers, MatcherListSchema, matchesAll, type CompiledMatcher, type Matcher } from './matchers.js';

/**
 * Routing rules on an integration (docs/noise.md, Routing): an ordered list of
 * `{ match, service, severity?, continue? }`. The first rule whose matchers all hold sends the
 * alert to its service and stops, unless it says `continue`, in which case the next matching
 * rules send it on as well (one alert per service). An event no rule takes goes to the
 * integration's own service. Acknowledgements and resolves carry no payload on the Events API,
 * so they follow their trigger (the open alert with that dedup key from this integration).
 */
export const MAX_ROUTES = 100;

export const RouteSchema = Type.Object(
  {
    match: MatcherListSchema,
    /** The target service, by name in vigil.yaml and by id as stored. */
    service: Type.String({ minLength: 1 }),
    /** A Vigil severity id the routed alert takes instead of the mapped one. */
    severity: Type.Optional(Type.String({ minLength: 1 })),
    continue: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type RouteRule = Static<typeof RouteSchema>;

/** A route as stored on the integration: `service` is the target service's id. */
export interface StoredRoute {
  readonly match: readonly Matcher[];
  readonly service: string;
  readonly severity?: string;
  readonly continue?: boolean;
}

export interface CompiledRoute<T> {
  /** 1-based, as the trail and `vigil validate` name it. */
  readonly number: number;
  readonly matchers: readonly CompiledMatcher[];
  readonly target: T;
  readonly severity: string | null;
  readonly continue: boolean;
}

export function compileRoutes<T>(routes: readonly StoredRoute[], targetOf: (serviceId: string) => T | undefined): CompiledRoute<T>[] {
  const compiled: CompiledRoute<T>[] = [];
  for (const [index, route] of routes.entries()) {
    const target = targetOf(route.service);
    // A route to a service deleted since it was configured sends nothing there; the next rule, or the integration's service, takes the alert.
    if (target === undefined) continue;
    compiled.push({ number: index + 1, matchers: compileMatchers(route.match), target, severity: route.severity ?? null, continue: route.continue === true });
  }
  return compiled;
}

/** Where a trigger goes: the matching routes in order (one unless `continue`), or none. */
export function matchRoutes<T>(routes: readonly CompiledRoute<T>[], event: AlertEvent): CompiledRoute<T>[] {
  const matched: CompiledRoute<T>[] = [];
  for (const route of routes) {
    if (!matchesAll(route.matchers, event)) continue;
    matched.push(route);
    if (!route.continue) break;
  }
  return matched;
}

/** A route whose matchers all hold for an alert with no fields at all takes every alert. */
export function isCatchAll(match: readonly Matcher[]): boolean {
  const empty = { dedupKey: '', summary: null, source: null, component: null, group: null, class: null, severityHints: [], labels: {}, details: {} };
  return matchesAll(compileMatchers(match), empty as never);
}
