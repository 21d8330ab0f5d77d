import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import { isDeadlockOrSerializationFailure, type SqlDialect } from '../core/db/dialect.js';
import type { IncidentRow, Schema } from '../core/db/schema.js';

/**
 * What happened to an incident, as `incidents/` announces it. Other slices react to these
 * without `incidents/` knowing them: escalation starts and stops, team channels hear of it, the
 * console's stream refreshes.
 */
export type IncidentChange =
  | { readonly kind: 'opened'; readonly incident: IncidentRow; readonly message: string }
  | {
      readonly kind: 'acknowledged' | 'unacknowledged' | 'resolved' | 'reopened';
      /** The incident as it was before the change. */
      readonly incident: IncidentRow;
      readonly message: string;
      /** Un-acknowledge and reopen run the escalation again unless the caller schedules it itself. */
      readonly restartEscalation: boolean;
    }
  | { readonly kind: 'escalated'; readonly incident: IncidentRow; readonly message: string }
  | { readonly kind: 'severity_changed'; readonly incident: IncidentRow; readonly from: string; readonly to: string }
  | { readonly kind: 'commander_changed'; readonly incident: IncidentRow; readonly from: string | null; readonly to: string | null }
  | { readonly kind: 'updated'; readonly incident: IncidentRow };

export type IncidentChangeKind = IncidentChange['kind'] | 'alerts_changed';

/** What the change feed carries: enough to know what to read again, never the data itself. */
export interface IncidentNotice {
  readonly kind: IncidentChangeKind;
  readonly number: number;
  /**
   * false: the incident's service has no grouping `wait` or `interval` timer (ingest says so when
   * no service its integration reaches has one). Absent: it may have; read the service.
   */
  readonly groupingTimers?: boolean;
}

/** Runs inside the transaction that made the changes: its writes commit with them or not at all. */
export type IncidentSubscriber = (trx: Transaction<Schema>, changes: readonly IncidentChange[], now: number) => Promise<void>;

export type NoticeListener = (notices: readonly IncidentNotice[]) => void;

/** PostgreSQL's channel for notices, delivered to every process at commit. */
export const INCIDENT_NOTICE_CHANNEL = 'vigil_incident_changes';

/** NOTIFY payloads must stay under 8000 bytes; notices of a large batch are sent in several. */
const NOTICES_PER_NOTIFY = 100;

/**
 * How long committed notices gather before one NOTIFY carries them to the other processes. A
 * NOTIFY inside the ingest transaction halved PostgreSQL's new-incident rate (every commit that
 * notifies takes a global lock): outside it and gathered, a busy process sends at most 20 a second.
 */
const PUBLISH_EVERY_MS = 50;

interface Published {
  readonly from: string;
  readonly notices: readonly IncidentNotice[];
}

/** Runs of a transaction PostgreSQL rolled back to break a deadlock, before its error is the answer. */
const CONFLICT_ATTEMPTS = 3;

/**
 * Incident changes, announced in the transaction that makes them (subscribers registered at the
 * composition root run there), and after commit to a change feed: this process's listeners hear
 * its changes at once; on PostgreSQL they are also published (gathered, NOTIFY outside the
 * transaction) so that processes running the relay hear every process's changes.
 *
 * Notices are hints to read again, delivered at least once: a transaction retried after a
 * conflict may announce twice, never zero times.
 */
export class IncidentEvents {
  private readonly subscribers: IncidentSubscriber[] = [];
  private readonly listeners = new Set<NoticeListener>();
  private readonly pending = new WeakMap<Transaction<Schema>, IncidentNotice[]>();
  private unpublished: IncidentNotice[] = [];
  /** Tells this announcer's notices apart from other processes' on the shared channel. */
  private readonly origin = randomUUID();
  private publishTimer: NodeJS.Timeout | undefined;

  /** `db`: where to publish for other processes (PostgreSQL); without it, the feed stays in this process. */
  constructor(
    private readonly dialect: SqlDialect,
    private readonly db?: Kysely<Schema>,
  ) {}

  subscribe(subscriber: IncidentSubscriber): this {
    this.subscribers.push(subscriber);
    return this;
  }

  /** Listens to the feed; returns how to stop. */
  listen(listener: NoticeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async announce(trx: Transaction<Schema>, changes: readonly IncidentChange[], now: number): Promise<void> {
    if (changes.length === 0) return;
    for (const subscriber of this.subscribers) await subscriber(trx, changes, now);
    this.pending.get(trx)?.push(...changes.map((change) => ({ kind: change.kind, number: change.incident.number })));
  }

  /**
   * Runs `work` in a transaction and hands what it announced to the feed once committed. Work
   * committed elsewhere (the ingest group commit) reports with `committed` instead.
   */
  async transaction<T>(db: Kysely<Schema>, work: (trx: Transaction<Schema>) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      let notices: IncidentNotice[] = [];
      try {
        const result = await db.transaction().execute((trx) => {
          notices = [];
          this.pending.set(trx, notices);
          return work(trx);
        });
        this.committed(notices);
        return result;
      } catch (error) {
        // Chosen by PostgreSQL to break a deadlock with ingest or another node (they lock alerts,
        // incidents and the open-alert counts in their own orders): rolled back whole, so the
        // person's action runs again rather than failing.
        if (attempt >= CONFLICT_ATTEMPTS || !isDeadlockOrSerializationFailure(error)) throw error;
      }
    }
  }

  /** Whether anyone hears notices: callers on a hot path skip building them when nobody does. */
  get heard(): boolean {
    return this.listeners.size > 0 || (this.dialect.notifies && this.db !== undefined);
  }

  /** Hands committed notices to this process's listeners, and to the other processes'. */
  committed(notices: readonly IncidentNotice[]): void {
    if (notices.length === 0) return;
    this.deliver(notices);
    if (!this.dialect.notifies || this.db === undefined) return;
    this.unpublished.push(...notices);
    this.publishTimer ??= setTimeout(() => void this.publish(), PUBLISH_EVERY_MS).unref();
  }

  /**
   * PostgreSQL: hears the other processes' notices. `subscribe` is the LISTEN connection's: it
   * calls back with each payload.
   */
  relay(subscribe: (onPayload: (payload: string) => void) => void): void {
    subscribe((payload) => {
      try {
        const published = JSON.parse(payload) as Published;
        if (published.from !== this.origin && Array.isArray(published.notices)) this.deliver(published.notices);
      } catch {
        // Not ours: the channel carries only what `publish` wrote.
      }
    });
  }

  /** Sends what gathered; a failure loses only hints (the listeners of other processes read again on their next one). */
  private async publish(): Promise<void> {
    this.publishTimer = undefined;
    const notices = this.unpublished;
    this.unpublished = [];
    try {
      for (let start = 0; start < notices.length; start += NOTICES_PER_NOTIFY) {
        const payload: Published = { from: this.origin, notices: notices.slice(start, start + NOTICES_PER_NOTIFY) };
        await sql`select pg_notify(${INCIDENT_NOTICE_CHANNEL}, ${JSON.stringify(payload)})`.execute(this.db!);
      }
    } catch {
      // The database is away; the next change publishes again.
    }
  }

  private deliver(notices: readonly IncidentNotice[]): void {
    for (const listener of this.listeners) {
      try {
        listener(notices);
      } catch {
        // A listener's failure is its own; the others still hear.
      }
    }
  }
}
