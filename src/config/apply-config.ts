import type { Kysely } from 'kysely';
import { recordAudit } from '../audit/audit-log.js';
import type { Clock } from '../core/clock.js';
import type { SqlDialect } from '../core/db/dialect.js';
import type { Schema } from '../core/db/schema.js';
import type { OutboundPolicy } from '../core/outbound.js';
import { ConfigDocument } from './config-document.js';
import { sortConfigErrors, type ConfigError } from './config-error.js';
import type { ApplyContext, Located } from './section.js';
import { ALL_SECTIONS, type ConfigApplyResult } from './sections/index.js';
import { validateConfig, type VigilConfig } from './validate-config.js';

export interface ApplyOptions {
  readonly clock: Clock;
  /** Delete what the file's sections do not name (sections the file lacks are left alone). */
  readonly prune?: boolean;
  /** Which private addresses webhook-style addresses may name (`VIGIL_OUTBOUND_ALLOW`); none unless given. */
  readonly outbound?: OutboundPolicy;
  /** Who applies the file, for the audit log: `cli` for `vigil apply`, `config-file` at start. */
  readonly actor?: string;
  /** See `ValidateOptions.refusedDestinations`: `error` unless the applier cannot know the server's allow-list. */
  readonly refusedDestinations?: 'error' | 'warning';
}

export interface ApplyOutcome {
  /** One result per item touched or checked, in the order they were applied. Empty on errors. */
  readonly results: readonly ConfigApplyResult[];
  /** When not empty, nothing was written. */
  readonly errors: readonly ConfigError[];
  /** Applied all the same: addresses a server with this allow-list would refuse to send to. */
  readonly warnings: readonly ConfigError[];
}

// Any constant works: it names the lock two concurrent applies on PostgreSQL queue on.
const APPLY_LOCK = 0x76_69_67_69; // "vigi"

class Rollback extends Error {
  constructor(readonly errors: readonly ConfigError[]) {
    super('configuration has errors');
  }
}

/**
 * Makes the database match the file, in one transaction: the file is validated again inside it
 * against the ids the database holds (references may name users or teams that exist there), and
 * any error, in the file or found against the data, rolls everything back. A database failure
 * also rolls back and is thrown.
 */
export async function applyConfig(
  db: Kysely<Schema>,
  dialect: SqlDialect,
  config: VigilConfig | ConfigDocument,
  options: ApplyOptions,
): Promise<ApplyOutcome> {
  const document = config instanceof ConfigDocument ? config : config.document;
  const prune = options.prune ?? false;
  try {
    return await db.transaction().execute(async (tx) => {
      await dialect.lockForTransaction(tx, APPLY_LOCK);

      // Under prune a present section is the whole truth, so only the file's ids count there.
      const knownIds: Record<string, string[]> = {};
      for (const section of ALL_SECTIONS) {
        const managed = prune && document.hasValue([section.key]);
        if (!managed) knownIds[section.key] = await section.existingIds(tx);
      }
      const validation = validateConfig(document, {
        knownIds,
        ...(options.outbound ? { outbound: options.outbound } : {}),
        ...(options.refusedDestinations ? { refusedDestinations: options.refusedDestinations } : {}),
      });
      if (!validation.config) throw new Rollback(validation.errors);
      const sections = validation.config.sections as Readonly<Record<string, readonly Located<unknown>[] | undefined>>;

      const results: ConfigApplyResult[] = [];
      const errors: ConfigError[] = [];
      const named = new Map(
        Object.entries(sections).map(([key, items]) => [key, new Set((items ?? []).map((i) => (i.value as { id: string }).id))]),
      );
      const context: ApplyContext<string> = {
        tx,
        dialect,
        actor: options.actor ?? 'config',
        now: options.clock.now(),
        prune,
        named,
        error: (path, message, opts) => errors.push(document.error(path, message, opts)),
        label: (path) => document.label(path),
        where: (path) => document.where(path),
        configFile: document.file,
        report: (result) => results.push(result as ConfigApplyResult),
      };

      if (prune) {
        for (const section of [...ALL_SECTIONS].reverse()) {
          const keep = named.get(section.key);
          if (keep) await section.prune(keep, context);
        }
      }
      for (const section of ALL_SECTIONS) {
        await section.apply(sections[section.key], context);
      }
      if (errors.length > 0) throw new Rollback(errors);
      for (const result of results) {
        if (result.action === 'unchanged' || result.audited) continue;
        await recordAudit(tx, { actor: options.actor ?? 'config' }, context.now, {
          action: `config.${result.action}`,
          entityType: result.kind,
          entityId: result.id,
          after: result.changes ? { changes: result.changes } : null,
        });
      }
      // Who audited a change is apply's business, not the caller's.
      return { results: results.map(({ audited: _audited, ...result }) => result), errors: [], warnings: validation.warnings };
    });
  } catch (error) {
    if (error instanceof Rollback) return { results: [], errors: sortConfigErrors(error.errors), warnings: [] };
    throw error;
  }
}

/** The ids each section has in the database: what `validateConfig`'s `knownIds` expects. */
export async function existingConfigIds(db: Kysely<Schema>): Promise<Record<string, string[]>> {
  const ids: Record<string, string[]> = {};
  for (const section of ALL_SECTIONS) ids[section.key] = await section.existingIds(db);
  return ids;
}
