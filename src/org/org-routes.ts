import { Type, type TSchema } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { OwnershipLookup, ReferenceLookup } from '../access/roles.js';
import { bool, flag, parseJson } from '../core/db/row-codec.js';
import { formatDuration } from '../core/duration.js';
import { actorOf } from '../access/http-auth.js';
import { invalidField, VigilError } from '../core/errors.js';
import { GROUPING_FIELDS_HINT, groupingFieldProblem, MAX_GROUPING_FIELDS } from '../alerts/grouping.js';
import type { Runtime } from '../core/runtime.js';
import { ErrorResponse } from '../http/schemas.js';
import { listSeverities } from '../incidents/severities.js';
import { updateService } from './org-store.js';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 128 }) });
const Member = Type.Object({ user: Type.String(), name: Type.String(), role: Type.String() });
const Team = Type.Object({ id: Type.String(), name: Type.String(), description: Nullable(Type.String()), members: Type.Array(Member) });
const Integration = Type.Object({ type: Type.String(), name: Nullable(Type.String()) });
const Service = Type.Object({
  id: Type.String(),
  name: Type.String(),
  description: Nullable(Type.String()),
  team: Nullable(Type.String()),
  escalation_policy: Nullable(Type.String()),
  auto_resolve: Type.Boolean(),
  grouping: Nullable(Type.Object({ by: Type.Array(Type.String()) })),
  integrations: Type.Array(Integration),
  open_incidents: Type.Integer({ description: 'incidents of the service not yet resolved (triggered or acknowledged)' }),
});
const IntegrationWithKey = Type.Object({
  id: Type.String(),
  type: Type.String({ description: 'the wire format its sender speaks: events_v2, events_v1, alertmanager, grafana or webhook' }),
  name: Nullable(Type.String()),
  key: Type.String({ description: 'the secret routing key the sender presents' }),
  custom_mapping: Type.Boolean({ description: 'a webhook integration whose fields are mapped by configuration rather than the default names' }),
});
const ServiceIntegrations = Type.Object({
  public_url: Type.String({ description: 'where senders reach Vigil (VIGIL_PUBLIC_URL): the base of every ingest address' }),
  integrations: Type.Array(IntegrationWithKey),
});
const ServicePatch = Type.Object({
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  description: Type.Optional(Type.Union([Type.String({ maxLength: 2000 }), Type.Null()])),
  escalation_policy: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 128 }), Type.Null()])),
  auto_resolve: Type.Optional(Type.Boolean()),
  grouping: Type.Optional(Type.Union([
    Type.Object({ by: Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { minItems: 1, maxItems: MAX_GROUPING_FIELDS }) }, { additionalProperties: false }),
    Type.Null(),
  ])),
}, { additionalProperties: false });
const Severity = Type.Object({
  id: Type.String(),
  name: Type.String(),
  rank: Type.Integer(),
  respond_within: Type.String(),
  update_every: Nullable(Type.String()),
  urgency: Type.String(),
  description: Nullable(Type.String()),
});

/**
 * Read access to the organisation that `vigil.yaml` describes. Integration keys are secrets: the
 * service pages leave them out, and only `/services/{id}/integrations` answers them, to admins and
 * the members of the service's team, who wire their monitoring to it. `publicUrl` is where senders
 * reach Vigil, so the console can hand out addresses that work from outside the browser.
 */
