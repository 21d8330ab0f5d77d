import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/app.js';
import { DIALECTS } from '../test-support/databases.js';
import { IncidentService } from '../incidents/incident-service.js';

const MIN = 60_000;

/** The facts are kept by the subscriber as incidents change through the real service, not only back-filled. */
describe.each(DIALECTS)('incident facts kept on write (%s)', (dialect) => {
  let t: TestApp;
  let incidents: IncidentService;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    incidents = new IncidentService(t.runtime, t.events);
  }, 60_000);
  afterAll(async () => t?.close());

  const facts = async (number: number) =>
    t.database.db.selectFrom('incidents').select(['person_ack_at', 'first_resolved_at', 'resolved_by_person', 'escalated_by_hand', 'repeat_of_recent']).where('number', '=', number).executeTakeFirstOrThrow();

  it('a person\'s acknowledgement on the first cycle, the first resolve, the final resolver', async () => {
    const start = t.clock.now();
    const declared = await incidents.declare({ title: 'Checkout down', severityId: 'SEV-1' }, 'user:rita');
    t.clock.advance(2 * MIN);
    // At the source first: not a person.
    await incidents.acknowledge(declared.number, 'integration:svc/alertmanager');
    await incidents.unacknowledge(declared.number, 'user:rita');
    t.clock.advance(3 * MIN);
    await incidents.acknowledge(declared.number, 'user:rita');
    t.clock.advance(5 * MIN);
    await incidents.resolve(declared.number, 'user:rita');
    expect(await facts(declared.number)).toMatchObject({ person_ack_at: start + 5 * MIN, first_resolved_at: start + 10 * MIN, resolved_by_person: 1 });
    t.clock.advance(5 * MIN);
    await incidents.reopen(declared.number, 'user:rita');
    expect(Number((await facts(declared.number)).resolved_by_person ?? -1)).toBe(-1);
    t.clock.advance(5 * MIN);
    await incidents.acknowledge(declared.number, 'user:otto');
    await incidents.resolve(declared.number, 'system');
    // The acknowledgement after the reopen does not move MTTA; the final resolve was not a person's.
    expect(await facts(declared.number)).toMatchObject({ person_ack_at: start + 5 * MIN, first_resolved_at: start + 10 * MIN, resolved_by_person: 0 });
  });

  it('an incident resolved before any person acknowledged it has no person acknowledgement', async () => {
    const declared = await incidents.declare({ title: 'Disk full', severityId: 'SEV-2' }, 'user:rita');
    t.clock.advance(MIN);
    await incidents.resolve(declared.number, 'integration:svc/grafana');
    await incidents.reopen(declared.number, 'user:rita');
    await incidents.acknowledge(declared.number, 'user:rita');
    const row = await facts(declared.number);
    expect(row.person_ack_at).toBeNull();
    expect(row.resolved_by_person).toBeNull();
  });
});
