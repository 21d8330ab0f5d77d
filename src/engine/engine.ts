import { randomUUID } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import { listenChannel, type Listening } from '../core/db/listen.js';
import { parseJson } from '../core/db/row-codec.js';
import type { JobRow, Schema } from '../core/db/schema.js';
import { jobFailures, jobLateness, jobsOverdue } from '../core/metrics.js';
import type { Runtime } from '../core/runtime.js';
import { retryDelay } from './backoff.js';
import { JOB_KINDS, type JobKind, type JobPayload } from './job-catalogue.js';
import { claimDueJobs, handOffInto, nextDueAt, NOTIFY_CHANNEL, overdueJobs, type HandOff } from './jobs.js';

export interface JobContext<K extends JobKind> {
  readonly trx: Transaction<Schema>;
  readonly payload: JobPayload<K>;
  readonly job: JobRow;
  /** The engine clock's now when the job started. */
  readonly now: number;
}

/** Runs inside the transaction that marks the job done: its effects and completion commit together. */
export type JobHandler<K extends JobKind> = (context: JobContext<K>) => Promise<void>;

export interface OutsideJobContext<K extends JobKind> {
  readonly payload: JobPayload<K>;
  readonly job: JobRow;
  readonly now: number;
  /** True on the last attempt the retry policy allows: record a final failure instead of throwing. */
  readonly lastAttempt: boolean;
}

/**
 * Runs outside any transaction, for work that talks to the outside world (sending a message):
 * a transaction must not stay open across a slow HTTP call. The handler writes its own results;
 * throwing retries the job with backoff (not before the error's `retryAt`, when it has one),
 * throwing `JobDeferred` runs it again later without counting an attempt. Outside jobs run
 * beside the engine's lane, never in it: a slow receiver holds only its own job.
 */
export type OutsideJobHandler<K extends JobKind> = (context: OutsideJobContext<K>) => Promise<void>;

/** An outside job that could not start now (no free slot for its destination): it runs again at `runAt`, and this try is not an attempt. */
export class JobDeferred extends Error {
  override readonly name = 'JobDeferred';
  constructor(
    readonly runAt: number,
    reason: string,
  ) {
    super(reason);
  }
}

/** A failure may say when trying again can help (a destination backed off until then). */
function notBefore(error: unknown): number | undefined {
  const retryAt = (error as { retryAt?: unknown } | null)?.retryAt;
  return typeof retryAt === 'number' ? retryAt : undefined;
}

export interface EngineOptions {
  /** How long a claimed job is this node's; after that another node takes it over. */
  readonly leaseMs?: number;
  /** The safety-net poll, should every wake-up be missed. */
  readonly pollMs?: number;
  readonly batchSize?: number;
  /** Jobs run at once; PostgreSQL overlaps their round trips and commits, SQLite has one writer. */
  readonly concurrency?: number;
  /** Outside jobs (sends) in flight at once, beside the lane; past that they wait their turn in the table. */
  readonly outsideConcurrency?: number;
  /** A pending job this far past due is reported as stalled. */
  readonly overdueAfterMs?: number;
  /** Only for PostgreSQL: the connection string for LISTEN. */
  readonly listenUrl?: string;
}

/**
 * The durable timer engine. Every process runs one; jobs are rows, so nothing is lost with a
 * process. Wake-ups, cheapest first: an in-process signal after a commit that wrote a job, a
 * timer set to the earliest due job, LISTEN/NOTIFY from other nodes, and a slow poll.
 */
export class Engine {
  readonly node = `node-${randomUUID().slice(0, 8)}`;
  private readonly handlers = new Map<JobKind, { readonly inside?: JobHandler<JobKind>; readonly outside?: OutsideJobHandler<JobKind> }>();
  private timer: NodeJS.Timeout | undefined;
  private watchdog: NodeJS.Timeout | undefined;
  private listener: Listening | undefined;
  private unsubscribe: (() => void) | undefined;
  private running: Promise<void> | undefined;
  /** PostgreSQL: jobs started and not yet finished (see `fill`). */
  private readonly inFlight = new Set<Promise<void>>();
  /** Outside jobs started and not yet finished; they take no slot of the lane. */
  private readonly outside = new Set<Promise<void>>();
  /** A pass found every slot taken: the next job to finish must look for more. */
  private starved = false;
  private again = false;
  private wakePending = false;
  private stopped = true;
  private readonly leaseMs: number;
  private readonly pollMs: number;
  private readonly batchSize: number;
  private readonly concurrency: number;
  private readonly outsideConcurrency: number;
  private readonly overdueAfterMs: number;

