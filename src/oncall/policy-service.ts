import type { Actor } from '../audit/audit-log.js';
import type { Kysely } from 'kysely';
import type { Schema } from '../core/db/schema.js';
import { isUniqueViolation } from '../core/db/dialect.js';
import { VigilError } from '../core/errors.js';
import type { Runtime } from '../core/runtime.js';
import { parseTarget } from './escalation-policy.js';
import { checkReferences, throwProblems, type Reference } from './input-errors.js';
import { readLevels } from './policy-input.js';
import { deletePolicy, insertPolicy, policyViews, updatePolicy, type PolicyInput, type PolicyView } from './policy-store.js';

/** Checks a policy the API was given, the same way `vigil.yaml` is checked; throws on problems. */
async function readPolicy(db: Kysely<Schema>, input: PolicyInput): Promise<void> {
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
}

export class EscalationPolicyService {
  constructor(private readonly runtime: Runtime) {}

  private get db() {
    return this.runtime.database.db;
  }

  async list(): Promise<PolicyView[]> {
    return policyViews(this.db);
  }

  async get(id: string): Promise<PolicyView> {
    const [policy] = await policyViews(this.db, id);
    if (!policy) throw new VigilError('VIGIL_ESCALATION_POLICY_NOT_FOUND', `no escalation policy "${id}"`);
    return policy;
  }

  async create(id: string, input: PolicyInput, who: Actor): Promise<PolicyView> {
    await readPolicy(this.db, input);
    const now = this.runtime.clock.now();
    try {
      await this.db.transaction().execute(async (tx) => {
        const existing = await tx.selectFrom('escalation_policies').select('id').where('id', '=', id).executeTakeFirst();
        if (existing) throw new VigilError('VIGIL_CONFLICT', `escalation policy "${id}" already exists; change it with PUT /api/v1/escalation-policies/${id}`);
        await insertPolicy(tx, who, now, id, input);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new VigilError('VIGIL_CONFLICT', `escalation policy "${id}" already exists`);
      throw error;
    }
    return this.get(id);
  }

  async replace(id: string, input: PolicyInput, who: Actor): Promise<PolicyView> {
    await readPolicy(this.db, input);
    const now = this.runtime.clock.now();
    await this.db.transaction().execute(async (tx) => {
      const changes = await updatePolicy(tx, who, now, id, input);
      if (changes === undefined) throw new VigilError('VIGIL_ESCALATION_POLICY_NOT_FOUND', `no escalation policy "${id}"`);
    });
    return this.get(id);
  }

  /** Refused while a service uses the policy: its incidents would page nobody. */
  async remove(id: string, who: Actor): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      const existing = await tx.selectFrom('escalation_policies').select('id').where('id', '=', id).executeTakeFirst();
      if (!existing) throw new VigilError('VIGIL_ESCALATION_POLICY_NOT_FOUND', `no escalation policy "${id}"`);
      const services = (await tx.selectFrom('services').select('id').where('escalation_policy_id', '=', id).execute()).map((s) => s.id).sort();
      if (services.length > 0) {
        const names = services.map((s) => `"${s}"`).join(', ');
        throw new VigilError('VIGIL_CONFLICT', `escalation policy "${id}" is used by ${services.length === 1 ? 'service' : 'services'} ${names}; give ${services.length === 1 ? 'it' : 'them'} another policy first`, undefined, { services });
      }
      await deletePolicy(tx, who, this.runtime.clock.now(), id);
    });
  }
}
