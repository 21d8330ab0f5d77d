import { Type } from '@sinclair/typebox';
import type { ExpressionBuilder, Kysely, Transaction } from 'kysely';
import type { SqlDialect } from '../core/db/dialect.js';
import type { IncidentRow, Schema } from '../core/db/schema.js';
import { VigilError } from '../core/errors.js';

/** An incident is addressed by its number (`42`) or its id (`inc_…`). */
export type IncidentRef = string | number;

/** The `{ref}` path parameter every incident route takes. */
export const IncidentRefParams = Type.Object({
  ref: Type.String({ pattern: '^(\\d{1,15}|inc_[0-9a-f]{32})$', description: 'The incident number (42) or id (inc_…)' }),
});

const isNumber = (ref: IncidentRef) => /^\d{1,15}$/.test(String(ref));

export function incidentNotFound(ref: IncidentRef): VigilError {
  return new VigilError('VIGIL_INCIDENT_NOT_FOUND', `no incident ${isNumber(ref) ? '#' : ''}${ref}`);
}

function refMatches(ref: IncidentRef) {
  return (eb: ExpressionBuilder<Schema, 'incidents'>) => (isNumber(ref) ? eb('number', '=', Number(ref)) : eb('id', '=', String(ref)));
}

/** The incident, or `VIGIL_INCIDENT_NOT_FOUND`. */
export async function findIncident(db: Kysely<Schema> | Transaction<Schema>, ref: IncidentRef): Promise<IncidentRow> {
  const incident = await db.selectFrom('incidents').selectAll().where(refMatches(ref)).executeTakeFirst();
  if (!incident) throw incidentNotFound(ref);
  return incident;
}

/** The incident locked for the rest of the transaction (PostgreSQL; SQLite has one writer). */
export async function lockIncident(trx: Transaction<Schema>, dialect: SqlDialect, ref: IncidentRef): Promise<IncidentRow> {
  const incident = await dialect.lockForUpdate(trx.selectFrom('incidents').selectAll().where(refMatches(ref))).executeTakeFirst();
  if (!incident) throw incidentNotFound(ref);
  return incident;
}
