import type { Insertable, Selectable, Transaction } from 'kysely';
import { recordAudit, type Actor } from '../audit/audit-log.js';
import type { IntegrationsTable, Schema, ServicesTable, TeamMembersTable, TeamsTable } from '../core/db/schema.js';

/**
 * The one writer of services, integrations, teams and their members: the API (`org-routes.ts`)
 * and `vigil apply` (config/sections) both change these tables here, in the caller's transaction,
 * and each change writes its audit entry with it, whoever made it.
 */

type ServiceRow = Selectable<ServicesTable>;
type IntegrationRow = Selectable<IntegrationsTable>;
type TeamRow = Selectable<TeamsTable>;

export type ServiceFields = Pick<ServiceRow, 'name' | 'description' | 'team_id' | 'escalation_policy_id' | 'severity_map' | 'auto_resolve' | 'grouping'> & { impact?: string | null; flapping?: string | null; storm_limit?: number | null };

/** A service as audit entries show it: the names the API and `vigil.yaml` use. */
function serviceAudit(id: string, fields: ServiceFields) {
  return {
    id,
    name: fields.name,
    description: fields.description,
    team: fields.team_id,
    escalation_policy: fields.escalation_policy_id,
    severity_map: fields.severity_map === null ? null : (JSON.parse(fields.severity_map) as unknown),
    auto_resolve: fields.auto_resolve !== 0,
    grouping: fields.grouping === null ? null : (JSON.parse(fields.grouping) as unknown),
    impact: fields.impact === null || fields.impact === undefined ? null : (JSON.parse(fields.impact) as unknown),
  };
}

export async function createService(tx: Transaction<Schema>, id: string, fields: ServiceFields, who: Actor, now: number): Promise<void> {
  await tx.insertInto('services').values({ id, ...fields, created_at: now, updated_at: now }).execute();
  await recordAudit(tx, who, now, { action: 'service.create', entityType: 'service', entityId: id, after: serviceAudit(id, fields) });
}

/** Changes the given fields of a stored service (`before` as read in the same transaction). */
export async function updateService(tx: Transaction<Schema>, before: ServiceRow, changes: Partial<ServiceFields>, who: Actor, now: number): Promise<void> {
  await tx.updateTable('services').set({ ...changes, updated_at: now }).where('id', '=', before.id).execute();
  await recordAudit(tx, who, now, {
    action: 'service.update',
    entityType: 'service',
    entityId: before.id,
    before: serviceAudit(before.id, before),
    after: serviceAudit(before.id, { ...before, ...changes }),
  });
}

/** Integrations cascade with their service; incidents keep their history without a service. */
export async function deleteServices(tx: Transaction<Schema>, services: readonly ServiceRow[], who: Actor, now: number): Promise<void> {
  if (services.length === 0) return;
  await tx.deleteFrom('services').where('id', 'in', services.map((s) => s.id)).execute();
  for (const service of services) await recordAudit(tx, who, now, { action: 'service.delete', entityType: 'service', entityId: service.id, before: serviceAudit(service.id, service) });
}

export type IntegrationFields = Omit<Insertable<IntegrationsTable>, 'id' | 'created_at'>;

/** An integration as audit entries show it: never its routing key or the key's digest. */
function integrationAudit(fields: Pick<IntegrationRow, 'service_id' | 'type' | 'name' | 'position' | 'rate_limit_per_minute'> & { mapping?: string | null }) {
  return { service: fields.service_id, type: fields.type, name: fields.name, position: fields.position, rate_limit_per_minute: fields.rate_limit_per_minute, mapping: fields.mapping ?? null };
}

export async function createIntegration(tx: Transaction<Schema>, id: string, fields: IntegrationFields, who: Actor, now: number): Promise<void> {
  await tx.insertInto('integrations').values({ ...fields, id, created_at: now }).execute();
  await recordAudit(tx, who, now, { action: 'integration.create', entityType: 'integration', entityId: id, after: integrationAudit({ ...fields, name: fields.name ?? null, rate_limit_per_minute: fields.rate_limit_per_minute ?? null }) });
}

/**
 * Rewrites a stored integration. `audit: false` for a change of position alone (the order of the
 * file's list shifting around it), which is bookkeeping rather than a change anyone made.
 */
export async function updateIntegration(tx: Transaction<Schema>, before: IntegrationRow, fields: IntegrationFields, who: Actor, now: number, audit = true): Promise<void> {
  await tx.updateTable('integrations').set(fields).where('id', '=', before.id).execute();
  if (!audit) return;
  await recordAudit(tx, who, now, {
    action: 'integration.update',
    entityType: 'integration',
    entityId: before.id,
    before: integrationAudit(before),
    after: integrationAudit({ ...before, ...fields, name: fields.name ?? null, rate_limit_per_minute: fields.rate_limit_per_minute ?? null }),
  });
}

export async function deleteIntegrations(tx: Transaction<Schema>, integrations: readonly IntegrationRow[], who: Actor, now: number): Promise<void> {
  if (integrations.length === 0) return;
  await tx.deleteFrom('integrations').where('id', 'in', integrations.map((i) => i.id)).execute();
  for (const integration of integrations) {
    await recordAudit(tx, who, now, { action: 'integration.delete', entityType: 'integration', entityId: integration.id, before: integrationAudit(integration) });
  }
}

export type TeamFields = Pick<TeamRow, 'name' | 'description'>;
export type TeamMember = Pick<Selectable<TeamMembersTable>, 'user_id' | 'role'>;

export async function createTeam(tx: Transaction<Schema>, id: string, fields: TeamFields, who: Actor, now: number): Promise<void> {
  await tx.insertInto('teams').values({ id, ...fields, created_at: now, updated_at: now }).execute();
  await recordAudit(tx, who, now, { action: 'team.create', entityType: 'team', entityId: id, after: { id, ...fields } });
}

export async function updateTeam(tx: Transaction<Schema>, before: TeamRow, fields: TeamFields, changes: readonly string[], who: Actor, now: number): Promise<void> {
  await tx.updateTable('teams').set({ ...fields, updated_at: now }).where('id', '=', before.id).execute();
  await recordAudit(tx, who, now, {
    action: 'team.update',
    entityType: 'team',
    entityId: before.id,
    before: { id: before.id, name: before.name, description: before.description },
    after: { id: before.id, ...fields, changes },
  });
}

/** Makes a team's members exactly these, in this order (positions 0…n-1). */
export async function replaceTeamMembers(tx: Transaction<Schema>, teamId: string, members: readonly TeamMember[]): Promise<void> {
  await tx.deleteFrom('team_members').where('team_id', '=', teamId).execute();
  if (members.length > 0) await tx.insertInto('team_members').values(members.map((m, position) => ({ team_id: teamId, user_id: m.user_id, role: m.role, position }))).execute();
}

/** Memberships cascade; services of a deleted team keep existing without a team. */
export async function deleteTeams(tx: Transaction<Schema>, teams: readonly TeamRow[], who: Actor, now: number): Promise<void> {
  if (teams.length === 0) return;
  await tx.deleteFrom('teams').where('id', 'in', teams.map((t) => t.id)).execute();
  for (const team of teams) await recordAudit(tx, who, now, { action: 'team.delete', entityType: 'team', entityId: team.id, before: { id: team.id, name: team.name, description: team.description } });
}
