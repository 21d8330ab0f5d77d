import { AlertService, type CommittedMessage, type IngestWriter } from '../alerts/alert-service.js';
import type { AlertBatch } from '../alerts/alert-event.js';
import type { VigilDatabase } from '../core/db/database.js';
import type { WriterCalls } from '../core/db/sqlite-writer.js';
import { createLogger } from '../core/logger.js';
import { createRuntime } from '../core/runtime.js';
import { createIncidentEvents } from './incident-events.js';
import { HOLD_SOURCES } from './slices.js';

/**
 * What `vigil serve` runs on SQLite's writer thread (core/db/sqlite-writer.ts), beside the one
 * write connection: ingest's group commits, whole. The HTTP thread parses, validates and finds
 * the integration, hands the message over and answers once it is committed; routing, dedup,
 * holds, grouping and the incident subscribers' writes run here, in the same transaction as
 * before, and what the process must hear of them (the change feed, job wake-ups, /metrics)
 * goes back with the answer (`AlertService.ingest`).
 *
 * This file is loaded by the thread by its URL (`INGEST_THREAD_MODULE`); nothing imports it.
 */

const COMMIT = 'ingest.commit';

interface CommitRequest {
  readonly integrationId: string;
  readonly batch: AlertBatch;
}

/** The calls the thread offers: one AlertService with every slice's incident subscribers. */
export function writerCalls(database: VigilDatabase): WriterCalls {
  const runtime = createRuntime(database, { logger: createLogger() });
  const alerts = new AlertService(runtime, createIncidentEvents(database.dialect), HOLD_SOURCES);
  return {
    [COMMIT]: (payload) => {
      const { integrationId, batch } = payload as CommitRequest;
      return alerts.commitForIntegration(integrationId, batch);
    },
  };
}

/** The module the writer thread loads: this one, compiled or (under tsx) from its source. */
export const INGEST_THREAD_MODULE = import.meta.url;

/** Ingest's writer for a process whose database has a writer thread loaded with this module. */
export function threadIngestWriter(database: VigilDatabase): IngestWriter | undefined {
  const thread = database.writerThread;
  if (!thread) return undefined;
  return {
    commit: (integrationId, batch) => thread.call(COMMIT, { integrationId, batch } satisfies CommitRequest) as Promise<CommittedMessage>,
  };
}
