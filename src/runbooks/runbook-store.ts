import type { Kysely, Selectable, Transaction } from 'kysely';
import { recordAudit, type Actor } from '../audit/audit-log.js';
import { parseJson } from '../core/db/row-codec.js';
import type { RunbooksTable, Schema } from '../core/db/schema.js';
import type { Matcher } from '../alerts/matchers.js';
import { bodyDigest } from './checklist.js';

/**
 * The one writer of runbooks, their services and versions: the API (`runbook-routes.ts`) and
 * `vigil apply` (config/sections/runbooks.ts) both change them here, in the caller's transaction,
 * each change with its audit entry. Bodies are kept whole in `runbook_versions`; audit entries
 * carry a body's version and digest, not the body.
 */

export type RunbookRow = Selectable<RunbooksTable>;
export type RunbookSource = RunbooksTable['source'];

/** What a writer sets; a body whose digest differs from the current version's makes a new version. */
export interface RunbookFields {
  readonly title: string;
  readonly body: string;
  readonly services: readonly string[];
  readonly match: readonly Matcher[];
  readonly reviewAfterMs: number | null;
  readonly source: RunbookSource;
  readonly file: string | null;
}

export interface StoredRunbook {
  readonly row: RunbookRow;
  readonly services: string[];
  readonly match: Matcher[];
  /** The current version. */
  readonly version: { readonly version: number; readonly body: string; readonly sha256: string; readonly author: string; readonly at: number };
}

function auditView(id: string, fields: Omit<RunbookFields, 'body'>, version: number, sha256: string) {
  return {
    id,
    title: fields.title,
    source: fields.source,
    file: fields.file,
    services: [...fields.services],
    match: fields.match,
    review_after_ms: fields.reviewAfterMs,
    version,
    sha256,
  };
}

async function writeServices(tx: Transaction<Schema>, id: string, services: readonly string[]): Promise<void> {
  await tx.deleteFrom('runbook_services').where('runbook_id', '=', id).execute();
  const unique = [...new Set(services)];
  if (unique.length > 0) await tx.insertInto('runbook_services').values(unique.map((service) => ({ runbook_id: id, service_id: service }))).execute();
}

export async function createRunbook(tx: Transaction<Schema>, who: Actor, now: number, id: string, fields: RunbookFields): Promise<void> {
  const sha256 = bodyDigest(fields.body);
  await tx.insertInto('runbooks').values({
    id,
    title: fields.title,
    source: fields.source,
    file: fields.file,
    match: JSON.stringify(fields.match),
    review_after_ms: fields.reviewAfterMs,
    reviewed_at: null,
    reviewed_by: null,
    current_version: 1,
    created_by: who.actor,
    created_at: now,
    updated_at: now,
  }).execute();
  await writeServices(tx, id, fields.services);
  await tx.insertInto('runbook_versions').values({ runbook_id: id, version: 1, body: fields.body, sha256, author: who.actor, at: now }).execute();
  await recordAudit(tx, who, now, { action: 'runbook.create', entityType: 'runbook', entityId: id, after: auditView(id, fields, 1, sha256) });
}

/**
 * Changes a stored runbook to `fields`, writing a version when the body changed. Returns the
 * names of the fields that changed (`body` for a new version); nothing is written when none did.
 */
export async function updateRunbook(tx: Transaction<Schema>, who: Actor, now: number, before: StoredRunbook, fields: RunbookFields): Promise<string[]> {
  const id = before.row.id;
  const sha256 = bodyDigest(fields.body);
  const changes: string[] = [];
  if (before.row.title !== fields.title) changes.push('title');
  if (sha256 !== before.version.sha256) changes.push('body');
  if (JSON.stringify([...new Set(before.services)].sort()) !== JSON.stringify([...new Set(fields.services)].sort())) changes.push('services');
  if (JSON.stringify(before.match) !== JSON.stringify(fields.match)) changes.push('match');
  if (before.row.review_after_ms !== fields.reviewAfterMs) changes.push('review_after');
  if (before.row.source !== fields.source) changes.push('source');
  if (before.row.file !== fields.file) changes.push('file');
  if (changes.length === 0) return changes;

  const version = changes.includes('body') ? before.row.current_version + 1 : before.row.current_version;
  if (version !== before.row.current_version) {
    await tx.insertInto('runbook_versions').values({ runbook_id: id, version, body: fields.body, sha256, author: who.actor, at: now }).execute();
  }
  await tx.updateTable('runbooks').set({
    title: fields.title,
    source: fields.source,
    file: fields.file,
    match: JSON.stringify(fields.match),
    review_after_ms: fields.reviewAfterMs,
    current_version: version,
    updated_at: now,
  }).where('id', '=', id).execute();
  if (changes.includes('services')) await writeServices(tx, id, fields.services);
  const previous = { title: before.row.title, services: before.services, match: before.match, reviewAfterMs: before.row.review_after_ms, source: before.row.source, file: before.row.file };
  await recordAudit(tx, who, now, {
    action: 'runbook.update',
    entityType: 'runbook',
    entityId: id,
    before: auditView(id, previous, before.row.current_version, before.version.sha256),
    after: auditView(id, fields, version, sha256),
  });
  return changes;
}

