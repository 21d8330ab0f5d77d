import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test-support/databases.js';
import { flushContactMethod } from './deliveries.js';
import { insertDelivery } from './delivery-log.js';

/**
 * Two nodes flushing one contact method at once (two pages for one person, or a deferred flush
 * meeting an immediate one) both read the same queued delivery. Only one may bundle it: the
 * other's update waits for the first's commit and must then find it no longer queued, or the
 * person is paged twice.
 */
describe('flushing one contact method from two PostgreSQL transactions at once', () => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.destroy();
  });

  it('bundles and sends a queued delivery once', async () => {
    database = await createTestDatabase('postgres');
    const { db, dialect } = database;
    const now = Date.parse('2026-03-02T10:00:00Z');
    await db.insertInto('users').values({ id: 'alice', name: 'Alice', email: 'alice@example.com', time_zone: 'UTC', role: 'responder', created_at: now, updated_at: now }).execute();
    await db
      .insertInto('contact_methods')
      .values({ id: 'alice-hook', user_id: 'alice', name: null, type: 'webhook', address: 'http://127.0.0.1:9/pages', verified_at: now, verification_hash: null, verification_expires_at: null, created_at: now, updated_at: now })
      .execute();
    const deliveryId = await db.transaction().execute((trx) =>
      insertDelivery(trx, { kind: 'test', userId: 'alice', contactMethodId: 'alice-hook', channel: 'webhook', address: 'http://127.0.0.1:9/pages', status: 'queued', detail: 'test page' }, now),
    );

    let releaseFirst!: () => void;
    const firstMayCommit = new Promise<void>((resolve) => (releaseFirst = resolve));
    let firstFlushed!: () => void;
    const firstHasFlushed = new Promise<void>((resolve) => (firstFlushed = resolve));
    const first = db.transaction().execute(async (trx) => {
      await flushContactMethod(trx, dialect, 'alice-hook', () => 0, now);
      firstFlushed();
      await firstMayCommit;
    });
    await firstHasFlushed;
    const second = db.transaction().execute((trx) => flushContactMethod(trx, dialect, 'alice-hook', () => 0, now + 1));
    // The second has read the delivery as queued and now waits on the first's row lock.
    const deadline = Date.now() + 10_000;
    for (;;) {
      const waiting = await sql<{ n: string }>`select count(*) as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`.execute(db);
      if (Number(waiting.rows[0]?.n) > 0) break;
      if (Date.now() > deadline) throw new Error('the second flush never waited for the first');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    releaseFirst();
    await Promise.all([first, second]);

    const sends = await db.selectFrom('jobs').select(['key']).where('kind', '=', 'notify.send').execute();
    expect(sends).toHaveLength(1);
    const delivery = await db.selectFrom('deliveries').select(['status', 'bundle_id']).where('id', '=', deliveryId).executeTakeFirstOrThrow();
    expect(delivery.status).toBe('sending');
    expect(sends[0]?.key).toBe(`notify:send:${delivery.bundle_id}`);
    const history = await db.selectFrom('delivery_events').select('status').where('delivery_id', '=', deliveryId).orderBy('seq').execute();
    expect(history.map((h) => h.status)).toEqual(['queued', 'sending']);
  });
});
