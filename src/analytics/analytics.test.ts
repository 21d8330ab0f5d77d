import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedScriptedDataset, NOW, RANGE } from '../test-support/analytics-dataset.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../test-support/databases.js';
import { AnalyticsService, bucketStart, localParts } from './analytics-service.js';
import { csvCell, toCsv } from './csv.js';
import { hourClass, percentile } from './definitions.js';

describe('pure rules', () => {
  it('nearest-rank percentiles', () => {
    expect(percentile([], 50)).toBeNull();
    expect(percentile([300, 1200, 3000], 50)).toBe(1200);
    expect(percentile([300, 1200, 3000], 90)).toBe(3000);
    expect(percentile([600, 1200, 1800, 5400, 7200], 50)).toBe(1800);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
  });

  it('hour classes: sleep 22–08 every day, business 08–18 weekdays, off the rest', () => {
    expect(hourClass(1, 7)).toBe('sleep');
    expect(hourClass(1, 8)).toBe('business');
    expect(hourClass(5, 17)).toBe('business');
    expect(hourClass(5, 18)).toBe('off');
    expect(hourClass(3, 21)).toBe('off');
    expect(hourClass(3, 22)).toBe('sleep');
    expect(hourClass(6, 12)).toBe('off');
    expect(hourClass(7, 3)).toBe('sleep');
  });

  it('local parts follow the person\'s zone across the DST change and name the night by its evening', () => {
    // 12:30Z on Monday 9 March 2026 is 08:30 EDT (New York moved to DST on the 8th).
    expect(localParts('America/New_York', Date.parse('2026-03-09T12:30:00Z'))).toEqual({ isoWeekday: 1, hour: 8, night: '2026-03-09' });
    // A week earlier the same UTC time was 07:30 EST: sleep hours, the night of Sunday 1 March.
    expect(localParts('America/New_York', Date.parse('2026-03-02T12:30:00Z'))).toEqual({ isoWeekday: 1, hour: 7, night: '2026-03-01' });
    expect(localParts('Europe/Berlin', Date.parse('2026-03-03T21:30:00Z'))).toEqual({ isoWeekday: 2, hour: 22, night: '2026-03-03' });
  });

  it('day buckets are local days: 23 hours long on the spring-forward day', () => {
    const tz = 'America/New_York';
    expect(new Date(bucketStart(Date.parse('2026-03-08T04:30:00Z'), 'day', tz)).toISOString()).toBe('2026-03-07T05:00:00.000Z');
    expect(new Date(bucketStart(Date.parse('2026-03-08T12:00:00Z'), 'day', tz)).toISOString()).toBe('2026-03-08T05:00:00.000Z');
    expect(new Date(bucketStart(Date.parse('2026-03-09T12:00:00Z'), 'day', tz)).toISOString()).toBe('2026-03-09T04:00:00.000Z');
    expect(new Date(bucketStart(Date.parse('2026-03-12T12:00:00Z'), 'week', 'Europe/Berlin')).toISOString()).toBe('2026-03-08T23:00:00.000Z');
    expect(new Date(bucketStart(Date.parse('2026-04-01T01:00:00Z'), 'month', 'Europe/Berlin')).toISOString()).toBe('2026-03-31T22:00:00.000Z');
  });

  it('CSV quotes as RFC 4180 and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell('=HYPERLINK("x","y")')).toBe('"\'=HYPERLINK(""x"",""y"")"');
    expect(csvCell(-1.5)).toBe('-1.5');
    expect(csvCell(null)).toBe('');
    expect(toCsv(['a', 'b'], [[1, 'x']])).toBe('a,b\r\n1,x\r\n');
  });
});

