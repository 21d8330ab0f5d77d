import type { Transaction } from 'kysely';
import type { SqlDialect } from '../core/db/dialect.js';
import type { IncidentRow, Schema } from '../core/db/schema.js';
import type { IncidentSubscriber } from '../incidents/incident-changes.js';
import { reopenCadence, severityChanged, startCadence, stopCadence } from './cadence.js';
import { applyCadenceStep, readCadence, severityInterval } from './cadence-store.js';
import { noticeRoleAssigned } from './response-notices.js';

/**
 * What the response does about incident changes, in their transaction: the update cadence
 * starts when someone owns the incident (acknowledged, or given a commander), follows severity
 * changes, stops on resolve and starts again on reopen; a new commander is told, as any role
 * holder is. An incident opened without a commander (every alert-opened one) costs nothing here.
 */
export function responseSubscriber(dialect: SqlDialect): IncidentSubscriber {
  return async (trx, changes, now) => {
    for (const change of changes) {
      const { incident } = change;
      switch (change.kind) {
        case 'opened':
          if (incident.commander_id !== null) {
            await start(trx, dialect, incident, incident.severity_id, now);
            await noticeRoleAssigned(trx, dialect, incident, incident.commander_id, 'the incident commander', incident.created_by, now);
          }
          break;
        case 'acknowledged':
          await start(trx, dialect, incident, incident.severity_id, now);
          break;
        case 'commander_changed':
          if (change.to !== null) {
            await start(trx, dialect, incident, incident.severity_id, now);
            await noticeRoleAssigned(trx, dialect, incident, change.to, 'the incident commander', await lastActor(trx, incident.id), now);
          }
          break;
        case 'severity_changed': {
          const owned = incident.acknowledged_at !== null || incident.commander_id !== null;
          const step = severityChanged(await readCadence(trx, incident.id), await severityInterval(trx, change.to), now, owned && incident.status !== 'resolved');
          await applyCadenceStep(trx, dialect, incident.id, step, now);
          break;
        }
        case 'resolved':
          await applyCadenceStep(trx, dialect, incident.id, stopCadence(await readCadence(trx, incident.id)), now);
          break;
        case 'reopened':
          await applyCadenceStep(trx, dialect, incident.id, reopenCadence(await readCadence(trx, incident.id), await severityInterval(trx, incident.severity_id), now), now);
          break;
        default:
          break;
      }
    }
  };
}

async function start(trx: Transaction<Schema>, dialect: SqlDialect, incident: IncidentRow, severityId: string, now: number): Promise<void> {
  const step = startCadence(await readCadence(trx, incident.id), await severityInterval(trx, severityId), now);
  await applyCadenceStep(trx, dialect, incident.id, step, now);
}

/** Who made the incident's latest change: the commander change was just appended to the timeline. */
async function lastActor(trx: Transaction<Schema>, incidentId: string): Promise<string> {
  const row = await trx.selectFrom('timeline_entries').select('actor').where('incident_id', '=', incidentId).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  return row?.actor ?? 'system';
}