export async function deleteRunbook(tx: Transaction<Schema>, who: Actor, now: number, before: StoredRunbook): Promise<void> {
  const { row } = before;
  await tx.deleteFrom('runbooks').where('id', '=', row.id).execute();
  const fields = { title: row.title, services: before.services, match: before.match, reviewAfterMs: row.review_after_ms, source: row.source, file: row.file };
  await recordAudit(tx, who, now, { action: 'runbook.delete', entityType: 'runbook', entityId: row.id, before: auditView(row.id, fields, row.current_version, before.version.sha256) });
}

/** Someone read the runbook through and vouches it is still right. */
export async function markReviewed(tx: Transaction<Schema>, who: Actor, now: number, before: StoredRunbook): Promise<void> {
  const { row } = before;
  await tx.updateTable('runbooks').set({ reviewed_at: now, reviewed_by: who.actor }).where('id', '=', row.id).execute();
  await recordAudit(tx, who, now, {
    action: 'runbook.review',
    entityType: 'runbook',
    entityId: row.id,
    before: { reviewed_at: row.reviewed_at, reviewed_by: row.reviewed_by, version: row.current_version },
    after: { reviewed_at: now, reviewed_by: who.actor, version: row.current_version },
  });
}

/** The runbook with its services, matchers and current version; undefined when there is none. */
export async function loadRunbook(db: Kysely<Schema> | Transaction<Schema>, id: string): Promise<StoredRunbook | undefined> {
  const row = await db.selectFrom('runbooks').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const [services, version] = await Promise.all([
    db.selectFrom('runbook_services').select('service_id').where('runbook_id', '=', id).orderBy('service_id').execute(),
    db.selectFrom('runbook_versions').select(['version', 'body', 'sha256', 'author', 'at']).where('runbook_id', '=', id).where('version', '=', row.current_version).executeTakeFirstOrThrow(),
  ]);
  return { row, services: services.map((s) => s.service_id), match: parseJson<Matcher[]>(row.match), version };
}

/** Every runbook with its services and current version's author and time, bodies left out. */
export async function listRunbooks(db: Kysely<Schema>) {
  const [rows, services, versions] = await Promise.all([
    db.selectFrom('runbooks').selectAll().execute(),
    db.selectFrom('runbook_services').selectAll().orderBy('service_id').execute(),
    db.selectFrom('runbook_versions').innerJoin('runbooks', (join) => join.onRef('runbooks.id', '=', 'runbook_versions.runbook_id').onRef('runbooks.current_version', '=', 'runbook_versions.version'))
      .select(['runbook_versions.runbook_id', 'runbook_versions.author', 'runbook_versions.at']).execute(),
  ]);
  const servicesOf = new Map<string, string[]>();
  for (const s of services) servicesOf.set(s.runbook_id, [...(servicesOf.get(s.runbook_id) ?? []), s.service_id]);
  const versionOf = new Map(versions.map((v) => [v.runbook_id, v]));
  return rows.map((row) => ({ row, services: servicesOf.get(row.id) ?? [], match: parseJson<Matcher[]>(row.match), versionAuthor: versionOf.get(row.id)?.author ?? row.created_by, versionAt: versionOf.get(row.id)?.at ?? row.created_at }));
}

export async function listVersions(db: Kysely<Schema>, id: string) {
  return db.selectFrom('runbook_versions').select(['version', 'sha256', 'author', 'at']).where('runbook_id', '=', id).orderBy('version', 'desc').execute();
}

export async function loadVersion(db: Kysely<Schema>, id: string, version: number) {
  return db.selectFrom('runbook_versions').select(['version', 'body', 'sha256', 'author', 'at']).where('runbook_id', '=', id).where('version', '=', version).executeTakeFirst();
}
