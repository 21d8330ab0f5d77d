import type { Kysely } from 'kysely';

// Alerts by (service, signature) had two indexes: alerts_service_signature (015: service_id,
// signature, incident_id) and alerts_service_signature_seen (020: the same with first_seen_at
// before incident_id). Every read the first served, similar incidents' "incidents of this
// service with these signatures", the second serves as well, covering incident_id too; the
// first only cost each alert written one more index entry.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('alerts_service_signature').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('alerts_service_signature').on('alerts').columns(['service_id', 'signature', 'incident_id']).execute();
}
