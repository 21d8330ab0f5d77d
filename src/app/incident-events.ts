import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Schema } from '../core/db/schema.js';
import type { SqlDialect } from '../core/db/dialect.js';
import { listenChannel, type Listening } from '../core/db/listen.js';
import { INCIDENT_NOTICE_CHANNEL, IncidentEvents } from '../incidents/incident-changes.js';
import { SLICES } from './slices.js';

/**
 * The incident change announcer with every slice's subscribers registered. With `db`, committed
 * changes are also published for other processes (PostgreSQL).
 */
export function createIncidentEvents(dialect: SqlDialect, db?: Kysely<Schema>): IncidentEvents {
  const events = new IncidentEvents(dialect, db);
  for (const slice of SLICES) for (const subscriber of slice.incidentSubscribers?.(dialect) ?? []) events.subscribe(subscriber);
  return events;
}

/** PostgreSQL: feeds this process's change feed with the other processes' published notices. */
export function relayIncidentNotices(events: IncidentEvents, url: string, logger: Logger): Listening {
  let listening: Listening | undefined;
  events.relay((onPayload) => {
    listening = listenChannel(url, INCIDENT_NOTICE_CHANNEL, { onPayload }, logger);
  });
  return listening as Listening;
}
