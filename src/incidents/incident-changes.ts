import type { Kysely, Transaction } from 'kysely';
import type { SqlDialect } from '../core/db/dialect.js';
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
}

/** Runs inside the transaction that made the changes: its writes commit with them or not at all. */
export type IncidentSubscriber = (trx: Transaction<Schema>, changes: readonly IncidentChange[], now: number) => Promise<void>;

export type NoticeListener = (notices: readonly IncidentNotice[]) => void;

/** PostgreSQL's channel for notices, delivered to every process at commit. */
export const INCIDENT_NOTICE_CHANNEL = 'vigil_incident_changes';

/** NOTIFY payloads must stay under 8000 bytes; notices of a large batch are sent in several. */
const NOTICES_PER_NOTIFY = 100;

/**
 * Incident changes, announced in the transaction that makes them (subscribers registered at the
 * composition root run there), and after commit to a change feed in this process. On PostgreSQL
 * the announcement also NOTIFYs, so a process listening (`relay`) hears every process's changes;
 * on SQLite there is one process and the feed is fed after commit by `transaction`.
 *
 * Notices are hints to read again, delivered at least once: a transaction retried after a
 * conflict may announce twice, never zero times.
 */
export class IncidentEvents {
  private readonly subscribers: IncidentSubscriber[] = [];
  private readonly listeners = new Set<NoticeListener>();
  private readonly pending = new WeakMap<Transaction<Schema>, IncidentNotice[]>();
  /** PostgreSQL, with a relay listening: the NOTIFY brings this process's notices back too. */
  private relayed = false;

  constructor(private readonly dialect: SqlDialect) {}

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
    const notices = changes.map((change) => ({ kind: change.kind, number: change.incident.number }));
    this.pending.get(trx)?.push(...notices);
    await this.notify(trx, notices);
  }

  /** Notices of changes made without `announce` (alerts attached or updated by ingest). */
  async announceNotices(trx: Transaction<Schema>, notices: readonly IncidentNotice[]): Promise<void> {
    if (notices.length === 0) return;
    this.pending.get(trx)?.push(...notices);
    await this.notify(trx, notices);
  }

  /**
   * Runs `work` in a transaction and hands what it announced to the feed once committed. Work
   * committed elsewhere (the ingest group commit) reports with `committed` instead.
   */
  async transaction<T>(db: Kysely<Schema>, work: (trx: Transaction<Schema>) => Promise<T>): Promise<T> {
    let notices: IncidentNotice[] = [];
    const result = await db.transaction().execute((trx) => {
      notices = [];
      this.pending.set(trx, notices);
      return work(trx);
    });
    this.committed(notices);
    return result;
  }

  /** Hands committed notices to this process's listeners (unless the relay brings them). */
  committed(notices: readonly IncidentNotice[]): void {
    if (notices.length === 0 || this.relayed) return;
    this.deliver(notices);
  }

  /**
   * PostgreSQL: from now on the feed is what the database NOTIFYs, every process's changes
   * included. `subscribe` is the LISTEN connection's: it calls back with each payload.
   */
  relay(subscribe: (onPayload: (payload: string) => void) => void): void {
    this.relayed = true;
    subscribe((payload) => {
      try {
        this.deliver(JSON.parse(payload) as IncidentNotice[]);
      } catch {
        // Not ours: the channel carries only what `notify` wrote.
      }
    });
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

  private async notify(trx: Transaction<Schema>, notices: readonly IncidentNotice[]): Promise<void> {
    // Nobody listens on SQLite (one process): skip building the payloads.
    if (!this.dialect.notifies) return;
    for (let start = 0; start < notices.length; start += NOTICES_PER_NOTIFY) {
      await this.dialect.notify(trx, INCIDENT_NOTICE_CHANNEL, JSON.stringify(notices.slice(start, start + NOTICES_PER_NOTIFY)));
    }
  }
}
