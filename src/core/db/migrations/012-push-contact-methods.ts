import type { Kysely } from 'kysely';

// Browser push. A push service answers 404 or 410 for a subscription the browser dropped; the
// contact method is then disabled by Vigil, not deleted, and says when and why, so its owner
// sees what happened and its history stays. `disabled` keeps meaning "skipped by pages";
// `disabled_reason` is set only when Vigil disabled it (null when its owner did).
// Acknowledge links gain an action: a push notification carries a Resolve button too, and its
// link is a row like an acknowledge link's, single use and signed the same way.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('contact_methods').addColumn('disabled_at', 'bigint').execute();
  await db.schema.alterTable('contact_methods').addColumn('disabled_reason', 'text').execute();
  await db.schema.alterTable('ack_links').addColumn('action', 'text', (c) => c.notNull().defaultTo('acknowledge')).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('ack_links').dropColumn('action').execute();
  await db.schema.alterTable('contact_methods').dropColumn('disabled_reason').execute();
  await db.schema.alterTable('contact_methods').dropColumn('disabled_at').execute();
}
