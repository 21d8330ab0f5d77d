import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alertSignature, maskSummary } from '../alerts/signature.js';
import { createConfiguredTestApp, type TestApp } from '../test-support/app.js';
import { DIALECTS } from '../test-support/databases.js';
import { jaccard, rankSimilar, titleTokens } from './similar-incidents.js';

describe('similarity', () => {
  it('masks what differs between repeats of one problem', () => {
    expect(maskSummary('Disk 97% full on DB-7, pod 5f7c9d2b1a, req 123e4567-e89b-12d3-a456-426614174000')).toBe('disk <n>% full on db-<n>, pod <hex>, req <uuid>');
    const fields = { dedupKey: 'k', class: null, labels: {}, details: {} };
    expect(alertSignature('svc', { ...fields, summary: 'Disk 91% full on db-1' })).toBe(alertSignature('svc', { ...fields, summary: 'disk 97% full on db-2' }));
    expect(alertSignature('svc', { ...fields, summary: 'x', labels: { alertname: 'DiskFull' } })).toBe(alertSignature('svc', { ...fields, summary: 'y', details: { alertname: 'DiskFull' } }));
    expect(alertSignature('svc', { ...fields, summary: 'Disk full' })).not.toBe(alertSignature('other', { ...fields, summary: 'Disk full' }));
  });

  it('compares titles by the words that say what is wrong', () => {
    expect([...titleTokens('Ｃheckout: 5xx on api-7f3a9c21 (eu) – the LB')].sort()).toEqual(['api', 'checkout', 'eu', 'lb', '5xx'].sort());
    expect(jaccard(titleTokens('Checkout latency eu-west'), titleTokens('checkout LATENCY in eu west'))).toBe(1);
    expect(jaccard(titleTokens('42'), titleTokens('42'))).toBe(0);
  });

  it('ranks a shared signature first, then title, then the most recent, and keeps ten', () => {
    const candidates = Array.from({ length: 14 }, (_, i) => ({ id: `i${i}`, number: i + 1, title: i < 12 ? 'disk full db' : 'unrelated words here', triggeredAt: i * 1000, sharesSignature: i % 5 === 0 }));
    const ranked = rankSimilar('disk full db', candidates);
    expect(ranked.map((r) => r.number)).toEqual([11, 6, 1, 12, 10, 9, 8, 7, 5, 4]);
    expect(ranked[0]?.why).toBe('same alert signature; similar title (100 % of words shared)');
    expect(rankSimilar('disk full db', [{ id: 'x', number: 99, title: 'unrelated words here', triggeredAt: 0, sharesSignature: true }])[0]?.why).toBe('same alert signature');
  });
});

const KEY = 'similar-key-0123456789abcdef';
const OTHER_KEY = 'similar-other-0123456789abcdef';
const CONFIG = `
users:
  - { id: uma, name: Uma Ulm, email: uma@example.com }
services:
  - { id: storage, name: Storage, integrations: [{ type: events_v2, key: ${KEY} }] }
  - { id: web, name: Web, integrations: [{ type: events_v2, key: ${OTHER_KEY} }] }
`;
const DAY = 86_400_000;

for (const dialect of DIALECTS) {
  describe(`similar incidents on a seeded history on ${dialect}`, () => {
    let t: TestApp;
    const numbers: Record<string, number> = {};
    beforeAll(async () => {
      t = await createConfiguredTestApp(dialect, CONFIG);
      const seed = async (name: string, summary: string, klass: string | null, key = KEY) => {
        const sent = await t.app.inject({ method: 'POST', url: '/v2/enqueue', payload: { routing_key: key, event_action: 'trigger', dedup_key: name, payload: { summary, source: 'host', severity: 'critical', ...(klass ? { class: klass } : {}) } } });
        expect(sent.statusCode, sent.body).toBe(202);
        const list = (await t.request({ method: 'GET', url: '/api/v1/incidents?limit=1' })).json<{ incidents: { number: number }[] }>();
        numbers[name] = list.incidents[0]!.number;
        await t.app.inject({ method: 'POST', url: '/v2/enqueue', payload: { routing_key: key, event_action: 'resolve', dedup_key: name } });
        t.clock.advance(DAY);
      };
      await seed('ancient', 'Disk full on db-0', 'DiskFull');
      t.clock.advance(370 * DAY);
      await seed('first', 'Disk full on db-1', 'DiskFull');
      await seed('slow', 'Disk slow', 'DiskSlow');
      await seed('second', 'Disk 97% full on db-2', 'DiskFull');
      await seed('replica', 'Disk full on db-9 replica', 'ReplicaDisk');
      await seed('elsewhere', 'Disk full on web-1', 'DiskFull', OTHER_KEY);
      await seed('now', 'Disk full on db-7', 'DiskFull');
      const pm = await t.request({ method: 'POST', url: `/api/v1/incidents/${numbers['first']}/postmortem` });
      expect(pm.statusCode, pm.body).toBe(201);
      await t.request({ method: 'POST', url: '/api/v1/action-items', payload: { title: 'Alert at 80 % disk', owner: 'uma', due: '2030-01-01', priority: 'high', category: 'improve_detection', postmortem: pm.json().id } });
      await t.request({ method: 'POST', url: '/api/v1/action-items', payload: { title: 'Grow the volume', owner: 'uma', due: '2030-01-01', priority: 'low', category: 'follow_up', incident: numbers['second'] } });
    });
    afterAll(async () => {
      await t.close();
    });

    it('finds repeats on the same service within a year: signature first, then title, each with its postmortem and unfinished items', async () => {
      const response = await t.request({ method: 'GET', url: `/api/v1/incidents/${numbers['now']}/similar` });
      expect(response.statusCode, response.body).toBe(200);
      const similar = response.json<{ similar: { number: number; why: string; postmortem: { id: string } | null; open_action_items: { title: string }[] }[] }>().similar;
      expect(similar.map((s) => s.number)).toEqual([numbers['second'], numbers['first'], numbers['replica']]);
      expect(similar[0]).toMatchObject({ why: 'same alert signature; similar title (100 % of words shared)', postmortem: null, open_action_items: [{ title: 'Grow the volume' }] });
      expect(similar[1]).toMatchObject({ postmortem: { id: expect.stringMatching(/^pm_/) }, open_action_items: [{ title: 'Alert at 80 % disk' }] });
      expect(similar[2]).toMatchObject({ why: 'similar title (75 % of words shared)', open_action_items: [] });
      const signatures = await t.database.db.selectFrom('alerts').select('signature').where('signature', 'is', null).execute();
      expect(signatures).toEqual([]);
    });
  });
}
