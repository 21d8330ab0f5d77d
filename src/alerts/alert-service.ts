import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { isRetryableConflict } from '../core/db/dialect.js';
import { GroupCommitter, hashKey, type Merger } from '../core/db/group-commit.js';
import type { Schema } from '../core/db/schema.js';
import { newOrderedId } from '../core/ids.js';
import { countTrailEntries } from './decision-trail.js';
import type { Runtime } from '../core/runtime.js';
import { listSeverities, type Severity } from '../incidents/severities.js';
import type { AlertBatch, AlertEvent, ChangeEvent } from './alert-event.js';
import type { IncidentEvents } from '../incidents/incident-changes.js';
import { alertNotices, processBatches, type EventOutcome, type IngestUnit } from './alert-processor.js';
import { contentGroupKey } from './grouping.js';
import { readNoiseRevision, type HoldRules, type HoldSource } from './holds.js';
import type { Transaction } from 'kysely';
import { findIntegrationById, findIntegrationByKey, IntegrationCache, type Integration } from './integrations.js';

/**
 * Severities and integrations change only when configuration is applied; reading them for
 * every event would double the queries on the ingest path. A change takes effect within this.
 */
const LOOKUP_CACHE_MS = 5_000;

/**
 * The alerts facade: events become durable (committed, in a group commit with whatever else
 * arrived at the same time) before the returned promise settles.
 */
export class AlertService {
  private readonly committer: GroupCommitter;
  // Promises, not values: a burst of requests after expiry shares one lookup instead of each
  // queueing its own query for the database connection.
  private severities: { at: number; value: Promise<readonly Severity[]> } | undefined;
  private readonly integrations = new IntegrationCache((key) => findIntegrationByKey(this.db, key), { ttlMs: LOOKUP_CACHE_MS, maxEntries: 10_000 });
  /** The same integrations by id, for messages handed over by another thread. */
  private readonly integrationsById = new IntegrationCache((id) => findIntegrationById(this.db, id), { ttlMs: LOOKUP_CACHE_MS, maxEntries: 10_000 });

  /**
   * Concurrent requests committed in one group are processed as one batch: one read of the open
   * alerts they touch and one write, rather than a pass over the database per request.
   */
  private readonly batches: Merger<IngestUnit & { readonly severities: readonly Severity[] }, CommittedMessage> = {
    run: async (trx, units) => {
      const outcomes: EventOutcome[][] = [];
      const decisions = new Map<string, number>();
      const now = this.runtime.clock.now();
      const { holds, revision } = await this.holdRules(trx, now);
      // Units read their severities from a cache; a refresh between two of them splits the batch.
      let start = 0;
      while (start < units.length) {
        const severities = units[start]?.severities as readonly Severity[];
        let end = start + 1;
        while (end < units.length && units[end]?.severities === severities) end += 1;
        outcomes.push(...(await processBatches({ trx, dialect: this.runtime.database.dialect, now, severities, events: this.events, holds, noiseRevision: revision, decisions }, units.slice(start, end))));
        start = end;
      }
      // The group's tally rides on its last unit, so it is counted once, after the commit.
      return outcomes.map((list, index) => ({ outcomes: list, decisions: index === outcomes.length - 1 ? decisions : null }));
    },
  };

  /** The hold sources' rules as loaded at one noise revision. */
  private rules: { revision: number; holds: readonly HoldRules[] } | undefined;

  constructor(
    private readonly runtime: Runtime,
    private readonly events: IncidentEvents,
    /** What may hold a new alert back (silences, maintenance windows): consulted per batch (holds.ts). */
    private readonly holdSources: readonly HoldSource[] = [],
    /** Where events commit, when not in this thread: `ingest` hands them over and announces what they did. */
    private readonly writer?: IngestWriter,
  ) {
    this.committer = new GroupCommitter(runtime.database.db, {
      lanes: runtime.database.dialect.concurrentWriters ? INGEST_LANES_POSTGRES : 1,
      maxBatch: 200,
      isRetryable: isRetryableConflict,
      maxAttempts: 5,
    });
  }

  private get db(): Kysely<Schema> {
    return this.runtime.database.db;
  }

  /**
   * The rules of every hold source at the current noise revision: one indexed read per batch,
   * and a reload only when a route, silence or maintenance window changed (on any node). Routes
   * live on integrations, so their cache is dropped then too.
   */
  async holdRules(trx: Transaction<Schema>, now: number): Promise<{ holds: readonly HoldRules[]; revision: number }> {
    const revision = await readNoiseRevision(trx);
    if (this.rules?.revision !== revision) {
      const holds = await Promise.all(this.holdSources.map((source) => source.load(trx, now)));
      if (this.rules !== undefined) {
        this.integrations.clear();
        this.integrationsById.clear();
      }
      this.rules = { revision, holds };
    }
    return this.rules;
  }

  /** Unknown keys are not remembered (see `IntegrationCache`). */
  integrationForKey(key: string): Promise<Integration | undefined> {
    return this.integrations.get(key);
  }

  /** The same, for a caller that already holds the key's digest (`hashSecret(key)`). */
  integrationForDigest(digest: string, key: string): Promise<Integration | undefined> {
    return this.integrations.getByDigest(digest, key);
  }

