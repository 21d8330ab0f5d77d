import { sql, type Kysely, type Transaction } from 'kysely';
import type { Schema } from '../core/db/schema.js';
import type { Runtime } from '../core/runtime.js';

/** How often each node proves the cluster is running. */
export const PULSE_EVERY_MS = 5_000;
/**
 * A proof of life older than this means nobody ran (every node down, or the database away): the
 * cluster starts a new up-period. Three missed pulses, so a slow write or a GC pause is no outage.
 * Grace periods must exceed it, and node clock skew.
 */
export const OUTAGE_AFTER_MS = 15_000;

const ROW = 'cluster';

/**
 * Records that a node is running at `now` and returns since when the cluster has been up without
 * a gap. Found older than `OUTAGE_AFTER_MS` (or never written), the proof of life starts a new
 * up-period at `now`: heartbeats then get a full interval and grace before they can miss, so
 * Vigil's own outage never reads as their senders' silence.
 */
export async function observeCluster(db: Kysely<Schema> | Transaction<Schema>, now: number): Promise<number> {
  // One statement, whoever else writes at the same time: a node with a clock behind another's never moves alive_at back.
  await sql`insert into heartbeat_cluster (id, alive_at, up_since) values (${ROW}, ${now}, ${now})
    on conflict (id) do update set
      up_since = case when heartbeat_cluster.alive_at < ${now - OUTAGE_AFTER_MS} then ${now} else heartbeat_cluster.up_since end,
      alive_at = case when heartbeat_cluster.alive_at < ${now} then ${now} else heartbeat_cluster.alive_at end`.execute(db);
  const row = await db.selectFrom('heartbeat_cluster').select('up_since').where('id', '=', ROW).executeTakeFirstOrThrow();
  return Number(row.up_since);
}

/** This node's pulse: writes the proof of life every 5 s; a failed write (database away) is retried at the next beat. */
export class ClusterPulse {
  private timer: NodeJS.Timeout | undefined;
  private beating: Promise<void> | undefined;

  constructor(private readonly runtime: Runtime) {}

  /** One beat now; resolves once written (or failed and logged). */
  async beat(): Promise<void> {
    this.beating ??= observeCluster(this.runtime.database.db, this.runtime.clock.now())
      .then(() => undefined)
      .catch((error: unknown) => this.runtime.logger.warn({ err: error }, 'heartbeats: could not record that this node is running; retrying'))
      .finally(() => {
        this.beating = undefined;
      });
    return this.beating;
  }

  /** Beats at once, then every 5 s until `stop`. */
  async start(): Promise<void> {
    await this.beat();
    this.timer = setInterval(() => void this.beat(), PULSE_EVERY_MS);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.beating;
  }
}
