import type { Kysely } from 'kysely';
import type { Schema } from '../core/db/schema.js';
import { VigilError, type FieldError } from '../core/errors.js';
import { suggestStoredId } from '../core/suggest.js';
import type { InputProblem } from './layer-input.js';

/** `body.layers.0.handoff`: the path form the HTTP validation errors use. */
export function fieldPath(prefix: string, path: readonly (string | number)[]): string {
  return [prefix, ...path].join('.');
}

/** Throws VIGIL_VALIDATION_FAILED naming every problem, when there are any. */
export function throwProblems(prefix: string, problems: readonly InputProblem[]): void {
  if (problems.length === 0) return;
  const fields: FieldError[] = problems.map((p) => ({ path: fieldPath(prefix, p.path), message: p.hint === undefined ? p.message : `${p.message}; ${p.hint}` }));
  throw new VigilError('VIGIL_VALIDATION_FAILED', `invalid request: ${fields.map((f) => `${f.path} ${f.message}`).join('; ')}`, fields);
}

export interface Reference {
  readonly table: 'users' | 'teams' | 'schedules';
  readonly id: string;
  /** Where the id is written, e.g. `body.layers.0.participants.1`. */
  readonly path: string;
}

const NOUNS: Record<Reference['table'], string> = { users: 'user', teams: 'team', schedules: 'schedule' };

/** Throws VIGIL_REFERENCE_NOT_FOUND naming every reference to a row that does not exist. */
export async function checkReferences(db: Kysely<Schema>, references: readonly Reference[]): Promise<void> {
  const missing: FieldError[] = [];
  for (const table of ['users', 'teams', 'schedules'] as const) {
    const wanted = references.filter((r) => r.table === table);
    if (wanted.length === 0) continue;
    const ids = [...new Set(wanted.map((r) => r.id))];
    const found = new Set((await db.selectFrom(table).select('id').where('id', 'in', ids).execute()).map((r) => r.id));
    for (const reference of wanted) {
      if (!found.has(reference.id)) missing.push({ path: reference.path, message: `no ${NOUNS[table]} "${reference.id}"${await suggestStoredId(db, table, reference.id)}` });
    }
  }
  if (missing.length === 0) return;
  throw new VigilError('VIGIL_REFERENCE_NOT_FOUND', missing.map((m) => `${m.path}: ${m.message}`).join('; '), missing);
}
