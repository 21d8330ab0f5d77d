import { Type, type Static } from '@sinclair/typebox';
import type { Transaction } from 'kysely';
import type { IntegrationRow, Schema } from '../../core/db/schema.js';
import { hashSecret, newId } from '../../core/ids.js';
import type { ConfigPath } from '../config-document.js';
import { GROUPING_FIELDS_HINT, groupingFieldProblem, MAX_GROUPING_FIELDS, type GroupingRule } from '../../alerts/grouping.js';
import { formatDuration, parseDuration } from '../../core/duration.js';
import { GenericMappingSchema, type GenericMapping } from '../../ingest/adapters/generic-webhook.js';
import { Duration, Id, Name, RoutingKey, Strict, Text } from '../fields.js';
import { bumpNoiseRevision } from '../../alerts/holds.js';
import { matcherProblems, MATCHER_FIELDS_HINT } from '../../alerts/matchers.js';
import { isCatchAll, MAX_ROUTES, RouteSchema, type RouteRule, type StoredRoute } from '../../alerts/routing.js';
import { DEFAULT_FLAPPING } from '../../alerts/flapping.js';
import { byId, changedFields, defineSection, type ApplyContext, type CheckContext, type Located } from '../section.js';
import { IMPACT_FIELDS, IMPACT_HINT, impactProblems, parseImpactModel, toImpactInput, toImpactModel } from '../../cost/impact-model.js';
import { createIntegration, createService, deleteIntegrations, deleteServices, updateIntegration, updateService } from '../../org/org-store.js';

export const INTEGRATION_TYPES = ['events_v2', 'events_v1', 'alertmanager', 'grafana', 'webhook'] as const;

const IntegrationItem = Strict({
  type: Type.Union(INTEGRATION_TYPES.map((t) => Type.Literal(t))),
  key: RoutingKey(),
  name: Type.Optional(Text()),
  /** Events accepted a minute; more are answered 429 (403 on Events API v1). */
  rate_limit_per_minute: Type.Optional(Type.Integer({ minimum: 1, maximum: 2_000_000_000 })),
  /** Where a generic webhook's fields are (type webhook only). */
  mapping: Type.Optional(GenericMappingSchema),
  /** Routing rules, in order: the first match sends the alert to its service unless it says `continue`; unmatched alerts stay on this service (docs/noise.md). */
  routes: Type.Optional(Type.Array(RouteSchema, { maxItems: MAX_ROUTES })),
});

const ServiceItem = Strict({
  id: Id(),
  name: Name(),
  description: Type.Optional(Text()),
  team: Type.Optional(Id()),
  /** Who is paged for the service's incidents. */
  escalation_policy: Type.Optional(Id()),
  /** Incoming severity words → severity ids, over the built-in map (`critical: SEV-1`, …). */
  severity_map: Type.Optional(Type.Record(Type.String(), Id())),
  /** Resolve an incident when all its alerts have resolved (default true); false leaves it to a person. */
  auto_resolve: Type.Optional(Type.Boolean()),
  /** Content-based grouping: alerts agreeing on these fields share an incident; an alert lacking one opens its own (src/alerts/grouping.ts). */
  grouping: Type.Optional(
    Strict({
      by: Type.Array(Type.String({ minLength: 1 }), { minItems: 1, maxItems: MAX_GROUPING_FIELDS }),
      /** The first page of a new incident waits this long for related alerts to join (unset: pages at once). */
      wait: Type.Optional(Duration()),
      /** Alerts joining after the first page are told to the paged at most once per this (unset: not told). */
      interval: Type.Optional(Duration()),
    }),
  ),
  /** The service's complete set of integrations; each is identified by its routing key. */
  integrations: Type.Optional(Type.Array(IntegrationItem)),
  /** What a minute of impact costs (src/cost/impact-model.ts): `{ cost_per_minute, currency }` or `{ users, orders_per_user_hour, order_value, failure_rate, currency }`. */
  impact: Type.Optional(Strict(IMPACT_FIELDS)),
  /** An alert that resolves and fires again `threshold` times within `window` is flapping: its incident stays open and re-fires page nobody (defaults 5 in 30m). */
  flapping: Type.Optional(Strict({ threshold: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })), window: Type.Optional(Duration()) })),
  /** Open alerts past which new ones are counted on one "Alert storm" incident (default 1000). */
  storm_limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1_000_000 })),
});
export type ServiceConfig = Static<typeof ServiceItem>;

