import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConfiguredTestApp, type TestApp } from '../test-support/app.js';
import { DIALECTS } from '../test-support/databases.js';

/**
 * An unpaired UTF-16 surrogate (JSON `"\ud800"`) cannot be stored as text: SQLite read it back
 * as U+FFFD and PostgreSQL made two different ones the same dedup key. Every edge refuses it
 * with its own 400, on both databases alike; a proper pair is stored exactly.
 */
const CONFIG = `
services:
  - id: checkout
    name: Checkout
    integrations:
      - { type: events_v2, key: surrogate-pd-key-0001 }
      - { type: alertmanager, key: surrogate-am-key-0001 }
`;

/** JSON text as a client writes it: JSON.stringify escapes a lone surrogate as `\udXXX`. */
const enqueue = (dedupKey: string, summary = 'Disk full') =>
  JSON.stringify({ routing_key: 'surrogate-pd-key-0001', event_action: 'trigger', dedup_key: dedupKey, payload: { summary, source: 'host-1', severity: 'critical' } });

for (const dialect of DIALECTS) {
  describe(`unpaired surrogates on ${dialect}`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createConfiguredTestApp(dialect, CONFIG);
    });
    afterAll(async () => {
      await t?.close();
    });

    const post = (url: string, payload: string) => t.app.inject({ method: 'POST', url, payload, headers: { 'content-type': 'application/json' } });
    const counts = async () => ({
      alerts: Number((await t.database.db.selectFrom('alerts').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n),
      incidents: Number((await t.database.db.selectFrom('incidents').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n),
    });

    it('refuses two different lone surrogates as dedup keys in PagerDuty’s shape, storing nothing', async () => {
      const before = await counts();
      for (const key of ['\ud800', '\ud801', 'a\udfff', '\udc00\ud800']) {
        const text = enqueue(key);
        expect(text).toMatch(/\\ud[89a-f]/);
        const response = await post('/v2/enqueue', text);
        expect(response.statusCode, key).toBe(400);
        expect(response.json()).toEqual({
          status: 'Unrecognized object',
          message: 'Event object format is unrecognized',
          errors: [expect.stringMatching(/unpaired UTF-16 surrogate \(\\ud[89a-f][0-9a-f]{2}\)/)],
        });
      }
      expect(await counts()).toEqual(before);
    });

    it('refuses a lone surrogate in any string, key or escape case, on every ingest endpoint', async () => {
      const before = await counts();
      expect((await post('/v2/enqueue', String.raw`{"routing_key":"surrogate-pd-key-0001","event_action":"trigger","payload":{"summary":"Disk \uD83D full","source":"h","severity":"info"}}`)).statusCode).toBe(400);
      expect((await post('/v2/enqueue', String.raw`{"routing_key":"surrogate-pd-key-0001","event_action":"trigger","payload":{"summary":"x","source":"h","severity":"info","custom_details":{"\uDBFF":1}}}`)).statusCode).toBe(400);
      const alertmanager = {
        version: '4', groupKey: '{}:{alertname="A"}', status: 'firing', receiver: 'vigil', groupLabels: { alertname: 'A' }, commonLabels: { alertname: 'A' }, commonAnnotations: {},
        externalURL: 'http://am', truncatedAlerts: 0,
        alerts: [{ status: 'firing', labels: { alertname: 'A' }, annotations: { summary: 'half an emoji \ud83d' }, startsAt: '2026-03-02T09:59:00Z', endsAt: '0001-01-01T00:00:00Z', generatorURL: '', fingerprint: 'f1' }],
      };
      const response = await post('/integrations/alertmanager/surrogate-am-key-0001', JSON.stringify(alertmanager));
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ status: 'Unrecognized object', errors: [expect.stringContaining('\\ud83d')] });
      expect(await counts()).toEqual(before);
    });

    it('stores a proper surrogate pair exactly, escaped or not, and keeps different emoji apart', async () => {
      const escaped = await post('/v2/enqueue', String.raw`{"routing_key":"surrogate-pd-key-0001","event_action":"trigger","dedup_key":"pair-\ud83d\ude00","payload":{"summary":"smile \uD83D\uDE00","source":"h","severity":"critical"}}`);
      expect(escaped.statusCode).toBe(202);
      expect(escaped.json()).toMatchObject({ dedup_key: 'pair-\u{1F600}' });
      const other = await post('/v2/enqueue', enqueue('pair-\u{1F601}', 'grin \u{1F601}'));
      expect(other.statusCode).toBe(202);
      const rows = await t.database.db.selectFrom('alerts').select(['dedup_key', 'summary']).where('dedup_key', 'like', 'pair-%').orderBy('dedup_key').execute();
      expect(rows).toEqual([
        { dedup_key: 'pair-\u{1F600}', summary: 'smile \u{1F600}' },
        { dedup_key: 'pair-\u{1F601}', summary: 'grin \u{1F601}' },
      ]);
      // An escaped backslash before u-d-8-0-0 is ordinary text, not a surrogate.
      expect((await post('/v2/enqueue', enqueue('k-2', String.raw`C:\ud800`))).statusCode).toBe(202);
    });

    it('refuses a lone surrogate in an API body with VIGIL_VALIDATION_FAILED', async () => {
      const before = await counts();
      const response = await t.request({ method: 'POST', url: '/api/v1/incidents', payload: JSON.stringify({ title: 'Checkout \udfff down', service: 'checkout' }), headers: { 'content-type': 'application/json' } });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ code: 'VIGIL_VALIDATION_FAILED', message: expect.stringContaining('unpaired UTF-16 surrogate (\\udfff)') });
      expect(await counts()).toEqual(before);
    });
  });
}
