import type { Logger } from 'pino';
import type { SqlDialect } from '../core/db/dialect.js';
import { listenChannel, type Listening } from '../core/db/listen.js';
import { INCIDENT_NOTICE_CHANNEL, IncidentEvents } from '../incidents/incident-changes.js';
import { SLICES } from './slices.js';

/** The incident change announcer with every slice's subscribers registered. */
export function createIncidentEvents(dialect: SqlDialect): IncidentEvents {
  const events = new IncidentEvents(dialect);
  for (const slice of SLICES) for (const subscriber of slice.incidentSubscribers?.(dialect) ?? []) events.subscribe(subscriber);
  return events;
}

/**
 * PostgreSQL: feeds this process's incident notices from the database's NOTIFYs, so it hears
 * every process's changes (its own included, once).
 */
export function relayIncidentNotices(events: IncidentEvents, url: string, logger: Logger): Listening {
  let listening: Listening | undefined;
  events.relay((onPayload) => {
    listening = listenChannel(url, INCIDENT_NOTICE_CHANNEL, { onPayload }, logger);
  });
  return listening as Listening;
}
