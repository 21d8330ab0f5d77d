import { Type, type Static } from '@sinclair/typebox';
import { parseTarget } from '../../oncall/escalation-policy.js';
import { MAX_REPEAT, levelInput, readLevels } from '../../oncall/policy-input.js';
import { deletePolicy, insertPolicy, updatePolicy } from '../../oncall/policy-store.js';
import type { ConfigPath } from '../config-document.js';
import { Duration, EscalationTarget, Id, Name, Strict, Text } from '../fields.js';
import { byId, defineSection, reportProblems } from '../section.js';

const LevelItem = Strict({
  /** "user:<id>" or "schedule:<id>": everyone the level pages. */
  targets: Type.Array(EscalationTarget(), { minItems: 1 }),
  /** How long the level has to acknowledge before the next level is paged. */
  escalate_after: Duration(),
});

const PolicyItem = Strict({
  id: Id(),
  /** Defaults to the id. */
  name: Type.Optional(Name()),
  description: Type.Optional(Text()),
  team: Type.Optional(Id()),
  /** How many more times the whole policy runs after the first round (default 0). */
  repeat: Type.Optional(Type.Integer()),
  levels: Type.Array(LevelItem, { minItems: 1 }),
});
export type EscalationPolicyConfig = Static<typeof PolicyItem>;

export const escalationPoliciesSection = defineSection({
  key: 'escalation_policies',
  kinds: ['escalation_policy'],
  item: PolicyItem,

  check(items, context) {
    for (const { value, path } of items) {
      if (value.team !== undefined) context.reference('teams', 'team', value.team, [...path, 'team']);
      if (value.repeat !== undefined && (value.repeat < 0 || value.repeat > MAX_REPEAT)) {
        context.error([...path, 'repeat'], `invalid repeat in ${context.label(path)}: ${value.repeat} is not from 0 to ${MAX_REPEAT}`, {
          hint: 'repeat is how many more times the whole policy runs after the first round',
        });
      }
      for (const [index, level] of value.levels.entries()) {
        for (const [t, text] of level.targets.entries()) {
          const target = parseTarget(text)!;
          const at: ConfigPath = [...path, 'levels', index, 'targets', t];
          if (target.kind === 'user') context.reference('users', 'user', target.id, at);
          else context.reference('schedules', 'schedule', target.id, at);
        }
      }
      reportProblems(context, [...path, 'levels'], readLevels(value.levels).problems);
    }
  },

  async existingIds(db) {
    return (await db.selectFrom('escalation_policies').select('id').execute()).map((r) => r.id);
  },

  async apply(items, context) {
    if (items === undefined) return;
    const { tx, now } = context;
    const who = { actor: context.actor };
    const stored = new Set((await tx.selectFrom('escalation_policies').select('id').execute()).map((r) => r.id));
    for (const { value } of items) {
      const { id, ...input } = value;
      if (!stored.has(id)) {
        await insertPolicy(tx, who, now, id, input);
        context.report({ kind: 'escalation_policy', id, action: 'created', audited: true });
        continue;
      }
      const changes = (await updatePolicy(tx, who, now, id, input))!;
      if (changes.length === 0) context.report({ kind: 'escalation_policy', id, action: 'unchanged' });
      else context.report({ kind: 'escalation_policy', id, action: 'updated', changes, audited: true });
    }
  },

  async prune(keep, context) {
    const { tx } = context;
    const stored = (await tx.selectFrom('escalation_policies').select('id').execute()).sort(byId);
    const doomed = stored.map((r) => r.id).filter((id) => !keep.has(id));
    if (doomed.length === 0) return;
    // Services the file lists get their policy from the file after this; others would lose theirs.
    const listed = context.named.get('services') ?? new Set<string>();
    const users = (await tx.selectFrom('services').select(['id', 'escalation_policy_id']).where('escalation_policy_id', 'in', doomed).execute())
      .filter((s) => !listed.has(s.id))
      .sort(byId);
    if (users.length > 0) {
      for (const id of doomed) {
        const services = users.filter((s) => s.escalation_policy_id === id).map((s) => `"${s.id}"`);
        if (services.length === 0) continue;
        context.error(['escalation_policies'], `cannot delete escalation policy "${id}": ${services.length === 1 ? 'service' : 'services'} ${services.join(', ')} still ${services.length === 1 ? 'uses' : 'use'} it`, {
          on: 'key',
          hint: `keep "${id}" listed under escalation_policies:, or give those services another policy first`,
        });
      }
      return;
    }
    for (const id of doomed) {
      await deletePolicy(tx, { actor: context.actor }, context.now, id);
      context.report({ kind: 'escalation_policy', id, action: 'deleted', audited: true });
    }
  },

  async export(db) {
    const policies = (await db.selectFrom('escalation_policies').selectAll().execute()).sort(byId);
    const levels = await db.selectFrom('escalation_levels').selectAll().orderBy('policy_id').orderBy('position').execute();
    return policies.map((policy): EscalationPolicyConfig => ({
      id: policy.id,
      ...(policy.name === policy.id ? {} : { name: policy.name }),
      ...(policy.description === null ? {} : { description: policy.description }),
      ...(policy.team_id === null ? {} : { team: policy.team_id }),
      ...(policy.repeat === 0 ? {} : { repeat: policy.repeat }),
      levels: levels
        .filter((l) => l.policy_id === policy.id)
        .map((l) => {
          const level = levelInput({ escalateAfterMs: l.escalate_after_ms, targets: (JSON.parse(l.targets) as string[]).flatMap((t) => parseTarget(t) ?? []) });
          return { targets: [...level.targets], escalate_after: level.escalate_after };
        }),
    }));
  },
});
