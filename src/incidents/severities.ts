import type { Kysely, Transaction } from 'kysely';
import { recordAudit, type Actor } from '../audit/audit-log.js';
import type { Schema, SeverityRow } from '../core/db/schema.js';

export type Urgency = 'high' | 'low';

export interface Severity {
  readonly id: string;
  readonly name: string;
  /** 1 is the most severe; the order in which severities are listed in `vigil.yaml`. */
  readonly rank: number;
  /** How soon someone must acknowledge: the incident's response target. */
  readonly respondWithinMs: number;
  /** How often stakeholders expect a status update while the incident is open. */
  readonly updateEveryMs: number | null;
  readonly urgency: Urgency;
  readonly description: string | null;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export const DEFAULT_SEVERITIES: readonly Severity[] = [
  { id: 'SEV-1', name: 'Critical', rank: 1, respondWithinMs: 15 * MINUTE, updateEveryMs: 15 * MINUTE, urgency: 'high', description: null },
  { id: 'SEV-2', name: 'High', rank: 2, respondWithinMs: HOUR, updateEveryMs: HOUR, urgency: 'high', description: null },
  { id: 'SEV-3', name: 'Medium', rank: 3, respondWithinMs: 24 * HOUR, updateEveryMs: null, urgency: 'low', description: null },
];

export function severityFromRow(row: SeverityRow): Severity {
  return {
    id: row.id,
    name: row.name,
    rank: row.rank,
    respondWithinMs: row.respond_within_ms,
    updateEveryMs: row.update_every_ms,
    urgency: row.urgency,
    description: row.description,
  };
}

export function severityToRow(severity: Severity): SeverityRow {
  return {
    id: severity.id,
    name: severity.name,
    rank: severity.rank,
    respond_within_ms: severity.respondWithinMs,
    update_every_ms: severity.updateEveryMs,
    urgency: severity.urgency,
    description: severity.description,
  };
}

/** Seeds the default severities into an empty table; a configured set is left alone. */
export async function ensureDefaultSeverities(db: Kysely<Schema>): Promise<void> {
  const existing = await db.selectFrom('severities').select('id').limit(1).executeTakeFirst();
  if (existing) return;
  // Processes starting together on a new database all find the table empty; the first insert
  // wins and the others' rows are the same defaults, so they are dropped rather than a crash.
  await db.insertInto('severities').values(DEFAULT_SEVERITIES.map(severityToRow)).onConflict((oc) => oc.column('id').doNothing()).execute();
}

/** A severity as audit entries show it. */
const severityAudit = (row: SeverityRow) => ({ ...row });

/**
 * The one writer of `severities` besides the defaults above: `vigil.yaml` changes the list
 * through these, and each change is audited with it.
 */
export async function createSeverity(tx: Transaction<Schema>, row: SeverityRow, who: Actor, now: number): Promise<void> {
  await tx.insertInto('severities').values(row).execute();
  await recordAudit(tx, who, now, { action: 'severity.create', entityType: 'severity', entityId: row.id, after: severityAudit(row) });
}

export async function updateSeverity(tx: Transaction<Schema>, before: SeverityRow, row: SeverityRow, who: Actor, now: number): Promise<void> {
  await tx.updateTable('severities').set(row).where('id', '=', row.id).execute();
  await recordAudit(tx, who, now, { action: 'severity.update', entityType: 'severity', entityId: row.id, before: severityAudit(before), after: severityAudit(row) });
}

/** Callers check that no incident uses them: incidents keep their severity. */
export async function deleteSeverities(tx: Transaction<Schema>, ids: readonly string[], who: Actor, now: number): Promise<void> {
  if (ids.length === 0) return;
  await tx.deleteFrom('severities').where('id', 'in', [...ids]).execute();
  for (const id of ids) await recordAudit(tx, who, now, { action: 'severity.delete', entityType: 'severity', entityId: id });
}

export async function listSeverities(db: Kysely<Schema>): Promise<Severity[]> {
  const rows = await db.selectFrom('severities').selectAll().orderBy('rank').execute();
  return rows.map(severityFromRow);
}
