import type { Kysely } from 'kysely';
import type { Schema } from '../core/db/schema.js';

export type EscalationTarget = { readonly kind: 'user'; readonly id: string } | { readonly kind: 'schedule'; readonly id: string };

export interface EscalationLevel {
  /** 1-based. */
  readonly position: number;
  /** How long the level has to acknowledge before the next level is paged. */
  readonly escalateAfterMs: number;
  readonly targets: readonly EscalationTarget[];
}

export interface EscalationPolicy {
  readonly id: string;
  readonly name: string;
  readonly description: string | null;
  readonly teamId: string | null;
  /** How many more times the whole policy runs after the first round. */
  readonly repeat: number;
  readonly levels: readonly EscalationLevel[];
}

/** `user:alice` / `schedule:primary`, as written in configuration and stored. */
export function parseTarget(text: string): EscalationTarget | undefined {
  const match = /^(user|schedule):(.+)$/.exec(text);
  if (!match) return undefined;
  return { kind: match[1] as 'user' | 'schedule', id: match[2] as string };
}

export function formatTarget(target: EscalationTarget): string {
  return `${target.kind}:${target.id}`;
}

export async function loadEscalationPolicy(db: Kysely<Schema>, id: string): Promise<EscalationPolicy | undefined> {
  const policy = await db.selectFrom('escalation_policies').selectAll().where('id', '=', id).executeTakeFirst();
  if (!policy) return undefined;
  const levels = await db.selectFrom('escalation_levels').selectAll().where('policy_id', '=', id).orderBy('position').execute();
  return {
    id: policy.id,
    name: policy.name,
    description: policy.description,
    teamId: policy.team_id,
    repeat: policy.repeat,
    levels: levels.map((level) => ({
      position: level.position,
      escalateAfterMs: level.escalate_after_ms,
      targets: (JSON.parse(level.targets) as string[]).flatMap((t) => parseTarget(t) ?? []),
    })),
  };
}