export function orgRoutes(runtime: Runtime, publicUrl: string): FastifyPluginAsyncTypebox {
  const db = runtime.database.db;
  const serviceTeam: OwnershipLookup = async ({ params }) => {
    const row = await db.selectFrom('services').select('team_id').where('id', '=', (params as { id: string }).id).executeTakeFirst();
    return row ? { kind: 'teams', teams: [row.team_id] } : { kind: 'missing' };
  };
  // The body is not validated yet when this runs: anything but a policy id adds no reference.
  const policyReference: ReferenceLookup = async ({ params, body }) => {
    const wanted = (body as { escalation_policy?: unknown } | undefined)?.escalation_policy;
    if (typeof wanted !== 'string') return [];
    const [service, policy] = await Promise.all([
      db.selectFrom('services').select('escalation_policy_id').where('id', '=', (params as { id: string }).id).executeTakeFirst(),
      db.selectFrom('escalation_policies').select('team_id').where('id', '=', wanted).executeTakeFirst(),
    ]);
    if (!policy || service?.escalation_policy_id === wanted) return [];
    return [{ noun: 'escalation policy', id: wanted, team: policy.team_id, path: 'body.escalation_policy' }];
  };
  return async (app) => {
    app.get('/severities', {
      config: { access: 'read' },
      schema: { tags: ['organisation'], summary: 'Configured severities, most severe first', response: { 200: Type.Object({ severities: Type.Array(Severity) }) } },
    }, async () => ({
      severities: (await listSeverities(db)).map((s) => ({
        id: s.id,
        name: s.name,
        rank: s.rank,
        respond_within: formatDuration(s.respondWithinMs),
        update_every: s.updateEveryMs === null ? null : formatDuration(s.updateEveryMs),
        urgency: s.urgency,
        description: s.description,
      })),
    }));

    app.get('/teams', {
      config: { access: 'read' },
      schema: { tags: ['organisation'], summary: 'Teams with their members', response: { 200: Type.Object({ teams: Type.Array(Team) }) } },
    }, async () => {
      const [teams, members] = await Promise.all([
        db.selectFrom('teams').select(['id', 'name', 'description']).orderBy('id').execute(),
        db.selectFrom('team_members').innerJoin('users', 'users.id', 'team_members.user_id')
          .select(['team_members.team_id', 'team_members.user_id as user', 'users.name', 'team_members.role'])
          .orderBy('team_members.team_id').orderBy('team_members.position').execute(),
      ]);
      return { teams: teams.map((t) => ({ ...t, members: members.filter((m) => m.team_id === t.id).map(({ user, name, role }) => ({ user, name, role })) })) };
    });

    const loadServices = async (id?: string) => {
      let query = db.selectFrom('services').select(['id', 'name', 'description', 'team_id as team', 'escalation_policy_id as escalation_policy', 'auto_resolve', 'grouping']).orderBy('id');
      if (id !== undefined) query = query.where('id', '=', id);
      const services = await query.execute();
      const ids = services.length ? services.map((s) => s.id) : [''];
      const [integrations, open] = await Promise.all([
        db.selectFrom('integrations').select(['service_id', 'type', 'name'])
          .where('service_id', 'in', ids).where('type', '<>', 'heartbeat')
          .orderBy('service_id').orderBy('position').execute(),
        // One grouped count for the whole list: the open incidents are few next to the resolved.
        db.selectFrom('incidents').select(['service_id', (eb) => eb.fn.countAll<number | string | bigint>().as('count')])
          .where('service_id', 'in', ids).where('status', '<>', 'resolved')
          .groupBy('service_id').execute(),
      ]);
      const openBy = new Map(open.map((row) => [row.service_id, Number(row.count)]));
      return services.map((s) => ({
        ...s,
        auto_resolve: bool(s.auto_resolve),
        grouping: parseJson<{ by: string[] }>(s.grouping),
        integrations: integrations.filter((i) => i.service_id === s.id).map(({ type, name }) => ({ type, name })),
        open_incidents: openBy.get(s.id) ?? 0,
      }));
    };

    app.get('/services', {
      config: { access: 'read' },
      schema: { tags: ['organisation'], summary: 'Services', response: { 200: Type.Object({ services: Type.Array(Service) }) } },
    }, async () => ({ services: await loadServices() }));

    app.get('/services/:id', {
      config: { access: 'read' },
      schema: { tags: ['organisation'], summary: 'One service', params: IdParams, response: { 200: Service, 404: ErrorResponse } },
    }, async (request) => {
      const [service] = await loadServices(request.params.id);
      if (!service) throw new VigilError('VIGIL_SERVICE_NOT_FOUND', `no service "${request.params.id}"`);
      return service;
    });

    app.get('/services/:id/integrations', {
      config: { access: { team: serviceTeam, as: 'member' } },
      schema: {
        tags: ['organisation'],
        summary: 'A service\'s integrations with their routing keys, and the public address senders use (admins, and members of the service\'s team)',
        params: IdParams,
        response: { 200: ServiceIntegrations, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse },
      },
    }, async (request, reply) => {
      const { id } = request.params;
      const service = await db.selectFrom('services').select('id').where('id', '=', id).executeTakeFirst();
      if (!service) throw new VigilError('VIGIL_SERVICE_NOT_FOUND', `no service "${id}"`);
      const rows = await db.selectFrom('integrations').select(['id', 'type', 'name', 'key', 'mapping']).where('service_id', '=', id).where('type', '<>', 'heartbeat').orderBy('position').execute();
      // Secrets: no cache, shared or private, keeps a copy.
      reply.header('cache-control', 'no-store');
      return {
        public_url: publicUrl.replace(/\/+$/, ''),
        integrations: rows.map(({ mapping, ...row }) => ({ ...row, custom_mapping: mapping !== null })),
      };
    });

    app.patch('/services/:id', {
      config: { access: { team: serviceTeam, as: 'manager', references: policyReference } },
      schema: {
        tags: ['organisation'],
        summary: 'Change a service\'s name, description, escalation policy, auto-resolve or alert grouping (a team\'s managers, or admins); vigil.yaml, when it lists the service, sets these again at its next apply',
        params: IdParams,
        body: ServicePatch,
        response: { 200: Service, 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 422: ErrorResponse },
      },
    }, async (request) => {
      const { id } = request.params;
      const body = request.body;
      const [before] = await loadServices(id);
      if (!before) throw new VigilError('VIGIL_SERVICE_NOT_FOUND', `no service "${id}"`);
      for (const [index, field] of (body.grouping?.by ?? []).entries()) {
        const problem = groupingFieldProblem(field);
        if (problem !== null) throw invalidField(`body.grouping.by.${index}`, `${problem}; ${GROUPING_FIELDS_HINT}`);
      }
      if (body.escalation_policy) {
        const policy = await db.selectFrom('escalation_policies').select('id').where('id', '=', body.escalation_policy).executeTakeFirst();
        if (!policy) {
          throw new VigilError('VIGIL_REFERENCE_NOT_FOUND', `no escalation policy "${body.escalation_policy}"`, [{ path: 'body.escalation_policy', message: 'names no escalation policy' }]);
        }
      }
      const now = runtime.clock.now();
      await db.transaction().execute(async (tx) => {
        const stored = await tx.selectFrom('services').selectAll().where('id', '=', id).executeTakeFirst();
        if (!stored) throw new VigilError('VIGIL_SERVICE_NOT_FOUND', `no service "${id}"`);
        await updateService(tx, stored, {
          ...(body.name !== undefined ? { name: body.name } : {}),
          ...(body.description !== undefined ? { description: body.description } : {}),
          ...(body.escalation_policy !== undefined ? { escalation_policy_id: body.escalation_policy } : {}),
          ...(body.auto_resolve !== undefined ? { auto_resolve: flag(body.auto_resolve) } : {}),
          ...(body.grouping !== undefined ? { grouping: body.grouping === null ? null : JSON.stringify({ by: body.grouping.by }) } : {}),
        }, actorOf(request), now);
      });
      const [after] = await loadServices(id);
      return after!;
    });
  };
}