type Kind = 'service' | 'integration';

/** Longer than this, a grouping wait delays pages more than any gathering is worth. */
const MAX_GROUP_WAIT_MS = 3_600_000;

/** Routing keys are credentials: results name an integration without printing its key. */
export function integrationLabel(serviceId: string, type: string, key: string): string {
  return `${serviceId}/${type}:${key.slice(0, 4)}…`;
}

export const servicesSection = defineSection({
  key: 'services',
  kinds: ['service', 'integration'] as Kind[],
  item: ServiceItem,

  check(items, context) {
    const firstKey = new Map<string, ConfigPath>();
    for (const { value, path } of items) {
      if (value.team !== undefined) context.reference('teams', 'team', value.team, [...path, 'team']);
      if (value.escalation_policy !== undefined) context.reference('escalation_policies', 'escalation policy', value.escalation_policy, [...path, 'escalation_policy']);
      for (const [word, severity] of Object.entries(value.severity_map ?? {})) {
        context.reference('severities', 'severity', severity, [...path, 'severity_map', word]);
      }
      for (const [index, field] of (value.grouping?.by ?? []).entries()) {
        const problem = groupingFieldProblem(field);
        if (problem !== null) context.error([...path, 'grouping', 'by', index], `${problem} in ${context.label(path)}.grouping.by`, { hint: GROUPING_FIELDS_HINT });
      }
      const wait = value.grouping?.wait === undefined ? undefined : parseDuration(value.grouping.wait);
      if (wait !== undefined && wait > MAX_GROUP_WAIT_MS) {
        context.error([...path, 'grouping', 'wait'], `wait in ${context.label(path)}.grouping must be at most 1h: the first page of every new incident waits this long`, { hint: 'a few seconds to a few minutes gathers related alerts (30s is common)' });
      }
      for (const problem of value.impact === undefined ? [] : impactProblems(value.impact)) {
        const at: ConfigPath = problem.field === '' ? [...path, 'impact'] : [...path, 'impact', problem.field];
        context.error(at, `${context.label(path)}.impact${problem.field === '' ? '' : `.${problem.field}`} ${problem.message}`, { hint: IMPACT_HINT });
      }
      for (const [index, integration] of (value.integrations ?? []).entries()) {
        const at: ConfigPath = [...path, 'integrations', index];
        if (integration.mapping !== undefined && integration.type !== 'webhook') {
          context.error([...at, 'mapping'], `mapping in ${context.label(at)} applies only to integrations of type webhook`, { hint: 'remove it, or set type: webhook' });
        }
        checkRoutes(integration.routes ?? [], at, context);
        const seen = firstKey.get(integration.key);
        if (seen === undefined) {
          firstKey.set(integration.key, at);
          continue;
        }
        context.error([...at, 'key'], `duplicate integration key in ${context.label(at)}: first used at line ${context.line([...seen, 'key'])} by ${context.label(seen)}`, {
          hint: 'routing keys are unique across all services',
        });
      }
    }
  },

  async existingIds(db) {
    return (await db.selectFrom('services').select('id').execute()).map((r) => r.id);
  },

  async apply(items, context) {
    if (items === undefined) return;
    const { tx, now } = context;
    const who = { actor: context.actor };
    const stored = new Map((await tx.selectFrom('services').selectAll().execute()).map((r) => [r.id, r]));
    for (const { value } of items) {
      const row = {
        name: value.name,
        description: value.description ?? null,
        team_id: value.team ?? null,
        escalation_policy_id: value.escalation_policy ?? null,
        severity_map: value.severity_map === undefined ? null : canonicalJson(value.severity_map),
        auto_resolve: value.auto_resolve === false ? 0 : 1,
        grouping: value.grouping === undefined ? null : storedGrouping(value.grouping),
        impact: value.impact === undefined ? null : JSON.stringify(toImpactModel(value.impact)),
        flapping: value.flapping === undefined ? null : storedFlapping(value.flapping),
        storm_limit: value.storm_limit ?? null,
      };
      const current = stored.get(value.id);
      if (!current) {
        await createService(tx, value.id, row, who, now);
        context.report({ kind: 'service', id: value.id, action: 'created', audited: true });
        continue;
      }
      const changes = changedFields({
        name: [row.name, current.name],
        description: [row.description, current.description],
        team: [row.team_id, current.team_id],
        escalation_policy: [row.escalation_policy_id, current.escalation_policy_id],
        severity_map: [row.severity_map, current.severity_map],
        auto_resolve: [row.auto_resolve, current.auto_resolve],
        grouping: [row.grouping, current.grouping],
        impact: [row.impact, current.impact ?? null],
        flapping: [row.flapping, current.flapping ?? null],
        storm_limit: [row.storm_limit, current.storm_limit ?? null],
      });
      if (changes.length === 0) {
        context.report({ kind: 'service', id: value.id, action: 'unchanged' });
        continue;
      }
      await updateService(tx, current, row, who, now);
      context.report({ kind: 'service', id: value.id, action: 'updated', changes, audited: true });
    }
    await applyIntegrations(items, context);
  },

  async prune(keep, context) {
    const { tx } = context;
    const doomed = (await tx.selectFrom('services').selectAll().execute()).filter((s) => !keep.has(s.id)).sort(byId);
    if (doomed.length === 0) return;
    const integrations = await tx.selectFrom('integrations').selectAll().where('service_id', 'in', doomed.map((s) => s.id)).orderBy('service_id').orderBy('position').execute();
    await deleteServices(tx, doomed, { actor: context.actor }, context.now);
    for (const { id } of doomed) context.report({ kind: 'service', id, action: 'deleted', audited: true });
    // They go with their service, and its audit entry says so.
    for (const i of integrations) context.report({ kind: 'integration', id: integrationLabel(i.service_id, i.type, i.key), action: 'deleted', audited: true });
  },

  async export(db) {
    const services = (await db.selectFrom('services').selectAll().execute()).sort(byId);
    // A heartbeat's integration comes and goes with its heartbeat (heartbeats:), not with the service's list.
    const integrations = await db.selectFrom('integrations').selectAll().where('type', '<>', 'heartbeat').orderBy('service_id').orderBy('position').orderBy('key').execute();
    return services.map((service): ServiceConfig => {
      const list = integrations
        .filter((i) => i.service_id === service.id)
        .map((i) => ({
          type: i.type as (typeof INTEGRATION_TYPES)[number],
          key: i.key,
          ...(i.name === null ? {} : { name: i.name }),
          ...(i.rate_limit_per_minute === null ? {} : { rate_limit_per_minute: i.rate_limit_per_minute }),
          ...(i.mapping === null ? {} : { mapping: JSON.parse(i.mapping) as GenericMapping }),
          ...(i.routes === null || i.routes === undefined ? {} : { routes: JSON.parse(i.routes) as RouteRule[] }),
        }));
      return {
        id: service.id,
        name: service.name,
        ...(service.description === null ? {} : { description: service.description }),
        ...(service.team_id === null ? {} : { team: service.team_id }),
        ...(service.escalation_policy_id === null ? {} : { escalation_policy: service.escalation_policy_id }),
        ...(service.severity_map === null ? {} : { severity_map: JSON.parse(service.severity_map) as Record<string, string> }),
        ...(service.auto_resolve === 0 ? { auto_resolve: false } : {}),
        ...(service.grouping === null ? {} : { grouping: exportedGrouping(service.grouping) }),
        ...(list.length === 0 ? {} : { integrations: list }),
        ...(service.impact === null || service.impact === undefined ? {} : { impact: toImpactInput(parseImpactModel(service.impact)!) }),
        ...(service.flapping === null || service.flapping === undefined ? {} : { flapping: exportedFlapping(service.flapping) }),
        ...(service.storm_limit === null || service.storm_limit === undefined ? {} : { storm_limit: service.storm_limit }),
      };
    });
  },
});

