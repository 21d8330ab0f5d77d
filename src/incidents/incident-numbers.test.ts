import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../core/clock.js';
import { openDatabase } from '../core/db/database.js';
import { createRuntime } from '../core/runtime.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../test-support/databases.js';
import { IncidentService } from './incident-service.js';
import { ensureDefaultSeverities } from './severities.js';
import { createIncidentEvents } from '../app/incident-events.js';

for (const dialect of DIALECTS) {
  describe(`incident numbers on ${dialect}`, () => {
    let database: TestDatabase | undefined;
    afterEach(async () => {
      await database?.destroy();
    });

    it('stay sequential and unique under concurrent declares', async () => {
      database = await createTestDatabase(dialect);
      await ensureDefaultSeverities(database.db);
      const incidents = new IncidentService(createRuntime(database, { clock: new FakeClock() }), createIncidentEvents(database.dialect));
      const declared = await Promise.all(Array.from({ length: 40 }, (_, i) => incidents.declare({ title: `storm ${i}` }, 'system')));
      expect(declared.map((i) => i.number).sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    });

    it('are never reused after a declare fails', async () => {
      database = await createTestDatabase(dialect);
      await ensureDefaultSeverities(database.db);
      const incidents = new IncidentService(createRuntime(database, { clock: new FakeClock() }), createIncidentEvents(database.dialect));
      await incidents.declare({ title: 'one' }, 'system');
      await expect(incidents.declare({ title: 'bad', severityId: 'SEV-9' }, 'system')).rejects.toThrow(/unknown severity/);
      const next = await incidents.declare({ title: 'two' }, 'system');
      expect(next.number).toBe(2);
      const rows = await database.db.selectFrom('incidents').select('number').orderBy('number').execute();
      expect(rows.map((r) => r.number)).toEqual([1, 2]);
    });
  });
}

describe('incident numbers across several Vigil processes on one PostgreSQL', () => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.destroy();
  });

  it('are unique and gap-free when four independent connection pools declare at once', async () => {
    database = await createTestDatabase('postgres');
    await ensureDefaultSeverities(database.db);
    // Each handle has its own pool, as a separate process would.
    const nodes = Array.from({ length: 4 }, () => openDatabase(database!.url, { poolSize: 4 }));
    try {
      const services = nodes.map((node) => new IncidentService(createRuntime(node, { clock: new FakeClock() }), createIncidentEvents(node.dialect)));
      const declared = await Promise.all(
        services.flatMap((service, n) => Array.from({ length: 25 }, (_, i) => service.declare({ title: `node ${n} #${i}` }, `node-${n}`))),
      );
      const numbers = declared.map((i) => i.number).sort((a, b) => a - b);
      expect(numbers).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    } finally {
      await Promise.all(nodes.map((node) => node.close()));
    }
  });
});
