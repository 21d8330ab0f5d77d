import { sql, type Kysely, type Transaction } from 'kysely';
import type { AlertEvent } from '../alerts/alert-event.js';
import type { AlertService } from '../alerts/alert-service.js';
import type { Integration } from '../alerts/integrations.js';
import type { HeartbeatRow, Schema } from '../core/db/schema.js';
import { formatDuration } from '../core/duration.js';
import { VigilError } from '../core/errors.js';
import { newId } from '../core/ids.js';
import type { Runtime } from '../core/runtime.js';
import { jobKeys } from '../engine/job-catalogue.js';
import { cancelJobsByKeyPrefix, enqueueJob } from '../engine/jobs.js';
import { observeCluster } from './cluster-pulse.js';
import { bodyCountsAsPing, heartbeatDeadline, pingEffect } from './heartbeat-deadline.js';
import { deleteHeartbeat, findHeartbeat, findHeartbeatByKey, insertHeartbeat, listHeartbeats, newPingKey, updateHeartbeatFields, type HeartbeatFields } from './heartbeat-store.js';

type Who = { readonly actor: string; readonly sourceIp?: string };

/** A heartbeat as the API and the console show it. */
export interface HeartbeatView {
  readonly id: string;
  readonly service: string;
  readonly name: string;
  readonly interval: string;
  readonly grace: string;
  readonly state: HeartbeatRow['state'];
  readonly last_ping_at: string | null;
  /** When it misses unless pinged: armed heartbeats only. */
  readonly next_deadline: string | null;
  readonly missed_at: string | null;
  /** Where senders ping it (GET or POST). */
  readonly url: string;
  readonly managed_by: HeartbeatRow['managed_by'];
  readonly created_at: string;
}

export interface HeartbeatPatch {
  readonly name?: string;
  readonly intervalMs?: number;
  readonly graceMs?: number;
  readonly paused?: boolean;
}

/** What a ping did, for the sender and for tests. */
export interface PingResult {
  readonly counted: boolean;
  readonly state: HeartbeatRow['state'];
  readonly reason: string;
}

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(Number(ms)).toISOString());

/** The dedup key of a heartbeat's missed-ping alert: one open alert per heartbeat, however often a check runs. */
export const heartbeatDedupKey = (id: string) => `heartbeat:${id}`;

/**
 * Heartbeats: dead man's switches on services (docs/noise.md, Heartbeats). Pings only update the
 * row; the `hb.check` job at the deadline decides, recomputing the deadline from the row (a
 * snooze: a moved deadline writes the job for the new one). A miss is an alert with the fixed
 * dedup key `heartbeat:{id}` through the normal pipeline, so silences and maintenance apply and a
 * check repeated after a lost lease adds nothing; the next ping resolves it.
 */
export class HeartbeatService {
  constructor(
    private readonly runtime: Runtime,
    private readonly alerts: AlertService,
    private readonly publicUrl: string,
  ) {}

  private get db() {
    return this.runtime.database.db;
  }

  private now(): number {
    return this.runtime.clock.now();
  }

  pingUrl(key: string): string {
    return `${this.publicUrl.replace(/\/+$/, '')}/integrations/heartbeat/${encodeURIComponent(key)}`;
  }

  /** `db`: the caller's transaction, when in one (SQLite has one connection: another query would wait for it forever). */
  private async upSince(db: Kysely<Schema> | Transaction<Schema> = this.db): Promise<number> {
    const row = await db.selectFrom('heartbeat_cluster').select('up_since').where('id', '=', 'cluster').executeTakeFirst();
    return Number(row?.up_since ?? 0);
  }

  view(row: HeartbeatRow, upSince: number): HeartbeatView {
    return {
      id: row.id,
      service: row.service_id,
      name: row.name,
      interval: formatDuration(Number(row.interval_ms)),
      grace: formatDuration(Number(row.grace_ms)),
      state: row.state,
      last_ping_at: iso(row.last_ping_at),
      next_deadline: row.state === 'armed' ? iso(heartbeatDeadline(row, upSince)) : null,
      missed_at: row.state === 'missing' ? iso(row.missed_at) : null,
      url: this.pingUrl(row.key),
      managed_by: row.managed_by,
      created_at: iso(row.created_at) as string,
    };
  }

  async list(serviceId?: string): Promise<HeartbeatView[]> {
    const [rows, upSince] = await Promise.all([listHeartbeats(this.db, serviceId), this.upSince()]);
    return rows.map((row) => this.view(row, upSince));
  }

  async get(id: string): Promise<HeartbeatView> {
    return this.view(await this.require(id), await this.upSince());
  }

  private async require(id: string, db: Transaction<Schema> | undefined = undefined): Promise<HeartbeatRow> {
    const row = await findHeartbeat(db ?? this.db, id);
    if (!row) throw new VigilError('VIGIL_HEARTBEAT_NOT_FOUND', `no heartbeat "${id}"`);
    return row;
  }

