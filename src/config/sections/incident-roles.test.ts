import { afterEach, describe, expect, it } from 'vitest';
import { exportConfig } from '../index.js';
import { createConfiguredTestApp, type TestApp } from '../../test-support/app.js';
import { applyYaml } from '../../test-support/config.js';
import { DIALECTS } from '../../test-support/databases.js';

const YAML = `
incident_roles:
  - { id: communications, name: Comms lead }
  - { id: liaison, name: Customer liaison, description: Talks to the biggest customers }
`;

for (const dialect of DIALECTS) {
  describe(`incident_roles in vigil.yaml on ${dialect}`, () => {
    let t: TestApp;
    afterEach(async () => {
      await t.close();
    });

    it('replaces the default roles, keeps the commander, and exports what it applied', async () => {
      t = await createConfiguredTestApp(dialect, YAML);
      const roles = await t.request({ method: 'GET', url: '/api/v1/incident-roles' });
      expect(roles.json().roles.map((r: { id: string }) => r.id)).toEqual(['commander', 'communications', 'liaison']);
      const declared = await t.request({ method: 'POST', url: '/api/v1/incidents', payload: { title: 'x' } });
      const scribe = await t.request({ method: 'PUT', url: `/api/v1/incidents/${declared.json().number}/roles/scribe`, payload: { user: 'nobody' } });
      expect(scribe.json()).toMatchObject({ code: 'VIGIL_ROLE_NOT_FOUND', message: 'no incident role "scribe"; the roles are commander, communications, liaison' });
      const exported = await exportConfig(t.database.db);
      expect(exported).toContain('incident_roles:');
      expect(exported).toContain('Customer liaison');
      const again = await applyYaml(t.database.db, dialect, YAML);
      expect(again.results.filter((r) => r.kind === 'incident_role').map((r) => r.action)).toEqual(['unchanged', 'unchanged']);
    });
  });
}
