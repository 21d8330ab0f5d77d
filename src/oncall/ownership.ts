import type { Kysely } from 'kysely';
import type { OwnershipLookup } from '../access/roles.js';
import type { Schema } from '../core/db/schema.js';

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