  constructor(
    private readonly runtime: Runtime,
    private readonly options: EngineOptions = {},
  ) {
    this.leaseMs = options.leaseMs ?? 30_000;
    this.pollMs = options.pollMs ?? 5_000;
    this.batchSize = options.batchSize ?? 50;
    this.concurrency = options.concurrency ?? (runtime.database.dialect.concurrentWriters ? 8 : 1);
    // Above the sum of the providers' own limits (notify/send-gate.ts): only those decide.
    this.outsideConcurrency = options.outsideConcurrency ?? 256;
    this.overdueAfterMs = options.overdueAfterMs ?? 30_000;
  }

  register<K extends JobKind>(kind: K, handler: JobHandler<K>): this {
    this.handlers.set(kind, { inside: handler as unknown as JobHandler<JobKind> });
    return this;
  }

  registerOutside<K extends JobKind>(kind: K, handler: OutsideJobHandler<K>): this {
    this.handlers.set(kind, { outside: handler as unknown as OutsideJobHandler<JobKind> });
    return this;
  }

  async start(): Promise<void> {
    const missing = JOB_KINDS.filter((kind) => !this.handlers.has(kind));
    if (missing.length > 0) throw new Error(`no handler registered for job kinds: ${missing.join(', ')}`);
    this.stopped = false;
    this.unsubscribe = this.runtime.jobSignal.subscribe(() => this.wake());
    if (this.runtime.database.dialect.notifies && this.options.listenUrl) {
      // Jobs written while the connection was down are found by the pass each LISTEN starts with.
      this.listener = listenChannel(this.options.listenUrl, NOTIFY_CHANNEL, { onPayload: () => this.wake(), onListening: () => this.wake() }, this.runtime.logger);
      try {
        await this.listener.ready;
      } catch (error) {
        await this.listener.stop();
        throw error;
      }
    }
    this.watchdog = setInterval(() => void this.checkOverdue(), 10_000);
    this.watchdog.unref();
    this.wake();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.unsubscribe?.();
    clearTimeout(this.timer);
    clearInterval(this.watchdog);
    await this.running;
    // Jobs finishing may start the follow-ups they claimed (see HandOff): wait for those too.
    while (this.inFlight.size > 0 || this.outside.size > 0) await Promise.all([...this.inFlight, ...this.outside]);
    await this.listener?.stop();
    this.listener = undefined;
  }

  /** Looks for due jobs now (coalescing concurrent wake-ups into one pass). */
  wake(): void {
    if (this.stopped || this.wakePending) return;
    // Wake-ups come after every commit; gathering those of one event-loop turn into one pass
    // claims their jobs together.
    this.wakePending = true;
    setImmediate(() => {
      this.wakePending = false;
      this.wakeNow();
    });
  }

  private wakeNow(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = (this.concurrency === 1 ? this.pass() : this.fill()).finally(() => {
      this.running = undefined;
      if (this.again) {
        this.again = false;
        this.wake();
      }
    });
  }

  /**
   * Runs every job due at the clock's now, including jobs those jobs make due, until none is
   * left. Tests drive time with a fake clock and call this; production uses the timers.
   */
  async runDue(): Promise<number> {
    let total = 0;
    for (;;) {
      const ran = await this.runBatch(true);
      total += ran;
      if (ran === 0) return total;
    }
  }

  private async pass(): Promise<void> {
    try {
      while (!this.stopped && (await this.runBatch()) > 0) {
        // keep draining while jobs are due
      }
      if (this.stopped) return;
      const next = await nextDueAt(this.runtime.database.db);
      const delay = next === undefined ? this.pollMs : Math.min(this.pollMs, Math.max(0, next - this.runtime.clock.now()));
      this.arm(delay);
    } catch (error) {
      this.runtime.logger.error({ err: error }, 'job engine: pass failed; retrying soon');
      this.arm(Math.min(this.pollMs, 1_000));
    }
  }

  /**
   * With several jobs at once (PostgreSQL): keeps up to `concurrency` jobs running, claiming
   * more whenever a slot frees or a wake-up comes. Each job wakes the engine when it finishes,
   * so a job it made due starts right after its commit. Claiming a batch and waiting for all of
   * it before claiming again made every job written meanwhile wait for the slowest one of the
   * batch (a send waiting on a webhook): an incident's four jobs paid that four times.
   */
  private async fill(): Promise<void> {
    const { db, dialect } = this.runtime.database;
    try {
      for (;;) {
        const free = Math.min(this.batchSize, this.concurrency - this.inFlight.size);
        if (this.stopped) return;
        if (free <= 0) {
          // Every slot busy: the next job to finish wakes the engine again.
          this.starved = true;
          return;
        }
        const jobs = await claimDueJobs(db, dialect, this.node, this.runtime.clock.now(), free, this.leaseMs);
        for (const job of jobs) this.launch(job);
        if (jobs.length < free) break;
      }
      if (this.stopped) return;
      const next = await nextDueAt(db);
      const delay = next === undefined ? this.pollMs : Math.min(this.pollMs, Math.max(0, next - this.runtime.clock.now()));
      this.arm(delay);
    } catch (error) {
      this.runtime.logger.error({ err: error }, 'job engine: pass failed; retrying soon');
      this.arm(Math.min(this.pollMs, 1_000));
    }
  }