/**
 * Integrations are matched by routing key across all services, so a key moved from one listed
 * service to another is an update of the same integration, not a delete and a create. A key held
 * by a service the file does not list is a conflict: taking it would silently break that
 * service's alerts.
 */
async function applyIntegrations(items: readonly Located<ServiceConfig>[], context: ApplyContext<Kind>): Promise<void> {
  const { tx, now } = context;
  const listed = context.named.get('services') ?? new Set<string>();
  const serviceIds = items.map((i) => i.value.id);
  const rows = await storedIntegrations(tx, serviceIds, items);
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const wantedKeys = new Set(items.flatMap((i) => (i.value.integrations ?? []).map((x) => x.key)));

  for (const { value, path } of items) {
    const wanted = value.integrations ?? [];
    // Order is what the file expresses; compare it among integrations the service already had.
    const ownRows = rows.filter((r) => r.service_id === value.id).sort((a, b) => a.position - b.position || a.key.localeCompare(b.key));
    const storedOrder = ownRows.map((r) => r.key).filter((k) => wanted.some((w) => w.key === k));
    const wantedOrder = wanted.map((w) => w.key).filter((k) => ownRows.some((r) => r.key === k));

    for (const [position, integration] of wanted.entries()) {
      const id = integrationLabel(value.id, integration.type, integration.key);
      const current = byKey.get(integration.key);
      const row = {
        service_id: value.id,
        type: integration.type,
        name: integration.name ?? null,
        key: integration.key,
        key_hash: hashSecret(integration.key),
        position,
        rate_limit_per_minute: integration.rate_limit_per_minute ?? null,
        mapping: integration.mapping === undefined ? null : canonicalJson(integration.mapping),
        routes: integration.routes === undefined || integration.routes.length === 0 ? null : JSON.stringify(integration.routes),
      };
      if (current && !listed.has(current.service_id)) {
        const at: ConfigPath = [...path, 'integrations', position, 'key'];
        context.error(at, `integration key in ${context.label(at.slice(0, -1))} already belongs to service "${current.service_id}", which this file does not list`, {
          hint: `routing keys are unique across all services: choose another key, or list "${current.service_id}" under services:`,
        });
        continue;
      }
      if (!current) {
        await createIntegration(tx, newId('int'), row, { actor: context.actor }, now);
        context.report({ kind: 'integration', id, action: 'created', audited: true });
        continue;
      }
      const changes = changedFields({
        service: [row.service_id, current.service_id],
        type: [row.type, current.type],
        name: [row.name, current.name],
        rate_limit_per_minute: [row.rate_limit_per_minute, current.rate_limit_per_minute],
        mapping: [row.mapping, current.mapping],
        routes: [row.routes, current.routes ?? null],
      });
      // Routes are read through the noise revision: every node reloads them at its next batch.
      if (changes.includes('routes')) await bumpNoiseRevision(tx, now);
      if (current.service_id === value.id && storedOrder.indexOf(row.key) !== wantedOrder.indexOf(row.key)) changes.push('position');
      if (changes.length > 0 || current.position !== position) {
        await updateIntegration(tx, current, row, { actor: context.actor }, now, changes.length > 0);
      }
      context.report(changes.length === 0 ? { kind: 'integration', id, action: 'unchanged' } : { kind: 'integration', id, action: 'updated', changes, audited: true });
    }
  }

  const stale = rows.filter((r) => serviceIds.includes(r.service_id) && !wantedKeys.has(r.key));
  await deleteIntegrations(tx, stale, { actor: context.actor }, now);
  for (const r of stale) context.report({ kind: 'integration', id: integrationLabel(r.service_id, r.type, r.key), action: 'deleted', audited: true });
}