  private async requireService(tx: Transaction<Schema>, serviceId: string): Promise<void> {
    const service = await tx.selectFrom('services').select('id').where('id', '=', serviceId).executeTakeFirst();
    if (!service) throw new VigilError('VIGIL_REFERENCE_NOT_FOUND', `no service "${serviceId}": create it first, or name one of GET /api/v1/services`, [{ path: 'body.service', message: 'no such service' }]);
  }

  async create(fields: HeartbeatFields, who: Who): Promise<HeartbeatView> {
    const now = this.now();
    const row = await this.db.transaction().execute(async (tx) => {
      await this.requireService(tx, fields.serviceId);
      return insertHeartbeat(tx, newId('hb'), fields, { key: newPingKey(), managedBy: 'api', who, now });
    });
    return this.view(row, await this.upSince());
  }

  async update(id: string, patch: HeartbeatPatch, who: Who): Promise<HeartbeatView> {
    const now = this.now();
    const { row, resolve } = await this.db.transaction().execute(async (tx) => {
      const before = await this.require(id, tx);
      const changesConfig = (patch.name !== undefined && patch.name !== before.name) || (patch.intervalMs !== undefined && patch.intervalMs !== Number(before.interval_ms)) || (patch.graceMs !== undefined && patch.graceMs !== Number(before.grace_ms));
      if (changesConfig && before.managed_by === 'config') {
        throw new VigilError('VIGIL_MANAGED_BY_CONFIG', `heartbeat "${id}" is defined in vigil.yaml: change its name, interval or grace there and apply the file (pausing and resuming work here)`);
      }
      if (changesConfig) {
        await updateHeartbeatFields(tx, before, { serviceId: before.service_id, name: patch.name ?? before.name, intervalMs: patch.intervalMs ?? Number(before.interval_ms), graceMs: patch.graceMs ?? Number(before.grace_ms) }, who, now);
      }
      let resolve = false;
      if (patch.paused === true && before.state !== 'paused') {
        await tx.updateTable('heartbeats').set({ state: 'paused', updated_at: now }).where('id', '=', id).execute();
        await cancelJobsByKeyPrefix(tx, 'hb.check', `hb:${id}:`, now);
        // A paused monitor watches nothing: its open miss is no longer anyone's to answer.
        resolve = before.state === 'missing';
      } else if (patch.paused === false && before.state === 'paused') {
        // Resumed: a full interval and grace from now, never a miss for the time it was paused.
        const state = before.last_ping_at === null ? 'inactive' : 'armed';
        await tx.updateTable('heartbeats').set({ state, armed_at: now, updated_at: now }).where('id', '=', id).execute();
      }
      const row = await this.require(id, tx);
      if (row.state === 'armed') await this.scheduleCheck(tx, row, await this.upSince(tx), now);
      return { row, resolve };
    });
    this.runtime.jobSignal.notify();
    if (resolve) await this.sendResolve(row);
    return this.view(row, await this.upSince());
  }

  async remove(id: string, who: Who): Promise<void> {
    const now = this.now();
    const before = await this.require(id);
    if (before.managed_by === 'config') throw new VigilError('VIGIL_MANAGED_BY_CONFIG', `heartbeat "${id}" is defined in vigil.yaml: remove it there and apply the file`);
    // Its open miss resolves first, while its integration still exists.
    if (before.state === 'missing') await this.sendResolve(before);
    await this.db.transaction().execute(async (tx) => {
      await cancelJobsByKeyPrefix(tx, 'hb.check', `hb:${id}:`, now);
      await deleteHeartbeat(tx, before, who, now);
    });
  }

  /**
   * A ping at the heartbeat's address. Unknown keys are 404. `body`: an Alertmanager message
   * counts only when it holds a firing alert.
   */
  async ping(key: string, body: unknown): Promise<PingResult> {
    const now = this.now();
    const found = await findHeartbeatByKey(this.db, key);
    if (!found) throw new VigilError('VIGIL_HEARTBEAT_NOT_FOUND', 'no heartbeat has this ping address: check the address the heartbeat shows (GET /api/v1/heartbeats)');
    const verdict = bodyCountsAsPing(body);
    if (!verdict.counts) return { counted: false, state: found.state, reason: verdict.reason };
    const effect = pingEffect(found, now);
    switch (effect.kind) {
      case 'coalesced':
        return { counted: true, state: found.state, reason: 'within a second of the last ping' };
      case 'paused':
      case 'extend':
        // The row alone: an armed heartbeat's pending check recomputes its deadline (a snooze).
        await sql`update heartbeats set last_ping_at = case when last_ping_at is null or last_ping_at < ${now} then ${now} else last_ping_at end, updated_at = ${now} where id = ${found.id}`.execute(this.db);
        return { counted: true, state: found.state, reason: effect.kind === 'paused' ? 'recorded; the heartbeat is paused' : 'deadline moved' };
      case 'arm': {
        const armed = await this.db.transaction().execute(async (tx) => {
          // Guarded: of concurrent pings, one arms (and resolves); the others only move the last ping.
          const moved = await sql`update heartbeats set state = 'armed', armed_at = ${now}, missed_at = null,
              last_ping_at = case when last_ping_at is null or last_ping_at < ${now} then ${now} else last_ping_at end, updated_at = ${now}
            where id = ${found.id} and state = ${found.state}`.execute(tx);
          if (Number(moved.numAffectedRows ?? 0) === 0) return null;
          const row = await this.require(found.id, tx);
          await this.scheduleCheck(tx, row, await this.upSince(tx), now);
          return row;
        });
        this.runtime.jobSignal.notify();
        if (armed && effect.resolves) await this.sendResolve(armed);
        return { counted: true, state: 'armed', reason: effect.resolves ? 'armed again; its missed-ping alert resolves' : 'armed by its first ping' };
      }
    }
  }

