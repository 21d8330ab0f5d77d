import { sql, type Kysely } from 'kysely';

// Every verification code sent is first counted against its limits (contact-verification.ts):
// by method, user and address over the last hour. Without an index each count went over every
// delivery ever made. Codes are a sliver of deliveries, so the index holds those alone; queries
// name the kind as a literal, which both databases need to use a partial index.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index deliveries_verification on deliveries (created_at) where kind = 'verification'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('deliveries_verification').execute();
}
