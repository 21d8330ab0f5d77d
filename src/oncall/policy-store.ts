import type { Kysely } from 'kysely';
import { recordAudit, type Actor } from '../audit/audit-log.js';
import type { Schema } from '../core/db/schema.js';
import { changedFields } from '../core/changed-fields.js';
import { formatTarget, parseTarget } from './escalation-policy.js';
import { levelInput, readLevels, type LevelInput, type LevelValues } from './policy-input.js';
import { iso } from '../core/db/row-codec.js';

/**
 * The one writer of `escalation_policies` and `escalation_levels`. The API and `vigil apply` both
 * write through here, inside their own transaction, so the rows and the audit entry
 * (`escalation_policy.create|update|delete`) are the same whichever way a policy changes.
 * Inputs are checked by the caller first (`readLevels`, references): the store only writes.
 */

/** A policy as the API and `vigil.yaml` write it. */
export interface PolicyInput {
  /** Defaults to the id. */
  readonly name?: string | undefined;
  readonly description?: string | null | undefined;
  readonly team?: string | null | undefined;
  /** Default 0. */
  readonly repeat?: number | undefined;
  readonly levels: readonly LevelInput[];
}

export interface PolicyView {
  readonly id: string;
  readonly name: string;
  readonly description: string | null;
  readonly team: string | null;
  readonly repeat: number;
  readonly levels: { readonly position: number; readonly targets: string[]; readonly escalate_after: string }[];
  /** The services whose incidents the policy escalates. */
  readonly services: string[];
  readonly created_at: string;
  readonly updated_at: string;
}

/** Policies by id (all, or the one asked for), as the API shows them and the audit log records them. */
export async function policyViews(db: Kysely<Schema>, id?: string): Promise<PolicyView[]> {
  let query = db.selectFrom('escalation_policies').selectAll().orderBy('id');
  if (id !== undefined) query = query.where('id', '=', id);
  const policies = await query.execute();
  if (policies.length === 0) return [];
  const ids = policies.map((p) => p.id);
  const [levels, services] = await Promise.all([
    db.selectFrom('escalation_levels').selectAll().where('policy_id', 'in', ids).orderBy('policy_id').orderBy('position').execute(),
    db.selectFrom('services').select(['id', 'escalation_policy_id']).where('escalation_policy_id', 'in', ids).orderBy('id').execute(),
  ]);
  return policies.map((p) => ({
    id: p.id,
    name: p.name,
    description: p.description,
    team: p.team_id,
    repeat: p.repeat,
    levels: levels
      .filter((l) => l.policy_id === p.id)
      .map((l) => {
        const text = levelInput({ escalateAfterMs: l.escalate_after_ms, targets: (JSON.parse(l.targets) as string[]).flatMap((t) => parseTarget(t) ?? []) });
        return { position: l.position, targets: [...text.targets], escalate_after: text.escalate_after };
      }),
    services: services.filter((s) => s.escalation_policy_id === p.id).map((s) => s.id),
    created_at: iso(p.created_at),
    updated_at: iso(p.updated_at),
  }));
}

/** Creates the policy and its levels. The caller has made sure the id is free. */
export async function insertPolicy(tx: Kysely<Schema>, who: Actor, now: number, id: string, input: PolicyInput): Promise<void> {
  await tx.insertInto('escalation_policies').values({ ...policyColumns(id, input), created_at: now, updated_at: now }).execute();
  await writeLevels(tx, id, checkedLevels(input));
  await recordAudit(tx, who, now, { action: 'escalation_policy.create', entityType: 'escalation_policy', entityId: id, after: { id, ...input } });
}

/**
 * Makes the policy what `input` says. Returns the fields that differed (`name`, `description`,
 * `team`, `repeat`, `levels`), empty when none did (then nothing is written, not even
 * `updated_at`), or undefined when there is no such policy.
 */
export async function updatePolicy(tx: Kysely<Schema>, who: Actor, now: number, id: string, input: PolicyInput): Promise<string[] | undefined> {
  const [before] = await policyViews(tx, id);
  if (!before) return undefined;
  const columns = policyColumns(id, input);
  const changes = changedFields({
    name: [columns.name, before.name],
    description: [columns.description, before.description],
    team: [columns.team_id, before.team],
    repeat: [columns.repeat, before.repeat],
  });
  if (await writeLevels(tx, id, checkedLevels(input))) changes.push('levels');
  if (changes.length === 0) return changes;
  await tx.updateTable('escalation_policies').set({ ...columns, updated_at: now }).where('id', '=', id).execute();
  await recordAudit(tx, who, now, { action: 'escalation_policy.update', entityType: 'escalation_policy', entityId: id, before, after: { id, ...input } });
  return changes;
}

/**
 * Deletes the policy (its levels go with it); false when there is no such policy. Whether a
 * service may lose it is the caller's decision: the API refuses, `apply --prune` first checks
 * the services the file will move.
 */
export async function deletePolicy(tx: Kysely<Schema>, who: Actor, now: number, id: string): Promise<boolean> {
  const [before] = await policyViews(tx, id);
  if (!before) return false;
  await tx.deleteFrom('escalation_policies').where('id', '=', id).execute();
  await recordAudit(tx, who, now, { action: 'escalation_policy.delete', entityType: 'escalation_policy', entityId: id, before });
  return true;
}

/** The escalation policies (by id) whose levels target any of these schedules or users, ordered. */
export async function policiesTargeting(db: Kysely<Schema>, kind: 'schedule' | 'user', ids: readonly string[]): Promise<Map<string, string[]>> {
  const wanted = new Set(ids.map((id) => `${kind}:${id}`));
  const levels = await db.selectFrom('escalation_levels').select(['policy_id', 'targets']).orderBy('policy_id').orderBy('position').execute();
  const found = new Map<string, string[]>();
  for (const level of levels) {
    for (const target of JSON.parse(level.targets) as string[]) {
      if (!wanted.has(target)) continue;
      const id = target.slice(kind.length + 1);
      const policies = found.get(id) ?? [];
      if (!policies.includes(level.policy_id)) policies.push(level.policy_id);
      found.set(id, policies);
    }
  }
  return found;
}

function policyColumns(id: string, input: PolicyInput) {
  return { id, name: input.name ?? id, description: input.description ?? null, team_id: input.team ?? null, repeat: input.repeat ?? 0 };
}

function checkedLevels(input: PolicyInput): LevelValues[] {
  const read = readLevels(input.levels);
  if (!read.value) throw new Error(`escalation policy levels reached the store unchecked: ${read.problems.map((p) => p.message).join('; ')}`);
  return read.value;
}

/** Makes a policy's levels the given list (positions 1, 2, …); returns whether anything changed. */
async function writeLevels(db: Kysely<Schema>, policyId: string, levels: readonly LevelValues[]): Promise<boolean> {
  const stored = await db.selectFrom('escalation_levels').selectAll().where('policy_id', '=', policyId).orderBy('position').execute();
  const rows = levels.map((level, index) => ({
    policy_id: policyId,
    position: index + 1,
    escalate_after_ms: level.escalateAfterMs,
    targets: JSON.stringify(level.targets.map(formatTarget)),
  }));
  const same =
    stored.length === rows.length &&
    rows.every((row, i) => stored[i]!.position === row.position && stored[i]!.escalate_after_ms === row.escalate_after_ms && stored[i]!.targets === row.targets);
  if (same) return false;
  await db.deleteFrom('escalation_levels').where('policy_id', '=', policyId).execute();
  if (rows.length > 0) await db.insertInto('escalation_levels').values(rows).execute();
  return true;
}
