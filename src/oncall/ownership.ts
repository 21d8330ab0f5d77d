import type { Kysely } from 'kysely';
import type { OwnershipLookup, ReferenceLookup, TeamReference } from '../access/roles.js';
import type { Schema } from '../core/db/schema.js';
import { formatTarget, parseTarget } from './escalation-policy.js';
import { MAX_LEVELS, MAX_TARGETS_PER_LEVEL } from './oncall-schemas.js';

type TeamOwned = 'schedules' | 'escalation_policies';

/**
 * Which team owns the schedule or policy a request touches, for rules like "a team's managers
 * edit that team's schedules". A replacing body names the team it moves to; both must be the
 * principal's (a body without a team moves it to no team, which only admins may).
 */
export function teamOwnership(db: Kysely<Schema>, table: TeamOwned): { existing: OwnershipLookup; replaced: OwnershipLookup; created: OwnershipLookup } {
  const teamOf = async (params: unknown) =>
    db.selectFrom(table).select('team_id').where('id', '=', (params as { id: string }).id).executeTakeFirst();
  const bodyTeam = (body: unknown) => (body as { team?: string | null } | undefined)?.team ?? null;
  return {
    existing: async ({ params }) => {
      const row = await teamOf(params);
      return row ? { kind: 'teams', teams: [row.team_id] } : { kind: 'missing' };
    },
    replaced: async ({ params, body }) => {
      const row = await teamOf(params);
      return row ? { kind: 'teams', teams: [row.team_id, bodyTeam(body)] } : { kind: 'missing' };
    },
    created: async ({ body }) => ({ kind: 'teams', teams: [bodyTeam(body)] }),
  };
}

/**
 * The schedules a policy's levels target that it did not target before (all of them for a new
 * policy, or for one moving to another team: the schedules' teams agreed to the old team, not the
 * new one). Runs before the body is validated, so anything not shaped like a target is skipped,
 * and only as many as the schema allows are read: a body with more is refused by validation.
 */
export function policyScheduleReferences(db: Kysely<Schema>): ReferenceLookup {
  return async ({ params, body }) => {
    const input = body as { team?: unknown; levels?: unknown } | undefined;
    const named: { id: string; path: string }[] = [];
    for (const [index, level] of (Array.isArray(input?.levels) ? input.levels.slice(0, MAX_LEVELS) : []).entries()) {
      const targets = (level as { targets?: unknown } | null)?.targets;
      for (const [t, text] of (Array.isArray(targets) ? targets.slice(0, MAX_TARGETS_PER_LEVEL) : []).entries()) {
        const target = typeof text === 'string' ? parseTarget(text) : undefined;
        if (target?.kind === 'schedule') named.push({ id: target.id, path: `body.levels.${index}.targets.${t}` });
      }
    }
    if (named.length === 0) return [];
    const policyId = (params as { id?: string } | undefined)?.id;
    const current = policyId === undefined ? undefined : await db.selectFrom('escalation_policies').select('team_id').where('id', '=', policyId).executeTakeFirst();
    const already = new Set<string>();
    if (current && current.team_id === (input?.team ?? null)) {
      const levels = await db.selectFrom('escalation_levels').select('targets').where('policy_id', '=', policyId!).execute();
      for (const level of levels) for (const target of JSON.parse(level.targets) as string[]) already.add(target);
    }
    const added = named.filter((n) => !already.has(formatTarget({ kind: 'schedule', id: n.id })));
    if (added.length === 0) return [];
    const teams = new Map((await db.selectFrom('schedules').select(['id', 'team_id']).where('id', 'in', [...new Set(added.map((n) => n.id))]).execute()).map((r) => [r.id, r.team_id]));
    return added.flatMap(({ id, path }): TeamReference[] => (teams.has(id) ? [{ noun: 'schedule', id, team: teams.get(id)!, path }] : []));
  };
}

/**
 * An override belongs to its schedule's team, and also to the person it puts on call: people
 * may arrange cover for themselves on any schedule.
 */
export function overrideOwnership(db: Kysely<Schema>): { adding: OwnershipLookup; removing: OwnershipLookup } {
  const scheduleTeam = async (params: unknown) =>
    db.selectFrom('schedules').select('team_id').where('id', '=', (params as { id: string }).id).executeTakeFirst();
  return {
    adding: async ({ params, body }) => {
      const row = await scheduleTeam(params);
      if (!row) return { kind: 'missing' };
      const user = (body as { user?: unknown } | undefined)?.user;
      return typeof user === 'string' ? { kind: 'teams', teams: [row.team_id], userId: user } : { kind: 'teams', teams: [row.team_id] };
    },
    removing: async ({ params }) => {
      const { id, overrideId } = params as { id: string; overrideId: string };
      const row = await db
        .selectFrom('schedule_overrides')
        .innerJoin('schedules', 'schedules.id', 'schedule_overrides.schedule_id')
        .select(['schedules.team_id', 'schedule_overrides.user_id'])
        .where('schedule_overrides.id', '=', overrideId)
        .where('schedule_overrides.schedule_id', '=', id)
        .executeTakeFirst();
      return row ? { kind: 'teams', teams: [row.team_id], userId: row.user_id } : { kind: 'missing' };
    },
  };
}
