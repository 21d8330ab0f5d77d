import type { DialectName } from '../core/db/database.js';
import type { Schema } from '../core/db/schema.js';
import type { Kysely } from 'kysely';
import { applyConfig, type ApplyOutcome } from '../config/index.js';
import { createConfiguredTestApp, type TestApp } from './app.js';
import { yamlDocument } from './config.js';
import { TEST_OUTBOUND } from './outbound.js';

/**
 * Two apps on two fresh databases with the same `vigil.yaml` applied and clocks at the same
 * instant: a test makes one change through the API on `api` and the same change through the
 * file on `file`, then compares the rows and the audit entries each wrote.
 */
export interface FileAndApi {
  readonly api: TestApp;
  readonly file: TestApp;
  /** `vigil apply` of `base` followed by `yaml`, as the CLI applies it (actor `cli`). */
  applyFile(yaml: string, options?: { prune?: boolean }): Promise<ApplyOutcome>;
  /** Moves both clocks. */
  advance(ms: number): void;
  close(): Promise<void>;
}

export async function fileAndApi(dialect: DialectName, base: string): Promise<FileAndApi> {
  const api = await createConfiguredTestApp(dialect, base);
  const file = await createConfiguredTestApp(dialect, base);
  return {
    api,
    file,
    applyFile: (yaml, options = {}) =>
      applyConfig(file.database.db, file.database.dialect, yamlDocument(base + yaml), { clock: file.clock, actor: 'cli', prune: options.prune ?? false, outbound: TEST_OUTBOUND }),
    advance(ms) {
      api.clock.advance(ms);
      file.clock.advance(ms);
    },
    async close() {
      await Promise.all([api.close(), file.close()]);
    },
  };
}

export interface AuditRecord {
  readonly action: string;
  readonly actor: string;
  readonly entity_id: string | null;
  readonly at: number;
  readonly before: unknown;
  readonly after: unknown;
}

/** The audit entries about one kind of entity, oldest first, with before and after parsed. */
export async function auditOf(db: Kysely<Schema>, entityType: string): Promise<AuditRecord[]> {
  const rows = await db.selectFrom('audit_log').selectAll().where('entity_type', '=', entityType).orderBy('at').orderBy('id').execute();
  return rows.map((r) => ({
    action: r.action,
    actor: r.actor,
    entity_id: r.entity_id,
    at: r.at,
    before: r.before === null ? null : (JSON.parse(r.before) as unknown),
    after: r.after === null ? null : (JSON.parse(r.after) as unknown),
  }));
}

/** The same entries with who made them left out: what the API and the file must agree on. */
export function withoutActor(records: readonly AuditRecord[]): Omit<AuditRecord, 'actor'>[] {
  return records.map(({ actor: _actor, ...rest }) => rest);
}
