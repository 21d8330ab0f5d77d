import { Type, type Static } from '@sinclair/typebox';
import { recordAudit } from '../../audit/audit-log.js';
import { Id, Name, Strict, Text } from '../fields.js';
import { changedFields, defineSection } from '../section.js';

const RoleItem = Strict({
  id: Id(),
  name: Name(),
  description: Type.Optional(Text()),
});
export type IncidentRoleConfig = Static<typeof RoleItem>;

/**
 * `incident_roles:` is the complete, ordered list of roles an incident can have when present
 * (`commander` is always one: it is the incident's commander); absent, the defaults apply
 * (commander, communications, scribe). Roles held on incidents stay held when a role is dropped
 * from the list; they are no longer shown or assignable.
 */
export const incidentRolesSection = defineSection({
  key: 'incident_roles',
  kinds: ['incident_role'],
  item: RoleItem,
  minItems: 1,

  async existingIds(db) {
    return (await db.selectFrom('incident_role_types').select('id').execute()).map((r) => r.id);
  },

  async apply(items, context) {
    if (items === undefined) return;
    const { tx } = context;
    const stored = new Map((await tx.selectFrom('incident_role_types').selectAll().execute()).map((r) => [r.id, r]));
    const listed = new Set(items.map((i) => i.value.id));
    for (const id of [...stored.keys()].filter((id) => !listed.has(id)).sort()) {
      await tx.deleteFrom('incident_role_types').where('id', '=', id).execute();
      await recordAudit(tx, { actor: context.actor }, context.now, { action: 'incident_role.delete', entityType: 'incident_role', entityId: id, before: { ...stored.get(id) } });
      context.report({ kind: 'incident_role', id, action: 'deleted', audited: true });
    }
    for (const [index, { value }] of items.entries()) {
      const row = { id: value.id, name: value.name, description: value.description ?? null, position: index + 1 };
      const current = stored.get(value.id);
      if (!current) {
        await tx.insertInto('incident_role_types').values(row).execute();
        await recordAudit(tx, { actor: context.actor }, context.now, { action: 'incident_role.create', entityType: 'incident_role', entityId: row.id, after: row });
        context.report({ kind: 'incident_role', id: row.id, action: 'created', audited: true });
        continue;
      }
      const changes = changedFields({ name: [row.name, current.name], description: [row.description, current.description], position: [row.position, current.position] });
      if (changes.length === 0) {
        context.report({ kind: 'incident_role', id: row.id, action: 'unchanged' });
        continue;
      }
      await tx.updateTable('incident_role_types').set(row).where('id', '=', row.id).execute();
      await recordAudit(tx, { actor: context.actor }, context.now, { action: 'incident_role.update', entityType: 'incident_role', entityId: row.id, before: { ...current }, after: row });
      context.report({ kind: 'incident_role', id: row.id, action: 'updated', changes, audited: true });
    }
  },

  async prune() {
    // The list itself is authoritative whenever the section is present; see apply.
  },

  async export(db) {
    const rows = await db.selectFrom('incident_role_types').selectAll().orderBy('position').execute();
    return rows.map((row) => ({ id: row.id, name: row.name, ...(row.description === null ? {} : { description: row.description }) }));
  },
});
