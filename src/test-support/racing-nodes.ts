import { AlertService } from '../alerts/alert-service.js';
import { FakeClock } from '../core/clock.js';
import { openDatabase } from '../core/db/database.js';
import { createRuntime } from '../core/runtime.js';
import { ensureDefaultSeverities } from '../incidents/severities.js';
import { applyYaml } from './config.js';
import { createTestDatabase, type TestDatabase } from './databases.js';
import { createIncidentEvents } from '../app/incident-events.js';

export interface RacingNodes {
  readonly database: TestDatabase;
  /** One alert service per node, each on its own connection pool, as separate processes have. */
  readonly services: readonly AlertService[];
  /** Closes the nodes' pools and drops the database. */
  close(): Promise<void>;
}

/** A fresh PostgreSQL database with `config` applied and `count` nodes ingesting into it. */
export async function racingAlertNodes(config: string, count = 3): Promise<RacingNodes> {
  const database = await createTestDatabase('postgres');
  await ensureDefaultSeverities(database.db);
  await applyYaml(database.db, 'postgres', config);
  const nodes = Array.from({ length: count }, () => openDatabase(database.url, { poolSize: 4 }));
  return {
    database,
    services: nodes.map((node) => new AlertService(createRuntime(node, { clock: new FakeClock() }), createIncidentEvents(node.dialect))),
    async close() {
      await Promise.all(nodes.map((n) => n.close()));
      await database.destroy();
    },
  };
}
