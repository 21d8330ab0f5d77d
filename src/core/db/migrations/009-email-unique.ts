import { sql, type Kysely } from 'kysely';

// One person, one account: emails are unique whatever their case, as login and single sign-on
// find people by `lower(email)`. The index is on that same expression, so lookups and uniqueness
// agree on each database (SQLite's lower() folds ASCII letters only, PostgreSQL's all of them).
//
// A database that already holds two users whose emails differ only in case is not repaired
// here: which account keeps the address is a person's decision (one of them may have taken it
// to lock the other out), and picking one would silently end the other's password and SSO
// login. The migration fails, names every such address, and changes nothing.
export async function up(db: Kysely<unknown>): Promise<void> {
  const typed = db as unknown as Kysely<{ users: { id: string; email: string } }>;
  const clashing = await typed
    .selectFrom('users')
    .select(['id', 'email', sql<string>`lower(email)`.as('normal')])
    .where(sql<string>`lower(email)`, 'in', (eb) => eb.selectFrom('users').select(sql<string>`lower(email)`.as('normal')).groupBy(sql`lower(email)`).having(sql`count(*)`, '>', 1))
    .orderBy('normal')
    .orderBy('id')
    .execute();
  if (clashing.length > 0) {
    const groups = new Map<string, string[]>();
    for (const row of clashing) groups.set(row.normal, [...(groups.get(row.normal) ?? []), `"${row.email}" (${row.id})`]);
    const list = [...groups.values()].map((holders) => `  ${holders.join(', ')}`).join('\n');
    throw new Error(
      `emails must be unique whatever their case, but these users share one:\n${list}\n` +
        'give all but one of each group another email (for example: update users set email = \'…\' where id = \'…\'), then start Vigil again',
    );
  }
  await db.schema.createIndex('users_email_lower').on('users').expression(sql`lower(email)`).unique().execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('users_email_lower').execute();
}