  private launch(job: JobRow): void {
    jobLateness.observe(Math.max(0, this.runtime.clock.now() - job.run_at) / 1000);
    if (this.isOutside(job)) {
      void this.dispatch(job);
      return;
    }
    const run: Promise<void> = this.execute(job, true)
      .catch((error: unknown) => {
        // Not even the failure could be recorded (database gone): the lease expires and the job
        // is claimed again.
        this.runtime.logger.error({ err: error, job: { kind: job.kind, key: job.key } }, 'job engine: could not record a job failure');
        this.arm(Math.min(this.pollMs, 1_000));
      })
      .finally(() => {
        this.inFlight.delete(run);
        // Jobs it wrote rang the signal already; a freed slot matters only if work was waiting.
        if (this.starved) {
          this.starved = false;
          this.wake();
        }
      });
    this.inFlight.add(run);
  }

  private arm(delay: number): void {
    clearTimeout(this.timer);
    if (this.stopped) return;
    this.timer = setTimeout(() => this.wake(), delay);
    this.timer.unref();
  }

  /** `awaitOutside`: `runDue` returns only when the sends it started are done; the timers' passes do not wait for them. */
  private async runBatch(awaitOutside = false): Promise<number> {
    const { db, dialect } = this.runtime.database;
    const now = this.runtime.clock.now();
    const jobs = await claimDueJobs(db, dialect, this.node, now, this.batchSize, this.leaseMs);
    for (const job of jobs) jobLateness.observe(Math.max(0, now - job.run_at) / 1000);
    const sends = jobs.filter((job) => this.isOutside(job)).map((job) => this.dispatch(job));
    const rest = jobs.filter((job) => !this.isOutside(job));
    if (this.concurrency === 1) {
      const together = rest.filter((job) => this.handlers.get(job.kind as JobKind)?.inside);
      if (together.length > 0) await this.executeTogether(together);
      for (const job of rest.filter((j) => !together.includes(j))) await this.execute(job);
    } else {
      let next = 0;
      const worker = async () => {
        while (next < rest.length) await this.execute(rest[next++] as JobRow);
      };
      await Promise.all(Array.from({ length: Math.min(this.concurrency, rest.length) }, worker));
    }
    if (awaitOutside) await Promise.all(sends);
    return jobs.length;
  }

  private isOutside(job: JobRow): boolean {
    return this.handlers.get(job.kind as JobKind)?.outside !== undefined;
  }

  /**
   * Starts an outside job beside the lane. Escalation steps and flushes never wait for a send,
   * and sends never wait for each other: each is bounded by its provider's timeouts and by the
   * limits its handler applies (see notify/send-gate.ts).
   */
  private dispatch(job: JobRow): Promise<void> {
    const run: Promise<void> = (this.outside.size >= this.outsideConcurrency ? this.deferTo(job, this.runtime.clock.now() + 250).then(() => this.wake()) : this.execute(job))
      .catch((error: unknown) => {
        this.runtime.logger.error({ err: error, job: { kind: job.kind, key: job.key } }, 'job engine: could not record a job failure');
        this.arm(Math.min(this.pollMs, 1_000));
      })
      .finally(() => this.outside.delete(run));
    this.outside.add(run);
    return run;
  }

  /** Puts a claimed job back for later, as if this claim had not happened. */
  private async deferTo(job: JobRow, runAt: number): Promise<void> {
    await this.runtime.database.db
      .updateTable('jobs')
      .set({ status: 'pending', run_at: runAt, attempts: sql<number>`attempts - 1`, locked_by: null, locked_until: null, updated_at: this.runtime.clock.now() })
      .where('id', '=', job.id)
      .where('locked_by', '=', this.node)
      .execute();
  }