  /**
   * The `hb.check` job. Runs outside a transaction: a miss goes through the alert pipeline, which
   * commits on its own. Every effect is guarded, so a repeated run changes nothing.
   */
  async check(id: string, deadline: number): Promise<void> {
    const now = this.now();
    const row = await findHeartbeat(this.db, id);
    if (!row || row.state !== 'armed') return;
    // Also a proof of life: an engine running jobs after the database came back finds the gap itself.
    const upSince = await observeCluster(this.db, now);
    const due = heartbeatDeadline(row, upSince);
    if (due > now) {
      if (due !== deadline) {
        await this.db.transaction().execute((tx) => this.scheduleCheck(tx, row, upSince, now));
        this.runtime.jobSignal.notify();
      }
      return;
    }
    // Alert first, then the state: a ping arriving in between finds it armed, and the guard below sees it.
    await this.alerts.ingest(await this.integration(row), { events: [this.missEvent(row, upSince)], complete: true, title: null });
    const marked = await sql`update heartbeats set state = 'missing', missed_at = ${now}, updated_at = ${now}
      where id = ${id} and state = 'armed' and ${row.last_ping_at === null ? sql`last_ping_at is null` : sql`last_ping_at = ${row.last_ping_at}`}
        and ${row.armed_at === null ? sql`armed_at is null` : sql`armed_at = ${row.armed_at}`}`.execute(this.db);
    if (Number(marked.numAffectedRows ?? 0) > 0) return;
    // A ping (or a pause) came in between: the miss was not one after all.
    const current = await findHeartbeat(this.db, id);
    if (!current) return;
    await this.sendResolve(current);
    if (current.state === 'armed') {
      await this.db.transaction().execute((tx) => this.scheduleCheck(tx, current, upSince, now));
      this.runtime.jobSignal.notify();
    }
  }

  private async scheduleCheck(tx: Transaction<Schema>, row: HeartbeatRow, upSince: number, now: number): Promise<void> {
    const deadline = heartbeatDeadline(row, upSince);
    await enqueueJob(tx, this.runtime.database.dialect, { kind: 'hb.check', key: jobKeys.heartbeatCheck(row.id, deadline), payload: { heartbeatId: row.id, deadline }, runAt: deadline }, now);
  }

  private async integration(row: HeartbeatRow): Promise<Integration> {
    const stored = await this.db.selectFrom('integrations').select('key').where('id', '=', row.integration_id).executeTakeFirst();
    const integration = stored ? await this.alerts.integrationForKey(stored.key) : undefined;
    if (!integration) throw new Error(`heartbeat ${row.id} has lost its integration ${row.integration_id}`);
    return integration;
  }

  private missEvent(row: HeartbeatRow, upSince: number): AlertEvent {
    const since = Math.max(Number(row.last_ping_at ?? 0), Number(row.armed_at ?? 0), upSince);
    const interval = formatDuration(Number(row.interval_ms));
    return {
      action: 'trigger',
      dedupKey: heartbeatDedupKey(row.id),
      dedupKeyGenerated: false,
      incidentKey: null,
      summary: `No heartbeat from ${row.name} since ${new Date(since).toISOString()}`,
      severityHints: ['critical'],
      source: 'vigil-heartbeat',
      component: row.name,
      group: null,
      class: 'heartbeat',
      labels: { alertname: 'HeartbeatMissing', heartbeat: row.name },
      details: { heartbeat: row.id, interval, grace: formatDuration(Number(row.grace_ms)), last_ping_at: iso(row.last_ping_at) },
      links: [],
      images: [],
      occurredAt: heartbeatDeadline(row, upSince),
      client: 'Vigil heartbeats',
      clientUrl: null,
    };
  }

  private async sendResolve(row: HeartbeatRow): Promise<void> {
    const event: AlertEvent = {
      action: 'resolve', dedupKey: heartbeatDedupKey(row.id), dedupKeyGenerated: false, incidentKey: null, summary: null, severityHints: [], source: null, component: null, group: null, class: null,
      labels: {}, details: {}, links: [], images: [], occurredAt: null, client: null, clientUrl: null,
    };
    await this.alerts.ingest(await this.integration(row), { events: [event], complete: true, title: null });
  }
}
