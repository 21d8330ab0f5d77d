import type { Kysely } from 'kysely';
import type { Schema } from '../core/db/schema.js';
import { hashSecret } from '../core/ids.js';
import { DEFAULT_SEVERITY_MAP, mergeSeverityMaps, type SeverityMap } from './severity-map.js';
import type { GroupingRule } from './grouping.js';
import { flapSettings, type FlapSettings } from './flapping.js';
import { compileRoutes, type CompiledRoute, type StoredRoute } from './routing.js';
import { DEFAULT_STORM_LIMIT } from './storm.js';

/** `heartbeat`: a heartbeat's own integration (heartbeats/), made with it; no sender uses its key. */
export type IntegrationType = 'events_v2' | 'events_v1' | 'alertmanager' | 'grafana' | 'webhook' | 'heartbeat';

/** What ingest needs to know about the integration a routing key belongs to. */
export interface Integration {
  readonly id: string;
  readonly type: IntegrationType;
  readonly name: string | null;
  readonly serviceId: string;
  readonly serviceName: string;
  /** The built-in map with the service's overrides merged over it. */
  readonly severityMap: SeverityMap;
  readonly autoResolve: boolean;
  /** The service's content-based grouping rule, if it has one. */
  readonly grouping: GroupingRule | null;
  readonly rateLimitPerMinute: number | null;
  /** The generic webhook's field mapping, as configured (validated by the config). */
  readonly mapping: unknown;
  readonly flapping: FlapSettings;
  /** Open alerts on the service past which new ones are counted on one storm incident. */
  readonly stormLimit: number;
  /**
   * Routing rules, in order, each with this integration as seen from its target service (the
   * same id and sender, that service's settings). Empty: every alert goes to `serviceId`.
   */
  readonly routes: readonly CompiledRoute<Integration>[];
}

/** The service settings an integration carries, as read from a `services` row. */
interface ServiceColumns {
  readonly service_id: string;
  readonly service_name: string;
  readonly severity_map: string | null;
  readonly auto_resolve: number;
  readonly grouping: string | null;
  readonly flapping: string | null;
  readonly storm_limit: number | null;
}

function serviceSettings(row: ServiceColumns) {
  const override = row.severity_map ? (JSON.parse(row.severity_map) as SeverityMap) : {};
  return {
    serviceId: row.service_id,
    serviceName: row.service_name,
    severityMap: mergeSeverityMaps(DEFAULT_SEVERITY_MAP, override),
    autoResolve: row.auto_resolve !== 0,
    grouping: row.grouping ? (JSON.parse(row.grouping) as GroupingRule) : null,
    flapping: flapSettings(row.flapping),
    stormLimit: row.storm_limit ?? DEFAULT_STORM_LIMIT,
  };
}

/** How the integration appears as an actor in timelines. */
export function integrationActor(integration: Integration): string {
  return `integration:${integration.serviceId}/${integration.name ?? integration.type}`;
}

export function findIntegrationByKey(db: Kysely<Schema>, key: string): Promise<Integration | undefined> {
  // By digest: the presented key is never compared with stored keys (a timing side channel).
  return findIntegration(db, 'integrations.key_hash', hashSecret(key));
}

export function findIntegrationById(db: Kysely<Schema>, id: string): Promise<Integration | undefined> {
  return findIntegration(db, 'integrations.id', id);
}

async function findIntegration(db: Kysely<Schema>, column: 'integrations.key_hash' | 'integrations.id', value: string): Promise<Integration | undefined> {
  const row = await db
    .selectFrom('integrations')
    .innerJoin('services', 'services.id', 'integrations.service_id')
    .select([
      'integrations.id',
      'integrations.type',
      'integrations.name',
      'integrations.rate_limit_per_minute',
      'integrations.mapping',
      'integrations.routes',
      'services.id as service_id',
      'services.name as service_name',
      'services.severity_map',
      'services.auto_resolve',
      'services.grouping',
      'services.flapping',
      'services.storm_limit',
    ])
    .where(column, '=', value)
    .executeTakeFirst();
  if (!row) return undefined;
  const base = {
    id: row.id,
    type: row.type as IntegrationType,
    name: row.name,
    rateLimitPerMinute: row.rate_limit_per_minute,
    mapping: row.mapping ? (JSON.parse(row.mapping) as unknown) : null,
  };
  const stored = row.routes ? (JSON.parse(row.routes) as StoredRoute[]) : [];
  const targets = new Map<string, Integration>();
  if (stored.length > 0) {
    const ids = [...new Set(stored.map((r) => r.service))];
    const services = await db
      .selectFrom('services')
      .select(['id as service_id', 'name as service_name', 'severity_map', 'auto_resolve', 'grouping', 'flapping', 'storm_limit'])
      .where('id', 'in', ids)
      .execute();
    for (const service of services) targets.set(service.service_id, { ...base, ...serviceSettings(service), routes: [] });
  }
  return { ...base, ...serviceSettings(row), routes: compileRoutes(stored, (id) => targets.get(id)) };
}

