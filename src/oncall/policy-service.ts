import { recordAudit, type Actor } from '../audit/audit-log.js';
import type { Kysely } from 'kysely';
import { iso, parseJson } from '../core/db/row-codec.js';
import type { Schema } from '../core/db/schema.js';
import { isUniqueViolation } from '../core/db/dialect.js';
import { VigilError } from '../core/errors.js';
import type { Runtime } from '../core/runtime.js';
import { parseTarget } from './escalation-policy.js';
import { checkReferences, throwProblems, type Reference } from './input-errors.js';
import { levelInput, readLevels, writeLevels, type LevelInput, type LevelValues } from './policy-input.js';

export interface PolicyInput {
  /** Defaults to the id. */
  readonly name?: string | undefined;
  readonly description?: string | null | undefined;
  readonly team?: string | null | undefined;
  /** Default 0. */
  readonly repeat?: number | undefined;
  readonly levels: LevelInput[];
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

/** Checks a policy the API was given, the same way `vigil.yaml` is checked; throws on problems. */
async function readPolicy(db: Kysely<Schema>, input: PolicyInput): Promise<LevelValues[]> {
  const read = readLevels(input.levels);
  throwProblems('body', read.problems.map((p) => ({ ...p, path: ['levels', ...p.path] })));
  const references: Reference[] = [];
  if (input.team) references.push({ table: 'teams', id: input.team, path: 'body.team' });
  for (const [index, level] of input.levels.entries()) {
    for (const [t, text] of level.targets.entries()) {
      const target = parseTarget(text)!;
      references.push({ table: target.kind === 'user' ? 'users' : 'schedules', id: target.id, path: `body.levels.${index}.targets.${t}` });
    }
  }
  await checkReferences(db, references);
  return read.value!;
}

function row(id: string, input: PolicyInput) {
  return { id, name: input.name ?? id, description: input.description ?? null, team_id: input.team ?? null, repeat: input.repeat ?? 0 };
}

export class EscalationPolicyService {
  constructor(private readonly runtime: Runtime) {}

  private get db() {
    return this.runtime.database.db;
  }

  async list(id?: string): Promise<PolicyView[]> {
    let query = this.db.selectFrom('escalation_policies').selectAll().orderBy('id');
    if (id !== undefined) query = query.where('id', '=', id);
    const policies = await query.execute();
    if (policies.length === 0) return [];
    const ids = policies.map((p) => p.id);
    const [levels, services] = await Promise.all([
      this.db.selectFrom('escalation_levels').selectAll().where('policy_id', 'in', ids).orderBy('policy_id').orderBy('position').execute(),
      this.db.selectFrom('services').select(['id', 'escalation_policy_id']).where('escalation_policy_id', 'in', ids).orderBy('id').execute(),
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
          const text = levelInput({ escalateAfterMs: l.escalate_after_ms, targets: parseJson<string[]>(l.targets).flatMap((t) => parseTarget(t) ?? []) });
          return { position: l.position, targets: [...text.targets], escalate_after: text.escalate_after };
        }),
      services: services.filter((s) => s.escalation_policy_id === p.id).map((s) => s.id),
      created_at: iso(p.created_at),
      updated_at: iso(p.updated_at),
    }));
  }

  async get(id: string): Promise<PolicyView> {
    const [policy] = await this.list(id);
    if (!policy) throw new VigilError('VIGIL_ESCALATION_POLICY_NOT_FOUND', `no escalation policy "${id}"`);
    return policy;
  }

  async create(id: string, input: PolicyInput, who: Actor): Promise<PolicyView> {
    const levels = await readPolicy(this.db, input);
    const now = this.runtime.clock.now();
    try {
      await this.db.transaction().execute(async (tx) => {
        const existing = await tx.selectFrom('escalation_policies').select('id').where('id', '=', id).executeTakeFirst();
        if (existing) throw new VigilError('VIGIL_CONFLICT', `escalation policy "${id}" already exists; change it with PUT /api/v1/escalation-policies/${id}`);
        await tx.insertInto('escalation_policies').values({ ...row(id, input), created_at: now, updated_at: now }).execute();
        await writeLevels(tx, id, levels);
        await recordAudit(tx, who, now, { action: 'escalation_policy.create', entityType: 'escalation_policy', entityId: id, after: { id, ...input } });
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new VigilError('VIGIL_CONFLICT', `escalation policy "${id}" already exists`);
      throw error;
    }
    return this.get(id);
  }

  async replace(id: string, input: PolicyInput, who: Actor): Promise<PolicyView> {
    const levels = await readPolicy(this.db, input);
    const before = await this.get(id);
    const now = this.runtime.clock.now();
    await this.db.transaction().execute(async (tx) => {
      const updated = await tx.updateTable('escalation_policies').set({ ...row(id, input), updated_at: now }).where('id', '=', id).executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 0) throw new VigilError('VIGIL_ESCALATION_POLICY_NOT_FOUND', `no escalation policy "${id}"`);
      await writeLevels(tx, id, levels);
      await recordAudit(tx, who, now, { action: 'escalation_policy.update', entityType: 'escalation_policy', entityId: id, before, after: { id, ...input } });
    });
    return this.get(id);
  }

  /** Refused while a service uses the policy: its incidents would page nobody. */
  async remove(id: string, who: Actor): Promise<void> {
    const before = await this.get(id);
    await this.db.transaction().execute(async (tx) => {
      const existing = await tx.selectFrom('escalation_policies').select('id').where('id', '=', id).executeTakeFirst();
      if (!existing) throw new VigilError('VIGIL_ESCALATION_POLICY_NOT_FOUND', `no escalation policy "${id}"`);
      const services = (await tx.selectFrom('services').select('id').where('escalation_policy_id', '=', id).execute()).map((s) => s.id).sort();
      if (services.length > 0) {
        const names = services.map((s) => `"${s}"`).join(', ');
        throw new VigilError('VIGIL_CONFLICT', `escalation policy "${id}" is used by ${services.length === 1 ? 'service' : 'services'} ${names}; give ${services.length === 1 ? 'it' : 'them'} another policy first`, undefined, { services });
      }
      await tx.deleteFrom('escalation_policies').where('id', '=', id).execute();
      await recordAudit(tx, who, this.runtime.clock.now(), { action: 'escalation_policy.delete', entityType: 'escalation_policy', entityId: id, before });
    });
  }
}
