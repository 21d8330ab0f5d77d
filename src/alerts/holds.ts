import { sql, type Kysely, type Transaction } from 'kysely';
import type { SqlDialect } from '../core/db/dialect.js';
import type { Schema } from '../core/db/schema.js';
import { enqueueJob } from '../engine/jobs.js';
import { jobKeys } from '../engine/job-catalogue.js';
import type { AlertEvent } from './alert-event.js';

/**
 * Holds: human intent that keeps an alert from opening or paging (docs/noise.md). Silences and
 * maintenance windows live in their own slice above this one and reach the alert pipeline only
 * through these types: the pipeline asks each source, per new alert, whether something holds it.
 */
export type HoldKind = 'silenced' | 'maintenance';

export interface Hold {
  readonly kind: HoldKind;
  /** Stored on the held alert (`held_by`) and in its decision trail: `sil_…`, `mw_…:<occurrence start ms>`. */
  readonly ref: string;
  /** Human words for the trail: the silence's comment, the window's reason. */
  readonly label: string;
  /** When the hold ends (a `hold.release` job is written for it), or null while it has no end. */
  readonly until: number | null;
}

/** One source's rules as loaded at one noise revision: pure and synchronous, run per alert. */
export interface HoldRules {
  holdFor(serviceId: string, event: AlertEvent, now: number): Hold | null;
}

/** A kind of hold the pipeline consults (silences, maintenance windows). */
export interface HoldSource {
  readonly name: string;
  /** Reads the rules in force at or after `now`; called at start and whenever the noise revision moves. */
  load(db: Kysely<Schema>, now: number): Promise<HoldRules>;
}

/** The current noise revision: one indexed read per ingest batch. */
export async function readNoiseRevision(db: Kysely<Schema> | Transaction<Schema>): Promise<number> {
  const row = await db.selectFrom('noise_state').select('rev').where('id', '=', 'noise').executeTakeFirst();
  return Number(row?.rev ?? 0);
}

/** Called in the transaction of every change to routes, silences or maintenance windows. */
export async function bumpNoiseRevision(trx: Transaction<Schema>, now: number): Promise<void> {
  await sql`update noise_state set rev = rev + 1, updated_at = ${now} where id = 'noise'`.execute(trx);
}

/**
 * Writes the job that re-admits, at `at`, the still-firing alerts a hold kept back: called when a
 * hold is made with an end, and again whenever its end moves (expired early, window edited).
 */
export async function scheduleHoldRelease(trx: Transaction<Schema>, dialect: SqlDialect, ref: string, at: number, now: number): Promise<void> {
  await enqueueJob(trx, dialect, { kind: 'hold.release', key: jobKeys.holdRelease(ref, at), payload: { ref, at }, runAt: at }, now);
}