/**
 * The integration of a stored alert as seen from the alert's service (routes may have sent it
 * there): what a release needs to group and open it as its trigger would have been.
 */
export async function findIntegrationView(db: Kysely<Schema>, serviceId: string, integrationId: string | null): Promise<Integration | undefined> {
  const service = await db
    .selectFrom('services')
    .select(['id as service_id', 'name as service_name', 'severity_map', 'auto_resolve', 'grouping', 'flapping', 'storm_limit'])
    .where('id', '=', serviceId)
    .executeTakeFirst();
  if (!service) return undefined;
  const integration = integrationId === null ? undefined : await db.selectFrom('integrations').select(['id', 'type', 'name', 'rate_limit_per_minute', 'mapping']).where('id', '=', integrationId).executeTakeFirst();
  return {
    id: integration?.id ?? `deleted:${serviceId}`,
    type: (integration?.type ?? 'webhook') as IntegrationType,
    name: integration?.name ?? (integration ? null : 'deleted integration'),
    rateLimitPerMinute: integration?.rate_limit_per_minute ?? null,
    mapping: integration?.mapping ? (JSON.parse(integration.mapping) as unknown) : null,
    ...serviceSettings(service),
    routes: [],
  };
}

export interface IntegrationCacheOptions {
  /** How long a found integration is used without asking the database again. */
  readonly ttlMs: number;
  /** Found integrations kept at most; the oldest lookup goes first. */
  readonly maxEntries: number;
  readonly now?: () => number;
}

/**
 * Integrations by routing key for the ingest path. Only keys that exist are remembered: an
 * unknown key is asked again every time, so a flood of made-up keys cannot push real ones out,
 * and a key created after someone probed it works at once. Concurrent lookups of one key share
 * one query, found or not.
 */
export class IntegrationCache {
  private readonly found = new Map<string, { at: number; integration: Integration }>();
  private readonly pending = new Map<string, Promise<Integration | undefined>>();
  private readonly now: () => number;

  constructor(
    private readonly lookup: (key: string) => Promise<Integration | undefined>,
    private readonly options: IntegrationCacheOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  /** Entries are held by the key's digest, so a lookup compares digests, never keys. */
  get(key: string): Promise<Integration | undefined> {
    return this.getByDigest(hashSecret(key), key);
  }

  /** `digest` must be `hashSecret(key)`. */
  getByDigest(digest: string, key: string): Promise<Integration | undefined> {
    const started = this.now();
    const hit = this.found.get(digest);
    if (hit && started - hit.at < this.options.ttlMs) return Promise.resolve(hit.integration);
    const inFlight = this.pending.get(digest);
    if (inFlight) return inFlight;
    const lookup = this.lookup(key)
      .then((integration) => {
        // Deleted first so a refreshed entry moves to the end of the eviction order.
        this.found.delete(digest);
        if (integration) {
          this.found.set(digest, { at: started, integration });
          if (this.found.size > this.options.maxEntries) this.found.delete(this.found.keys().next().value!);
        }
        return integration;
      })
      // A failed lookup (database down) is not remembered either.
      .finally(() => this.pending.delete(digest));
    this.pending.set(digest, lookup);
    return lookup;
  }

  /** Forgets every found integration: their routes changed. */
  clear(): void {
    this.found.clear();
  }

  /** How many found integrations are held (for tests). */
  get size(): number {
    return this.found.size;
  }
}