/** The integrations of the listed services, and any others holding a key the file names. */
async function storedIntegrations(tx: Transaction<Schema>, serviceIds: readonly string[], items: readonly Located<ServiceConfig>[]): Promise<IntegrationRow[]> {
  const keys = items.flatMap((i) => (i.value.integrations ?? []).map((x) => x.key));
  if (serviceIds.length === 0) return [];
  return tx
    .selectFrom('integrations')
    .selectAll()
    .where('type', '<>', 'heartbeat')
    .where((eb) => (keys.length === 0 ? eb('service_id', 'in', serviceIds) : eb.or([eb('service_id', 'in', serviceIds), eb('key', 'in', keys)])))
    .orderBy('service_id')
    .orderBy('position')
    .execute();
}

/**
 * Routing rules: matchers that compile, target services that exist, severities that exist. A
 * rule that matches every alert hides the rules after it (unless it continues): valid, but
 * `vigil validate` says so.
 */
function checkRoutes(routes: readonly StoredRoute[], at: ConfigPath, context: CheckContext): void {
  for (const [index, route] of routes.entries()) {
    const path: ConfigPath = [...at, 'routes', index];
    context.reference('services', 'service', route.service, [...path, 'service']);
    if (route.severity !== undefined) context.reference('severities', 'severity', route.severity, [...path, 'severity']);
    for (const problem of matcherProblems(route.match)) {
      const where: ConfigPath = [...path, 'match', ...problem.path];
      context.error(where, `invalid ${problem.path.length === 0 ? 'match' : `match[${problem.path[0]}].${problem.path[1]}`} in ${context.label(path)}: ${problem.message}`, problem.hint === undefined ? {} : { hint: problem.hint });
    }
    if (index < routes.length - 1 && route.continue !== true && matcherProblems(route.match).length === 0 && isCatchAll(route.match)) {
      context.warn([...path, 'match'], `rule ${index + 1} in ${context.label(at)}.routes matches every alert, so the ${routes.length - index - 1} rule(s) after it never run`, {
        hint: `give it a matcher that fails on an empty value (such as labels.team="db"), move it last, or add continue: true; fields: ${MATCHER_FIELDS_HINT}`,
      });
    }
  }
}