describe.each(DIALECTS)('analytics on the scripted dataset (%s)', (dialect) => {
  let database: TestDatabase;
  let analytics: AnalyticsService;
  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    await seedScriptedDataset(database.db);
    analytics = new AnalyticsService(database.db, database.dialect, () => NOW);
  }, 60_000);
  afterAll(async () => database?.destroy());

  it('summary: counts, MTTA and MTTR as worked out by hand', async () => {
    const s = await analytics.summary(await analytics.scope(RANGE));
    // i1–i6 and i8; i0 is before the range, i7 was merged away.
    expect(s.incidents).toBe(7);
    expect(s.open).toBe(2);
    expect(s.resolved).toBe(5);
    // MTTA: i1 300 s, i3 1200 s (the CLI, first cycle), i5 3000 s. Left out: i2 (source), i4 (nobody), i6 (nobody), i8 (after the first resolve).
    expect(s.not_acknowledged_by_person).toBe(4);
    expect(s.mtta).toEqual({ mean: 1500, p50: 1200, p90: 3000, count: 3 });
    // MTTR to the final resolve: i4 600, i2 1200, i1 1800, i8 5400, i3 7200.
    expect(s.mttr).toEqual({ mean: 3240, p50: 1800, p90: 7200, count: 5 });
  });

  it('summary: compliance, escalation, resolution, repeats, status updates', async () => {
    const s = await analytics.summary(await analytics.scope(RANGE));
    expect(s.compliance).toEqual([
      // i1 met; i2 breached (resolved at the source after its target, nobody acknowledged); i3 breached (the CLI at 20 min).
      { severity: 'SEV-1', severity_name: 'Critical', incidents: 3, met: 1, breached: 2, share: 0.3333 },
      // i4 neither (resolved within the target); i5 met (50 of 60 min); i6 breached (open past its target).
      { severity: 'SEV-2', severity_name: 'High', incidents: 3, met: 1, breached: 1, share: 0.5 },
      // i8 neither: resolved within 24 h without an acknowledgement.
      { severity: 'SEV-3', severity_name: 'Medium', incidents: 1, met: 0, breached: 0, share: null },
    ]);
    // i3 paged at level 2, i5 escalated by hand.
    expect(s.escalation).toEqual({ escalated: 2, rate: 0.2857 });
    // By hand: i1 (alice), i8 (carol). Automatic: i2, i4, i3 (its final resolve came from the source).
    expect(s.resolution).toEqual({ by_hand: 2, automatic: 3, open: 2 });
    // i1 repeats i0 (10 days before), i2 repeats i1; both on api with signature sig-a.
    expect(s.repeats.incidents).toBe(2);
    expect(s.repeats.share).toBe(0.2857);
    expect(s.repeats.groups).toEqual([{ service: 'api', signature: 'sig-a', summary: 'Alert sig-a', incidents: 2, last_incident: 102 }]);
    // Due: i1 (an update posted), i3 (reminded); late: i3. i5's first update is not due yet.
    expect(s.status_updates).toEqual({ due: 2, on_time: 1, late: 1, share: 0.5 });
  });

  it('filters by service, team and severity', async () => {
    const web = await analytics.summary(await analytics.scope({ ...RANGE, service: 'web' }));
    expect(web.incidents).toBe(3);
    expect(web.mtta).toEqual({ mean: 3000, p50: 3000, p90: 3000, count: 1 });
    const payments = await analytics.summary(await analytics.scope({ ...RANGE, team: 'payments' }));
    expect(payments.incidents).toBe(4);
    const sev1 = await analytics.summary(await analytics.scope({ ...RANGE, severity: 'SEV-1' }));
    expect(sev1.incidents).toBe(3);
    expect(sev1.compliance.map((c) => c.severity)).toEqual(['SEV-1']);
    const empty = await analytics.summary(await analytics.scope({ from: '2025-01-01', to: '2025-02-01' }));
    expect(empty.mtta).toEqual({ mean: null, p50: null, p90: null, count: 0 });
  });

  it('refuses unknown filters and oversized ranges with a message that says what to do', async () => {
    await expect(analytics.scope({ service: 'nope' })).rejects.toMatchObject({ code: 'VIGIL_REFERENCE_NOT_FOUND', message: 'no service "nope": GET /api/v1/services lists them' });
    await expect(analytics.scope({ team: 'nope' })).rejects.toMatchObject({ code: 'VIGIL_REFERENCE_NOT_FOUND' });
    await expect(analytics.scope({ severity: 'SEV-9' })).rejects.toMatchObject({ code: 'VIGIL_REFERENCE_NOT_FOUND' });
    await expect(analytics.scope({ from: '2024-01-01', to: '2026-01-01' })).rejects.toMatchObject({ message: 'the range is 731 days; ask for at most 400 days at a time' });
    await expect(analytics.scope({ from: '2026-03-02', to: '2026-03-01' })).rejects.toMatchObject({ code: 'VIGIL_VALIDATION_FAILED' });
    await expect(analytics.scope({ from: 'yesterday' })).rejects.toMatchObject({ code: 'VIGIL_VALIDATION_FAILED' });
  });

  it('incidents over time in UTC and in New York days', async () => {
    const scope = await analytics.scope({ from: '2026-03-07T00:00:00Z', to: '2026-03-10T00:00:00Z' });
    const utc = await analytics.overTime(scope, 'day', 'UTC');
    expect(utc.map((b) => [b.start, b.incidents])).toEqual([
      ['2026-03-07T00:00:00.000Z', 0],
      ['2026-03-08T00:00:00.000Z', 1],
      ['2026-03-09T00:00:00.000Z', 1],
    ]);
    expect(utc[1]!.mttr_mean).toBe(5400);
    // i8 at 04:30Z on the 8th is 23:30 on the 7th in New York; the 8th there lasts 23 hours.
    const ny = await analytics.overTime(scope, 'day', 'America/New_York');
    expect(ny.map((b) => [b.start, b.incidents])).toEqual([
      ['2026-03-06T05:00:00.000Z', 0],
      ['2026-03-07T05:00:00.000Z', 1],
      ['2026-03-08T05:00:00.000Z', 0],
      ['2026-03-09T04:00:00.000Z', 1],
    ]);
    const weeks = await analytics.overTime(await analytics.scope(RANGE), 'week', 'UTC');
    expect(weeks.map((b) => [b.start, b.incidents])).toEqual([
      ['2026-02-23T00:00:00.000Z', 0],
      ['2026-03-02T00:00:00.000Z', 6],
      ['2026-03-09T00:00:00.000Z', 1],
    ]);
    await expect(analytics.overTime(scope, 'day', 'Mars/Olympus')).rejects.toMatchObject({ code: 'VIGIL_VALIDATION_FAILED' });
  });

  it('on-call load per person in their own zone, shifts from the schedule, fairness per rotation', async () => {
    const load = await analytics.oncallLoad(await analytics.scope(RANGE));
    const byUser = Object.fromEntries(load.people.map((p) => [p.user, p]));
    // alice (New York): 4 pages, 3 interruptions (two pages on i3 are one); 05:00 EST Monday sleep; 10:00 EST and 08:30 EDT business.
    expect(byUser.alice).toEqual({
      user: 'alice', name: 'Alice Archer', time_zone: 'America/New_York', pages: 4, interruptions: 3, business_hours: 2, off_hours: 0, sleep_hours: 1, nights_interrupted: 1,
      // Local midnights in New York: Mar 1, 3, 5, 7, 9, 11, 13, 24 h each.
      shifts: 7, hours_on_call: 168,
    });
    // bob (Berlin): 22:30 Tuesday and 03:00 Sunday sleep (two nights), 16:20 Wednesday business, 13:00 Saturday off.
    expect(byUser.bob).toEqual({
      user: 'bob', name: 'Bob Brandt', time_zone: 'Europe/Berlin', pages: 4, interruptions: 4, business_hours: 1, off_hours: 1, sleep_hours: 2, nights_interrupted: 2,
      // Mar 2, 4, 6 (72 h), Mar 8 (23 h: New York springs forward), Mar 10, 12 (48 h), Mar 14 until the range ends at 20:00 local (20 h).
      shifts: 7, hours_on_call: 163,
    });
    // carol: the page on i7 counts though i7 was merged away (10:03 UTC Monday, business hours).
    expect(byUser.carol).toMatchObject({ pages: 2, interruptions: 2, business_hours: 1, off_hours: 1, sleep_hours: 0, shifts: 0, hours_on_call: 0 });
    expect(load.rotations).toEqual([
      {
        schedule: 'primary',
        name: 'Payments primary',
        people: [
          { user: 'alice', hours_on_call: 168, hours_share: 0.5076, interruptions: 3, interruptions_share: 0.6 },
          { user: 'bob', hours_on_call: 163, hours_share: 0.4924, interruptions: 2, interruptions_share: 0.4 },
        ],
      },
    ]);
    // Heat map rows Monday first, hours local to the paged person.
    expect(load.heat_map[0]![5]).toBe(1); // alice Monday 05 EST
    expect(load.heat_map[0]![8]).toBe(1); // alice Monday 08 EDT
    expect(load.heat_map[1]![22]).toBe(1); // bob Tuesday 22 CET
    expect(load.heat_map[6]![3]).toBe(1); // bob Sunday 03 CET
    expect(load.heat_map[0]![10]).toBe(1); // carol Monday 10 UTC
    expect(load.heat_map.flat().reduce((a, b) => a + b, 0)).toBe(9);
    const team = await analytics.oncallLoad(await analytics.scope({ ...RANGE, team: 'payments' }));
    expect(team.people.map((p) => p.user).sort()).toEqual(['alice', 'bob']);
  });

  it('costs: ledger lines of resolved incidents, the live figure of open ones, totals per service, month and currency', async () => {
    const costs = await analytics.costs(await analytics.scope(RANGE));
    expect(costs.incidents).toEqual([
      { incident: 101, title: 'Incident 101', service: 'api', triggered_at: '2026-03-02T10:00:00.000Z', amount: 1334.56, currency: 'USD', provisional: false,
        calculation: 'Downtime 10:00–10:30 UTC: 30 min × 41.152 USD/min = 1234.56 USD; SLA credit: =SUM(A1); total 1,334.56 USD' },
      { incident: 102, title: 'Incident 102', service: 'api', triggered_at: '2026-03-03T21:25:00.000Z', amount: 50, currency: 'EUR', provisional: false,
        calculation: 'Downtime 21:25–21:45 UTC: 20 min × 2.5 EUR/min = 50.00 EUR' },
      // Open on web (2.50 EUR a minute): 8 days 5½ hours to now = 11850 min.
      expect.objectContaining({ incident: 105, service: 'web', amount: 29625, currency: 'EUR', provisional: true }),
    ]);
    expect(costs.totals).toEqual([{ currency: 'EUR', incidents: 2, amount: 29675 }, { currency: 'USD', incidents: 1, amount: 1334.56 }]);
    expect(costs.by_service_and_month).toEqual([
      { service: 'api', month: '2026-03', currency: 'EUR', incidents: 1, amount: 50 },
      { service: 'api', month: '2026-03', currency: 'USD', incidents: 1, amount: 1334.56 },
      { service: 'web', month: '2026-03', currency: 'EUR', incidents: 1, amount: 29625 },
    ]);
    const api = await analytics.costs(await analytics.scope({ ...RANGE, service: 'api' }));
    expect(api.incidents.map((c) => c.incident)).toEqual([101, 102]);
  });
});