  /** `handOff`: from the worker (not `runDue`), which may start the follow-ups a job claims. */
  private async execute(job: JobRow, handOff = false): Promise<void> {
    const { db } = this.runtime.database;
    const handler = this.handlers.get(job.kind as JobKind);
    try {
      if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
      if (handler.outside) {
        const now = this.runtime.clock.now();
        await handler.outside({ payload: parseJson<JobPayload<JobKind>>(job.payload), job, now, lastAttempt: job.attempts >= job.max_attempts });
        await db.updateTable('jobs').set({ status: 'done', locked_by: null, locked_until: null, updated_at: this.runtime.clock.now() }).where('id', '=', job.id).where('locked_by', '=', this.node).execute();
      } else if (handOff) {
        const claims: HandOff = { node: this.node, lockedUntil: this.runtime.clock.now() + this.leaseMs, room: 0, claimed: [], wrotePending: false };
        await db.transaction().execute((trx) => {
          // The slots this job leaves, and those still free.
          claims.room = Math.max(1, this.concurrency - this.inFlight.size + 1);
          handOffInto(trx, claims);
          return this.runInside(trx, job, handler.inside as JobHandler<JobKind>);
        });
        for (const next of claims.claimed) this.launch(next);
        if (!claims.wrotePending) return;
      } else {
        await db.transaction().execute((trx) => this.runInside(trx, job, handler.inside as JobHandler<JobKind>));
      }
      this.runtime.jobSignal.notify();
    } catch (error) {
      if (error instanceof JobDeferred) await this.deferTo(job, error.runAt);
      else await this.recordFailure(job, error);
      // Its retry is due later: the timer must know.
      this.wake();
    }
  }

  /**
   * SQLite has one writer and every commit is an fsync: the transactional jobs of a claimed
   * batch commit together, each in a savepoint so a failing one is rolled back alone.
   */
  private async executeTogether(jobs: readonly JobRow[]): Promise<void> {
    const failures: { job: JobRow; error: unknown }[] = [];
    try {
      await this.runtime.database.db.transaction().execute(async (trx) => {
        failures.length = 0;
        for (const job of jobs) {
          await sql`savepoint job`.execute(trx);
          try {
            await this.runInside(trx, job, this.handlers.get(job.kind as JobKind)?.inside as JobHandler<JobKind>);
            await sql`release savepoint job`.execute(trx);
          } catch (error) {
            await sql`rollback to savepoint job`.execute(trx);
            failures.push({ job, error });
          }
        }
      });
    } catch (error) {
      for (const job of jobs) await this.recordFailure(job, error);
      return;
    }
    for (const { job, error } of failures) await this.recordFailure(job, error);
    this.runtime.jobSignal.notify();
  }

  private async runInside(trx: Transaction<Schema>, job: JobRow, handler: JobHandler<JobKind>): Promise<void> {
    const now = this.runtime.clock.now();
    // Still ours? A node that outlived its lease must not run the job a second time. Marking it
    // done first checks that and locks its row in one round trip; if the handler fails, the
    // rollback leaves it running for recordFailure.
    const mine = await sql`update jobs set status = 'done', locked_by = null, locked_until = null, updated_at = ${now}
      where id = ${job.id} and status = 'running' and locked_by = ${this.node} returning id`.execute(trx);
    if (mine.rows.length === 0) return;
    await handler({ trx, payload: parseJson<JobPayload<JobKind>>(job.payload), job, now });
  }

  private async recordFailure(job: JobRow, error: unknown): Promise<void> {
    const now = this.runtime.clock.now();
    const backoff = retryDelay(job.attempts, job.max_attempts);
    const delay = backoff === undefined ? undefined : Math.max(backoff, (notBefore(error) ?? 0) - Math.max(now, job.run_at));
    const message = error instanceof Error ? error.message : String(error);
    await this.runtime.database.db
      .updateTable('jobs')
      .set(
        delay === undefined
          ? { status: 'dead', last_error: message, locked_by: null, locked_until: null, updated_at: now }
          : { status: 'pending', run_at: Math.max(now, job.run_at) + delay, last_error: message, locked_by: null, locked_until: null, updated_at: now },
      )
      .where('id', '=', job.id)
      .where('locked_by', '=', this.node)
      .execute();
    jobFailures.inc({ kind: job.kind, outcome: delay === undefined ? 'dead' : 'retry' });
    this.runtime.logger[delay === undefined ? 'error' : 'warn'](
      { err: error, job: { kind: job.kind, key: job.key, attempts: job.attempts } },
      delay === undefined ? 'job failed for the last time; dead-lettered' : `job failed; retrying in ${delay} ms`,
    );
  }

  /** The watchdog: a pending job far past its time means escalations have stalled. */
  async checkOverdue(): Promise<number> {
    try {
      const overdue = await overdueJobs(this.runtime.database.db, this.runtime.clock.now(), this.overdueAfterMs);
      jobsOverdue.set(overdue.count);
      if (overdue.count > 0 && overdue.oldest) {
        this.runtime.logger.warn(
          { overdue: overdue.count, oldest: overdue.oldest },
          `job engine: ${overdue.count} job(s) overdue by more than ${this.overdueAfterMs / 1000} s; oldest ${overdue.oldest.kind} ${overdue.oldest.key} is ${Math.round((this.runtime.clock.now() - overdue.oldest.runAt) / 1000)} s late`,
        );
      }
      return overdue.count;
    } catch (error) {
      this.runtime.logger.warn({ err: error }, 'job engine: watchdog check failed');
      return -1;
    }
  }
}
