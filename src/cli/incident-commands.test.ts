import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createConfiguredTestApp, TEST_ADMIN_TOKEN, type TestApp } from '../test-support/app.js';
import { expectAligned, runVigil } from '../test-support/cli.js';
import { DIALECTS } from '../test-support/databases.js';

const ORG = `services:
  - { id: checkout, name: Checkout }
  - { id: search-indexer, name: Search indexer }
users:
  - { id: alice, name: Alice, email: alice@example.com }
`;

for (const dialect of DIALECTS) {
  describe(`vigil incidents on ${dialect}`, () => {
    let t: TestApp | undefined;
    afterEach(async () => {
      await t?.close();
      t = undefined;
    });

    /** A listening Vigil with three incidents, #1 acknowledged with a note, and the options that reach it. */
    async function serveWithIncidents(): Promise<string[]> {
      t = await createConfiguredTestApp(dialect, ORG);
      const app = t;
      const declare = async (payload: object) => {
        const response = await app.request({ method: 'POST', url: '/api/v1/incidents', payload });
        expect(response.statusCode).toBe(201);
        app.clock.advance(60_000);
      };
      await declare({ title: 'Checkout returns 502', severity: 'SEV-1', service: 'checkout' });
      await declare({ title: 'Index lagging', service: 'search-indexer' });
      await declare({ title: 'Someone reports slowness' });
      await t.request({ method: 'POST', url: '/api/v1/incidents/1/notes', payload: { text: 'rolling back 4.2.1' } });
      t.clock.advance(60_000);
      await t.request({ method: 'POST', url: '/api/v1/incidents/1/acknowledge', payload: {} });
      await t.app.listen({ host: '127.0.0.1', port: 0 });
      return ['--url', `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`, '--token', TEST_ADMIN_TOKEN];
    }

    it('lists incidents newest first in aligned columns, with their service', async () => {
      const target = await serveWithIncidents();
      const listed = await runVigil(['incidents', 'list', ...target]);
      expect(listed.stderr).toBe('');
      const lines = listed.stdout.trimEnd().split('\n');
      expect(lines).toEqual([
        '#  STATUS        SEVERITY  SERVICE         TRIGGERED (UTC)   TITLE',
        '3  triggered     SEV-3     -               2026-03-02 10:02  Someone reports slowness',
        '2  triggered     SEV-3     search-indexer  2026-03-02 10:01  Index lagging',
        '1  acknowledged  SEV-1     checkout        2026-03-02 10:00  Checkout returns 502',
      ]);
      expectAligned(lines, ['#']);
    });

    it('lists incidents with --json exactly as GET /api/v1/incidents answers', async () => {
      const target = await serveWithIncidents();
      const listed = await runVigil(['incidents', 'list', '--status', 'triggered', '--json', ...target]);
      const api = await t!.request({ method: 'GET', url: '/api/v1/incidents?limit=25&status=triggered' });
      expect(JSON.parse(listed.stdout)).toEqual(api.json());
      expect(JSON.parse(listed.stdout).incidents.map((i: { number: number }) => i.number)).toEqual([3, 2]);
    });

    it('shows an incident with its fields and its timeline oldest first, in aligned columns', async () => {
      const target = await serveWithIncidents();
      const shown = await runVigil(['incidents', 'show', '1', ...target]);
      expect(shown.stderr).toBe('');
      const lines = shown.stdout.trimEnd().split('\n');
      expect(lines.slice(0, 12)).toEqual([
        '#1  Checkout returns 502',
        'status        acknowledged',
        'severity      SEV-1 (Critical)',
        'urgency       high',
        'service       checkout (Checkout)',
        'commander     -',
        'triggered     2026-03-02 10:00 UTC',
        'acknowledged  2026-03-02 10:04 UTC',
        'resolved      -',
        'respond by    2026-03-02 10:15 UTC (met)',
        'escalation    not started',
        '',
      ]);
      expect(lines[12]).toBe('timeline, oldest first (3 entries):');
      const timeline = lines.slice(13);
      expect(timeline.map((l) => l.split(/ {2,}/).slice(1, 3))).toEqual([
        ['KIND', 'ACTOR'],
        ['declared', 'token:bootstrap-admin'],
        ['note', 'token:bootstrap-admin'],
        ['acknowledged', 'token:bootstrap-admin'],
      ]);
      expect(timeline[1]).toMatch(/^2026-03-02 10:00:00 {2}/);
      expect(timeline[3]).toMatch(/^2026-03-02 10:04:00 {2}/);
      expectAligned(timeline);
    });

    it('shows an incident with --json exactly as GET /api/v1/incidents/N answers, timeline included', async () => {
      const target = await serveWithIncidents();
      const shown = await runVigil(['incidents', 'show', '2', '--json', ...target]);
      const api = await t!.request({ method: 'GET', url: '/api/v1/incidents/2' });
      expect(JSON.parse(shown.stdout)).toEqual(api.json());
      expect(JSON.parse(shown.stdout).timeline.length).toBeGreaterThan(0);
    });

    it('says in one line that an incident does not exist', async () => {
      const target = await serveWithIncidents();
      const shown = await runVigil(['incidents', 'show', '99', ...target]);
      expect(shown.code).toBe(2);
      expect(shown.stdout).toBe('');
      expect(shown.stderr).toMatch(/^vigil: 404 VIGIL_INCIDENT_NOT_FOUND: [^\n]+\n$/);
    });
  });
}