  /** Whether the database answers a trivial query within a second. */
  async databaseAnswers(): Promise<boolean> {
    const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 1_000).unref());
    const probe = sql`select 1`.execute(this.db).then(() => true, () => false);
    return Promise.race([probe, timeout]);
  }

  /** Waits for events still being committed (requests whose senders already hung up included). */
  whenIdle(): Promise<void> {
    return this.committer.whenIdle();
  }

  /** Stores a batch of events and returns what each did, once committed. */
  async ingest(integration: Integration, batch: AlertBatch): Promise<EventOutcome[]> {
    const committed = this.writer ? await this.writer.commit(integration.id, batch) : await this.commit(integration, batch);
    // Opening, acknowledging or resolving incidents wrote or cancelled jobs; repeats and
    // attached alerts write none, and a wake-up would cost the engine a pass over the jobs.
    const { outcomes, decisions } = committed;
    if (outcomes.some((o) => o.result === 'opened' || o.result === 'acknowledged' || o.result === 'resolved')) this.runtime.jobSignal.notify();
    if (this.events.heard) this.events.committed(alertNotices(outcomes, integration));
    if (decisions) countTrailEntries(decisions);
    return outcomes;
  }

  /**
   * Commits a message's events without telling anyone: `ingest` does that after, in the process
   * that received the message (the events' writer may be a thread of its own: `IngestWriter`).
   */
  async commit(integration: Integration, batch: AlertBatch): Promise<CommittedMessage> {
    const scoped = scopeToGroup(integration, batch);
    const severities = await this.configuredSeverities();
    return this.committer.submitMerged(laneOf(integration, scoped), this.batches, { integration, batch: scoped, severities });
  }

  /** The same, for an integration known by its id (what crosses to the writer thread). */
  async commitForIntegration(integrationId: string, batch: AlertBatch): Promise<CommittedMessage> {
    const integration = await this.integrationsById.getByDigest(integrationId, integrationId);
    if (!integration) throw new Error(`integration ${integrationId} no longer exists`);
    return this.commit(integration, batch);
  }

  async recordChange(integration: Integration, change: ChangeEvent): Promise<void> {
    const now = this.runtime.clock.now();
    await this.committer.submit(`change:${integration.serviceId}`, async (trx) => {
      await trx
        .insertInto('change_events')
        .values({
          id: newOrderedId('chg'),
          service_id: integration.serviceId,
          integration_id: integration.id,
          summary: change.summary,
          source: change.source,
          occurred_at: change.occurredAt ?? now,
          received_at: now,
          details: JSON.stringify(change.details),
          links: JSON.stringify(change.links),
        })
        .execute();
    });
  }

  private async configuredSeverities(): Promise<readonly Severity[]> {
    const now = Date.now();
    if (!this.severities || now - this.severities.at >= LOOKUP_CACHE_MS) {
      const value = listSeverities(this.db);
      this.severities = { at: now, value };
      value.catch(() => {
        this.severities = undefined;
      });
    }
    return this.severities.value;
  }
}

/** One message's outcomes; the last message of a group commit also carries the group's trail entries by code. */
export interface CommittedMessage {
  readonly outcomes: EventOutcome[];
  readonly decisions: ReadonlyMap<string, number> | null;
}

/**
 * Where a process's ingest commits when that is not on its own thread: SQLite's writer thread
 * (app/writer-thread.ts) runs `commitForIntegration` beside the one write connection.
 */
export interface IngestWriter {
  commit(integrationId: string, batch: AlertBatch): Promise<CommittedMessage>;
}

/**
 * Commit lanes on PostgreSQL (SQLite has one writer, so one lane). Small messages — every
 * PagerDuty event, most webhooks — share lane 0: concurrent ones then commit in one transaction,
 * and the transactions' round trips and commits, not the rows, are what PostgreSQL spends its
 * time on (one lane for them doubled single events a second against spreading them over four).
 * Large messages go to the other lanes by group, so PostgreSQL works on several at once and a
 * 3,000-alert message never holds up a single page-worthy event behind it.
 */
const INGEST_LANES_POSTGRES = 4;
const SMALL_MESSAGE_EVENTS = 10;

function laneOf(integration: Integration, batch: AlertBatch): string | number {
  if (batch.events.length <= SMALL_MESSAGE_EVENTS) return 0;
  // One group's messages go to one lane: two lanes adding alerts to one incident would queue on
  // its row lock.
  const first = batch.events[0];
  const group = first?.incidentKey ?? (first && integration.grouping ? contentGroupKey(integration.serviceId, integration.grouping, first) : null) ?? first?.dedupKey ?? '';
  return 1 + (hashKey(`${integration.serviceId}:${group}`) % (INGEST_LANES_POSTGRES - 1));
}

/**
 * Alertmanager and Grafana identify an alert by its label fingerprint, and the same labels can
 * be routed into two groups (or two integrations). Within a group the fingerprint is the
 * identity, so the stored dedup key is the fingerprint qualified by its group.
 */
function scopeToGroup(integration: Integration, batch: AlertBatch): AlertBatch {
  if (batch.events.every((e) => e.incidentKey === null)) return batch;
  // A message is one group: hash each group key once, not once per alert.
  const groups = new Map<string, string>();
  const events = batch.events.map((event): AlertEvent => {
    if (event.incidentKey === null) return event;
    let group = groups.get(event.incidentKey);
    if (group === undefined) {
      group = createHash('sha256').update(`${integration.id}\n${event.incidentKey}`).digest('hex').slice(0, 16);
      groups.set(event.incidentKey, group);
    }
    return { ...event, dedupKey: `${event.dedupKey}@${group}` };
  });
  return { ...batch, events };
}
