import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../core/clock.js';
import { createRuntime, type Runtime } from '../core/runtime.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../test-support/databases.js';
import { waitUntil } from '../test-support/wait.js';
import { Engine, JobDeferred } from './engine.js';
import { JOB_KINDS } from './job-catalogue.js';
import { enqueueJob, overdueJobs } from './jobs.js';

const payload = { incidentId: 'inc_x', round: 1, level: 1 };

/** The engine refuses to start without a handler per kind; kinds a test does not use do nothing. */
function withIdleHandlers(engine: Engine): Engine {
  for (const kind of JOB_KINDS) if (kind !== 'escalation.step') engine.register(kind, async () => {});
  return engine;
}

async function enqueue(runtime: Runtime, key: string, runAt: number): Promise<void> {
  await runtime.database.db.transaction().execute((trx) => enqueueJob(trx, runtime.database.dialect, { kind: 'escalation.step', key, payload, runAt }, runtime.clock.now()));
  runtime.jobSignal.notify();
}

for (const dialect of DIALECTS) {
  describe(`job engine on ${dialect}`, () => {
    let database: TestDatabase | undefined;
    let engine: Engine | undefined;
    afterEach(async () => {
      await engine?.stop();
      await database?.destroy();
      engine = undefined;
    });

    it('runs a job once even when it is written twice', async () => {
      database = await createTestDatabase(dialect);
      const clock = new FakeClock();
      const runtime = createRuntime(database, { clock });
      const seen: string[] = [];
      engine = new Engine(runtime).register('escalation.step', async ({ job }) => {
        seen.push(job.key);
      });
      await enqueue(runtime, 'k1', clock.now());
      await enqueue(runtime, 'k1', clock.now());
      await engine.runDue();
      await engine.runDue();
      expect(seen).toEqual(['k1']);
    });

    it('waits for a job until it is due', async () => {
      database = await createTestDatabase(dialect);
      const clock = new FakeClock();
      const runtime = createRuntime(database, { clock });
      const seen: number[] = [];
      engine = new Engine(runtime).register('escalation.step', async ({ now }) => {
        seen.push(now);
      });
      await enqueue(runtime, 'later', clock.now() + 60_000);
      expect(await engine.runDue()).toBe(0);
      clock.advance(60_000);
      expect(await engine.runDue()).toBe(1);
      expect(seen).toEqual([clock.now()]);
    });

    it('retries a failing job with backoff, then dead-letters it with the last error', async () => {
      database = await createTestDatabase(dialect);
      const clock = new FakeClock();
      const runtime = createRuntime(database, { clock });
      let calls = 0;
      engine = new Engine(runtime).register('escalation.step', async () => {
        calls += 1;
        throw new Error(`provider down (${calls})`);
      });
      await enqueue(runtime, 'flaky', clock.now());
      for (let i = 0; i < 12; i += 1) {
        await engine.runDue();
        clock.advance(10 * 60_000);
      }
      expect(calls).toBe(10);
      const job = await database.db.selectFrom('jobs').selectAll().where('key', '=', 'flaky').executeTakeFirstOrThrow();
      expect(job).toMatchObject({ status: 'dead', attempts: 10, last_error: 'provider down (10)' });
    });

    it('rolls back a failed handler’s writes along with the attempt', async () => {
      database = await createTestDatabase(dialect);
      const clock = new FakeClock();
      const runtime = createRuntime(database, { clock });
      engine = new Engine(runtime).register('escalation.step', async ({ trx }) => {
        await trx.insertInto('settings').values({ key: 'half-written', value: 'x' }).execute();
        throw new Error('boom');
      });
      await enqueue(runtime, 'atomic', clock.now());
      await engine.runDue();
      expect(await database.db.selectFrom('settings').selectAll().where('key', '=', 'half-written').execute()).toEqual([]);
    });

    it('takes over a job whose node died holding it, once the lease has expired', async () => {
      database = await createTestDatabase(dialect);
      const clock = new FakeClock();
      const runtime = createRuntime(database, { clock });
      await enqueue(runtime, 'orphan', clock.now());
      await database.db.updateTable('jobs').set({ status: 'running', locked_by: 'node-dead', locked_until: clock.now() + 30_000, attempts: 1 }).execute();
      const seen: string[] = [];
      engine = new Engine(runtime).register('escalation.step', async ({ job }) => {
        seen.push(job.key);
      });
      expect(await engine.runDue()).toBe(0);
      clock.advance(30_001);
      expect(await engine.runDue()).toBe(1);
      expect(seen).toEqual(['orphan']);
    });

    it('reports jobs overdue by more than 30 seconds', async () => {
      database = await createTestDatabase(dialect);
      const clock = new FakeClock();
      const runtime = createRuntime(database, { clock });
      await enqueue(runtime, 'stalled', clock.now() - 45_000);
      await enqueue(runtime, 'fresh', clock.now() - 5_000);
      const overdue = await overdueJobs(database.db, clock.now(), 30_000);
      expect(overdue).toEqual({ count: 1, oldest: { kind: 'escalation.step', key: 'stalled', runAt: clock.now() - 45_000 } });
    });

    it('starts a job within a second of its due time on the real clock', async () => {
      database = await createTestDatabase(dialect);
      const runtime = createRuntime(database);
      const started: number[] = [];
      engine = new Engine(runtime, { pollMs: 5_000, ...(dialect === 'postgres' ? { listenUrl: database.url } : {}) }).register('escalation.step', async () => {
        started.push(Date.now());
      });
      await withIdleHandlers(engine).start();
      const due = Date.now() + 700;
      await enqueue(runtime, 'timed', due);
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(started).toHaveLength(1);
      expect(started[0]! - due).toBeGreaterThanOrEqual(0);
      expect(started[0]! - due).toBeLessThan(1_000);
    });

    const enqueueSend = async (runtime: Runtime, key: string) => {
      await runtime.database.db.transaction().execute((trx) => enqueueJob(trx, runtime.database.dialect, { kind: 'notify.send', key, payload: { bundleId: key }, runAt: runtime.clock.now() }, runtime.clock.now()));
      runtime.jobSignal.notify();
    };
    const jobRow = (runtime: Runtime, key: string) => runtime.database.db.selectFrom('jobs').select(['status', 'attempts', 'run_at', 'last_error']).where('key', '=', key).executeTakeFirstOrThrow();

    it('puts a deferred outside job back for later without spending an attempt', async () => {
      database = await createTestDatabase(dialect);
      const clock = new FakeClock();
      const runtime = createRuntime(database, { clock });
      let calls = 0;
      engine = withIdleHandlers(new Engine(runtime)).registerOutside('notify.send', async () => {
        calls += 1;
        if (calls < 3) throw new JobDeferred(clock.now() + 250, 'no free slot');
      });
      await enqueueSend(runtime, 'send-1');
      await engine.runDue();
      expect(await jobRow(runtime, 'send-1')).toMatchObject({ status: 'pending', attempts: 0, run_at: clock.now() + 250, last_error: null });
      clock.advance(250);
      await engine.runDue();
      clock.advance(250);
      await engine.runDue();
      expect(calls).toBe(3);
      expect(await jobRow(runtime, 'send-1')).toMatchObject({ status: 'done', attempts: 1 });
    });

    it('retries a failed outside job no sooner than the time its error names', async () => {
      database = await createTestDatabase(dialect);
      const clock = new FakeClock();
      const runtime = createRuntime(database, { clock });
      engine = withIdleHandlers(new Engine(runtime)).registerOutside('notify.send', async () => {
        throw Object.assign(new Error('backed off'), { retryAt: clock.now() + 45_000 });
      });
      await enqueueSend(runtime, 'send-2');
      await engine.runDue();
      expect(await jobRow(runtime, 'send-2')).toMatchObject({ status: 'pending', attempts: 1, run_at: clock.now() + 45_000, last_error: 'backed off' });
    });

    it('runs escalation steps while sends are still waiting for their receivers', async () => {
      database = await createTestDatabase(dialect);
      const runtime = createRuntime(database);
      let releaseSends: () => void = () => {};
      const sendsHeld = new Promise<void>((resolve) => {
        releaseSends = resolve;
      });
      let sendsStarted = 0;
      const steps: string[] = [];
      engine = withIdleHandlers(new Engine(runtime, { pollMs: 50 }))
        .registerOutside('notify.send', async () => {
          sendsStarted += 1;
          await sendsHeld;
        })
        .register('escalation.step', async ({ job }) => {
          steps.push(job.key);
        });
      await engine.start();
      // More held sends than PostgreSQL's lane has slots, all started at once.
      for (let i = 0; i < 12; i += 1) await enqueueSend(runtime, `held-${i}`);
      await waitUntil(() => sendsStarted === 12);
      await enqueue(runtime, 'step-after-sends', runtime.clock.now());
      await waitUntil(() => steps.length === 1);
      expect(steps).toEqual(['step-after-sends']);
      releaseSends();
    });
  });
}

