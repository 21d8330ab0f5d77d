import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/app.js';
import { applyYaml } from '../test-support/config.js';
import { DIALECTS } from '../test-support/databases.js';
import { DEFAULT_FLAPPING } from './flapping.js';
import { IntegrationCache, type Integration } from './integrations.js';

const integration = (key: string): Integration => ({
  id: `int_${key}`,
  type: 'events_v2',
  name: null,
  serviceId: 'checkout',
  serviceName: 'Checkout',
  severityMap: {},
  autoResolve: true,
  grouping: null,
  rateLimitPerMinute: null,
  mapping: null,
  flapping: DEFAULT_FLAPPING,
  stormLimit: 1_000,
  routes: [],
});

/** A cache over a fake table, counting the lookups that reach it. */
function fakeCache(options: { maxEntries?: number; ttlMs?: number } = {}) {
  const table = new Set<string>(['real-key']);
  const asked: string[] = [];
  let now = 0;
  const cache = new IntegrationCache(
    async (key) => {
      asked.push(key);
      return table.has(key) ? integration(key) : undefined;
    },
    { ttlMs: options.ttlMs ?? 5_000, maxEntries: options.maxEntries ?? 10_000, now: () => now },
  );
  return { cache, table, asked, advance: (ms: number) => (now += ms) };
}

describe('IntegrationCache', () => {
  it('remembers a found key until it expires', async () => {
    const { cache, asked, advance } = fakeCache();
    expect((await cache.get('real-key'))?.id).toBe('int_real-key');
    expect((await cache.get('real-key'))?.id).toBe('int_real-key');
    expect(asked).toEqual(['real-key']);
    advance(5_000);
    await cache.get('real-key');
    expect(asked).toEqual(['real-key', 'real-key']);
  });

  it('does not remember an unknown key, so a key created after a probe works at once', async () => {
    const { cache, table, asked } = fakeCache();
    expect(await cache.get('new-key')).toBeUndefined();
    expect(await cache.get('new-key')).toBeUndefined();
    expect(asked).toEqual(['new-key', 'new-key']);
    table.add('new-key');
    expect((await cache.get('new-key'))?.id).toBe('int_new-key');
    expect(cache.size).toBe(1);
  });

  it('keeps real keys through a flood of made-up ones', async () => {
    const { cache, asked } = fakeCache({ maxEntries: 100 });
    await cache.get('real-key');
    for (let i = 0; i < 20_000; i++) await cache.get(`random-${i}`);
    expect(cache.size).toBe(1);
    await cache.get('real-key');
    expect(asked.filter((k) => k === 'real-key')).toHaveLength(1);
  });

  it('shares one lookup between concurrent requests, found or not, and forgets a failed one', async () => {
    const { cache, asked } = fakeCache();
    await Promise.all([cache.get('real-key'), cache.get('real-key'), cache.get('nope'), cache.get('nope')]);
    expect(asked.sort()).toEqual(['nope', 'real-key']);
    let fail = true;
    const flaky = new IntegrationCache(async (key) => {
      if (fail) throw new Error('database down');
      return integration(key);
    }, { ttlMs: 5_000, maxEntries: 10 });
    await expect(flaky.get('k')).rejects.toThrow('database down');
    fail = false;
    expect((await flaky.get('k'))?.id).toBe('int_k');
  });

  it('evicts the oldest found key when full, not everything', async () => {
    const { cache, table, asked } = fakeCache({ maxEntries: 2 });
    for (const key of ['a', 'b', 'c']) table.add(key);
    for (const key of ['a', 'b', 'c']) await cache.get(key);
    expect(cache.size).toBe(2);
    await cache.get('b');
    await cache.get('c');
    expect(asked).toEqual(['a', 'b', 'c']);
    await cache.get('a');
    expect(asked).toEqual(['a', 'b', 'c', 'a']);
  });
});

const BEFORE = `
services:
  - id: checkout
    name: Checkout
    integrations:
      - { type: events_v2, key: cache-old-key-0001 }
`;
const AFTER = `
services:
  - id: checkout
    name: Checkout
    integrations:
      - { type: events_v2, key: cache-old-key-0001 }
      - { type: events_v2, key: cache-new-key-0001 }
`;

for (const dialect of DIALECTS) {
  describe(`integration lookup on ${dialect}`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(dialect);
      expect((await applyYaml(t.database.db, dialect, BEFORE)).errors).toEqual([]);
    });
    afterAll(async () => {
      await t?.close();
    });

    const trigger = (key: string) =>
      t.app.inject({
        method: 'POST',
        url: '/v2/enqueue',
        payload: { routing_key: key, event_action: 'trigger', dedup_key: 'cache-1', payload: { summary: 'Disk full', source: 'host-1', severity: 'critical' } },
      });

    it('accepts events for an integration added by config apply at once, though its key was refused a moment before', async () => {
      expect((await trigger('cache-old-key-0001')).statusCode).toBe(202);
      const refused = await trigger('cache-new-key-0001');
      expect(refused.statusCode).toBe(400);
      expect(refused.json()).toMatchObject({ errors: ["'routing_key' is not a valid integration key"] });
      expect((await applyYaml(t.database.db, dialect, AFTER)).errors).toEqual([]);
      expect((await trigger('cache-new-key-0001')).statusCode).toBe(202);
    });
  });
}
