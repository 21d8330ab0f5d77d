import { sql, type Kysely, type Transaction } from 'kysely';
import { dbWriteQueue } from '../metrics.js';
import type { Schema } from './schema.js';

export type TransactionWork<T> = (trx: Transaction<Schema>) => Promise<T>;

/**
 * Commits units of one kind together in a single pass over the database: one read of what they
 * all touch and one multi-row write, instead of a pass per unit. `run` returns one result per
 * unit, in order, exactly as if each unit had run alone one after another.
 */
export interface Merger<U, R> {
  readonly run: (trx: Transaction<Schema>, units: readonly U[]) => Promise<R[]>;
}

interface Pending {
  /** The unit alone (also how a merged unit runs when its group is retried unit by unit). */
  readonly work: TransactionWork<unknown>;
  readonly merge?: { readonly merger: Merger<unknown, unknown>; readonly unit: unknown };
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
  attempts: number;
}

export interface GroupCommitOptions {
  /** Independent queues, each committing one transaction at a time. 1 for SQLite (one writer). */
  readonly lanes: number;
  /** Most units of work in one transaction. */
  readonly maxBatch: number;
  /** Errors worth running the work again for (deadlock, unique race); the rest reject at once. */
  readonly isRetryable: (error: unknown) => boolean;
  readonly maxAttempts: number;
}

/**
 * Group commit: concurrent units of work are gathered into one transaction, so one fsync makes
 * many of them durable, and each caller's promise settles only after that commit. A lane commits
 * whatever queued while its previous transaction ran, so an idle system commits at once and a
 * busy one in ever larger groups.
 *
 * A group commits in one transaction; if a unit fails, the group runs again with each unit in a
 * savepoint, so the failing one is rolled back alone and rejected while the rest commit. Work that must not interleave (the same alert) is sent to the same lane
 * by its key, so lanes never contend for the same rows within one process.
 */
export class GroupCommitter {
  private readonly queues: Pending[][];
  private readonly running: boolean[];

  constructor(
    private readonly db: Kysely<Schema>,
    private readonly options: GroupCommitOptions,
  ) {
    this.queues = Array.from({ length: options.lanes }, () => []);
    this.running = Array.from({ length: options.lanes }, () => false);
  }

  submit<T>(key: string | number, work: TransactionWork<T>): Promise<T> {
    return this.enqueue(key, { work });
  }

  /**
   * Like `submit`, but units of the same merger that land next to each other in a group are
   * handed to it together (see `Merger`).
   */
  submitMerged<U, R>(key: string | number, merger: Merger<U, R>, unit: U): Promise<R> {
    const work: TransactionWork<R> = async (trx) => (await merger.run(trx, [unit]))[0] as R;
    return this.enqueue(key, { work, merge: { merger: merger as Merger<unknown, unknown>, unit } });
  }

  /** A lane given by number is used as is (modulo the lanes there are); a key is spread by its hash. */
  private enqueue<T>(key: string | number, unit: Pick<Pending, 'work' | 'merge'>): Promise<T> {
    const lane = this.options.lanes === 1 ? 0 : (typeof key === 'number' ? key : hashKey(key)) % this.options.lanes;
    return new Promise<T>((resolve, reject) => {
      // Queued until settled, retries included: what a scrape of vigil_db_write_queue shows.
      dbWriteQueue.inc();
      const settle = <A>(finish: (value: A) => void) => (value: A) => {
        dbWriteQueue.dec();
        finish(value);
      };
      this.queues[lane]?.push({ ...unit, resolve: settle(resolve as (value: unknown) => void), reject: settle(reject), attempts: 0 });
      if (!this.running[lane]) {
        this.running[lane] = true;
        // Start after the event loop has read every request that is already waiting: with a
        // synchronous driver (SQLite) a commit started at once would hold only this unit, and
        // requests arriving meanwhile would each commit alone.
        setImmediate(() => void this.drain(lane));
      }
    });
  }

  /** Resolves once nothing is queued or committing: shutdown waits for this before closing the database. */
  async whenIdle(): Promise<void> {
    while (this.running.some(Boolean) || this.queues.some((q) => q.length > 0)) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  private async drain(lane: number): Promise<void> {
    const queue = this.queues[lane] as Pending[];
    try {
      while (queue.length > 0) {
        const group = queue.splice(0, this.options.maxBatch);
        await this.commitGroup(group, queue);
        // Let requests that arrived during the commit join the next group.
        if (queue.length < this.options.maxBatch) await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      this.running[lane] = false;
    }
  }

  private async commitGroup(group: Pending[], queue: Pending[]): Promise<void> {
    // Optimistic path: the whole group in one transaction, no savepoints (two statements fewer
    // per unit). Units rarely fail; when one does, the group is run again unit by unit below.
    let values: unknown[];
    try {
      values = await this.db.transaction().execute((trx) => runGroup(trx, group));
    } catch (error) {
      if (group.length === 1) {
        const only = group[0] as Pending;
        only.attempts += 1;
        this.retryOrReject(only, error, queue);
        return;
      }
      await this.commitUnitByUnit(group, queue);
      return;
    }
    group.forEach((pending, index) => pending.resolve(values[index]));
  }

  /** Each unit in its own savepoint: a failing one is rolled back alone, the rest commit. */
  private async commitUnitByUnit(group: Pending[], queue: Pending[]): Promise<void> {
    const settled: { pending: Pending; ok: boolean; value: unknown }[] = [];
    try {
      await this.db.transaction().execute(async (trx) => {
        settled.length = 0;
        for (const pending of group) {
          pending.attempts += 1;
          await sql`savepoint unit`.execute(trx);
          try {
            const value = await pending.work(trx);
            await sql`release savepoint unit`.execute(trx);
            settled.push({ pending, ok: true, value });
          } catch (error) {
            await sql`rollback to savepoint unit`.execute(trx);
            settled.push({ pending, ok: false, value: error });
          }
        }
      });
    } catch (error) {
      // The commit itself failed (deadlock with another node, lost connection): nothing in the
      // group is stored. Retry what may succeed on its own; report the rest.
      for (const pending of group) this.retryOrReject(pending, error, queue);
      return;
    }
    for (const { pending, ok, value } of settled) {
      if (ok) pending.resolve(value);
      else this.retryOrReject(pending, value, queue);
    }
  }

  private retryOrReject(pending: Pending, error: unknown, queue: Pending[]): void {
    if (this.options.isRetryable(error) && pending.attempts < this.options.maxAttempts) queue.push(pending);
    else pending.reject(error);
  }
}

/** Runs a group's units in order, handing runs of units of one merger to it together. */
async function runGroup(trx: Transaction<Schema>, group: readonly Pending[]): Promise<unknown[]> {
  const results: unknown[] = [];
  let i = 0;
  while (i < group.length) {
    const first = group[i] as Pending;
    const merger = first.merge?.merger;
    if (merger === undefined) {
      results.push(await first.work(trx));
      i += 1;
      continue;
    }
    let end = i + 1;
    while (end < group.length && group[end]?.merge?.merger === merger) end += 1;
    const units = group.slice(i, end).map((pending) => pending.merge?.unit);
    const values = await merger.run(trx, units);
    if (values.length !== units.length) throw new Error(`a merger returned ${values.length} results for ${units.length} units`);
    results.push(...values);
    i = end;
  }
  return results;
}

/** FNV-1a: a cheap, stable spread of keys over lanes. */
export function hashKey(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i += 1) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
