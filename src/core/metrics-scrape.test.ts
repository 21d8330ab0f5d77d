import { describe, expect, it } from 'vitest';
import { openDatabase } from './db/database.js';
import { ready } from './metrics.js';
import { refreshDatabaseMetrics } from './metrics-scrape.js';

const readyValue = async () => (await ready.get()).values[0]?.value;

describe('refreshDatabaseMetrics', () => {
  it('reports not ready when the database does not answer', async () => {
    const down = openDatabase(':memory:');
    await down.close();
    await refreshDatabaseMetrics(down, async () => true, 1_000);
    expect(await readyValue()).toBe(0);
  });

  it('reports not ready while migrations have not run', async () => {
    const fresh = openDatabase(':memory:');
    try {
      // No tables yet: the grouped counts fail as an unmigrated database's would.
      await refreshDatabaseMetrics(fresh, async () => false, 1_000);
      expect(await readyValue()).toBe(0);
    } finally {
      await fresh.close();
    }
  });
});