type FlappingConfig = NonNullable<ServiceConfig['flapping']>;

/** Stored with the window as written, so the file exports as it was applied. */
function storedFlapping(value: FlappingConfig): string {
  const windowMs = value.window === undefined ? DEFAULT_FLAPPING.windowMs : (parseDuration(value.window) as number);
  return JSON.stringify({ threshold: value.threshold ?? DEFAULT_FLAPPING.threshold, window_ms: windowMs, ...(value.window === undefined ? {} : { window: value.window }), ...(value.threshold === undefined ? {} : { set_threshold: true }) });
}

function exportedFlapping(stored: string): FlappingConfig {
  const value = JSON.parse(stored) as { threshold: number; window_ms: number; window?: string; set_threshold?: boolean };
  return { ...(value.set_threshold ? { threshold: value.threshold } : {}), ...(value.window !== undefined ? { window: value.window } : value.set_threshold ? {} : { window: formatDuration(value.window_ms) }) };
}

/** `grouping:` as stored: durations in ms, absent when unset, so a rule without timers reads as it always did. */
function storedGrouping(grouping: NonNullable<ServiceConfig['grouping']>): string {
  return JSON.stringify({
    by: grouping.by,
    ...(grouping.wait === undefined ? {} : { wait_ms: parseDuration(grouping.wait) }),
    ...(grouping.interval === undefined ? {} : { interval_ms: parseDuration(grouping.interval) }),
  });
}

function exportedGrouping(stored: string): NonNullable<ServiceConfig['grouping']> {
  const rule = JSON.parse(stored) as GroupingRule;
  return {
    by: [...rule.by],
    ...(rule.wait_ms === undefined ? {} : { wait: formatDuration(rule.wait_ms) }),
    ...(rule.interval_ms === undefined ? {} : { interval: formatDuration(rule.interval_ms) }),
  };
}

/** JSON with keys sorted, so the same map written in another order compares as unchanged. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}
