import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../core/logger.js';
import type { IncidentNotice } from '../incidents/incident-changes.js';
import { createTestApp, type TestApp } from '../test-support/app.js';
import { DIALECTS } from '../test-support/databases.js';
import { waitUntil } from '../test-support/wait.js';
import { createIncidentEvents, relayIncidentNotices } from './incident-events.js';

for (const dialect of DIALECTS) {
  describe(`the incident change feed on ${dialect}`, () => {
    let t: TestApp | undefined;
    afterEach(async () => {
      await t?.close();
      t = undefined;
    });

    it('hears each change once it is committed, and nothing of a change that failed', async () => {
      t = await createTestApp(dialect);
      const heard: IncidentNotice[] = [];
      t.events.listen((notices) => heard.push(...notices));
      const declared = await t.request({ method: 'POST', url: '/api/v1/incidents', payload: { title: 'Checkout is down', severity: 'SEV-1' } });
      expect(declared.statusCode).toBe(201);
      await t.request({ method: 'POST', url: '/api/v1/incidents/1/acknowledge', payload: {} });
      expect((await t.request({ method: 'PUT', url: '/api/v1/incidents/1/severity', payload: { severity: 'SEV-2' } })).statusCode).toBe(200);
      // Refused by the status machine: rolled back, so never heard.
      expect((await t.request({ method: 'POST', url: '/api/v1/incidents/1/acknowledge', payload: {} })).statusCode).toBe(409);
      await t.request({ method: 'POST', url: '/api/v1/incidents/1/resolve', payload: {} });
      expect(heard).toEqual([
        { kind: 'opened', number: 1 },
        { kind: 'acknowledged', number: 1 },
        { kind: 'severity_changed', number: 1 },
        { kind: 'resolved', number: 1 },
      ]);
    });
  });
}

describe('the incident change feed across PostgreSQL processes', () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it("relays one process's committed changes to another's listeners", async () => {
    t = await createTestApp('postgres');
    const elsewhere = createIncidentEvents(t.database.dialect);
    const heard: IncidentNotice[] = [];
    elsewhere.listen((notices) => heard.push(...notices));
    const relay = relayIncidentNotices(elsewhere, t.database.url, silentLogger);
    try {
      await relay.ready;
      await t.request({ method: 'POST', url: '/api/v1/incidents', payload: { title: 'Payments are slow', severity: 'SEV-2' } });
      await waitUntil(() => heard.length > 0, { what: 'notices' });
      expect(heard).toEqual([{ kind: 'opened', number: 1 }]);
    } finally {
      await relay.stop();
    }
  });
});
