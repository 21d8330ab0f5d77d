import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOW, RANGE, seedScriptedDataset } from '../test-support/analytics-dataset.js';
import { createTestApp, type TestApp } from '../test-support/app.js';
import { DIALECTS } from '../test-support/databases.js';
import { DEFINITIONS } from './definitions.js';

const range = `from=${RANGE.from}&to=${RANGE.to}`;

describe.each(DIALECTS)('analytics routes (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    await seedScriptedDataset(t.database.db);
    t.clock.set(NOW);
  }, 60_000);
  afterAll(async () => t?.close());

  it('serves the definitions the console quotes', async () => {
    const response = await t.request({ method: 'GET', url: '/api/v1/analytics/definitions' });
    expect(response.statusCode).toBe(200);
    expect(response.json().definitions).toEqual(DEFINITIONS);
  });

  it('summary as JSON and as CSV', async () => {
    const json = await t.request({ method: 'GET', url: `/api/v1/analytics/summary?${range}` });
    expect(json.statusCode).toBe(200);
    expect(json.json()).toMatchObject({ incidents: 7, mtta: { mean: 1500, p50: 1200, p90: 3000, count: 3 }, mttr: { mean: 3240, p50: 1800, p90: 7200, count: 5 } });
    const csv = await t.request({ method: 'GET', url: `/api/v1/analytics/summary?${range}`, headers: { accept: 'text/csv' } });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="summary.csv"');
    expect(csv.body.split('\r\n').slice(0, 3)).toEqual(['metric,value', 'from,2026-03-01T00:00:00.000Z', 'to,2026-03-15T00:00:00.000Z']);
    expect(csv.body).toContain('\r\nmtta_p90_seconds,3000\r\n');
    const compliance = await t.request({ method: 'GET', url: `/api/v1/analytics/summary?${range}&table=compliance`, headers: { accept: 'text/csv' } });
    expect(compliance.body).toBe('severity,severity_name,incidents,met,breached,share\r\nSEV-1,Critical,3,1,2,0.3333\r\nSEV-2,High,3,1,1,0.5\r\nSEV-3,Medium,1,0,0,\r\n');
  });

  it('costs as CSV: the calculation quoted, a formula in a label defused', async () => {
    const csv = await t.request({ method: 'GET', url: `/api/v1/analytics/costs?${range}&service=api`, headers: { accept: 'text/csv' } });
    expect(csv.statusCode).toBe(200);
    const lines = csv.body.split('\r\n');
    expect(lines[0]).toBe('incident,title,service,triggered_at,amount,currency,provisional,calculation');
    expect(lines[1]).toBe('101,Incident 101,api,2026-03-02T10:00:00.000Z,1334.56,USD,false,"Downtime 10:00–10:30 UTC: 30 min × 41.152 USD/min = 1234.56 USD; SLA credit: =SUM(A1); total 1,334.56 USD"');
    const byMonth = await t.request({ method: 'GET', url: `/api/v1/analytics/costs?${range}&table=by_service_and_month`, headers: { accept: 'text/csv' } });
    expect(byMonth.body.split('\r\n')[0]).toBe('service,month,currency,incidents,amount');
  });

  it('incidents over time and on-call load, JSON and CSV', async () => {
    const days = await t.request({ method: 'GET', url: `/api/v1/analytics/incidents-over-time?${range}&bucket=week&time_zone=Europe/Berlin` });
    expect(days.statusCode).toBe(200);
    expect(days.json()).toMatchObject({ bucket: 'week', time_zone: 'Europe/Berlin' });
    expect(days.json().buckets.reduce((sum: number, b: { incidents: number }) => sum + b.incidents, 0)).toBe(7);
    const load = await t.request({ method: 'GET', url: `/api/v1/analytics/oncall-load?${range}&table=heat_map`, headers: { accept: 'text/csv' } });
    expect(load.statusCode).toBe(200);
    expect(load.body.split('\r\n')[1]!.startsWith('Monday,0,0,0,0,0,1,')).toBe(true);
  });

  it('refuses what it cannot answer, saying why', async () => {
    const unknownService = await t.request({ method: 'GET', url: '/api/v1/analytics/summary?service=nope' });
    expect(unknownService.statusCode).toBe(422);
    expect(unknownService.json().message).toBe('no service "nope": GET /api/v1/services lists them');
    const tooLong = await t.request({ method: 'GET', url: '/api/v1/analytics/summary?from=2024-01-01&to=2026-01-01' });
    expect(tooLong.statusCode).toBe(422);
    expect(tooLong.json().message).toBe('the range is 731 days; ask for at most 400 days at a time');
    const badBucket = await t.request({ method: 'GET', url: '/api/v1/analytics/incidents-over-time?bucket=year' });
    expect(badBucket.statusCode).toBe(400);
    const badZone = await t.request({ method: 'GET', url: '/api/v1/analytics/incidents-over-time?time_zone=Nowhere/Land' });
    expect(badZone.statusCode).toBe(400);
    expect(badZone.json().message).toContain('must be an IANA time zone');
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/v1/analytics/summary' });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('docs/analytics.md', () => {
  it('quotes every rule word for word', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = readFileSync(new URL('../../docs/analytics.md', import.meta.url), 'utf8');
    for (const d of DEFINITIONS) expect(doc, d.key).toContain(`> ${d.rule}`);
  });
});