describe('job engine wake-ups across PostgreSQL nodes', () => {
  let database: TestDatabase | undefined;
  const engines: Engine[] = [];
  afterEach(async () => {
    await Promise.all(engines.map((e) => e.stop()));
    engines.length = 0;
    await database?.destroy();
  });

  it('wakes another node at once through NOTIFY', async () => {
    database = await createTestDatabase('postgres');
    const started: number[] = [];
    const worker = new Engine(createRuntime(database), { pollMs: 60_000, listenUrl: database.url }).register('escalation.step', async () => {
      started.push(Date.now());
    });
    engines.push(worker);
    await withIdleHandlers(worker).start();
    await new Promise((resolve) => setTimeout(resolve, 200));
    // Written by "another process": its own runtime and signal, which the worker does not hear.
    const writer = createRuntime(database);
    const writtenAt = Date.now();
    await enqueue(writer, 'remote', writtenAt);
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(started).toHaveLength(1);
    expect(started[0]! - writtenAt).toBeLessThan(500);

  });
});

describe('job engine on PostgreSQL, several jobs at once', () => {
  let database: TestDatabase | undefined;
  let engine: Engine | undefined;
  let release = () => {};
  afterEach(async () => {
    release();
    await engine?.stop();
    await database?.destroy();
    engine = undefined;
  });

  it('starts a job another one made due while a slow job claimed with it still runs', async () => {
    database = await createTestDatabase('postgres');
    const runtime = createRuntime(database);
    const slow = new Promise<void>((resolve) => {
      release = resolve;
    });
    let followed = () => {};
    const follower = new Promise<void>((resolve) => {
      followed = resolve;
    });
    const finished: string[] = [];
    engine = new Engine(runtime, { pollMs: 60_000 }).register('escalation.step', async ({ trx, job, now }) => {
      if (job.key === 'slow') await slow;
      if (job.key === 'first') await enqueueJob(trx, runtime.database.dialect, { kind: 'escalation.step', key: 'second', payload, runAt: now }, now);
      if (job.key === 'second') followed();
      finished.push(job.key);
    });
    await enqueue(runtime, 'slow', runtime.clock.now());
    await enqueue(runtime, 'first', runtime.clock.now());
    await withIdleHandlers(engine).start();
    // Only a job started while 'slow' is held can settle this; otherwise the test times out.
    await follower;
    expect(finished).not.toContain('slow');
  });
});
