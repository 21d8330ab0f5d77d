import { sql, type Transaction } from 'kysely';
import type { SqlDialect } from '../core/db/dialect.js';
import { parseJson } from '../core/db/row-codec.js';
import type { Schema } from '../core/db/schema.js';
import type { IncidentChange, IncidentSubscriber } from '../incidents/incident-changes.js';
import { deliveries } from '../core/metrics.js';
import type { Runtime } from '../core/runtime.js';
import { jobKeys } from '../engine/job-catalogue.js';
import { enqueueJob } from '../engine/jobs.js';
import type { Channel, PageContext } from './channels.js';
import { insertDelivery, recordDelivery } from './delivery-log.js';
import { enterGate, outcomeOf, recordSendFailure, type GatePass } from './gated-send.js';
import type { Senders } from './notify-services.js';
import { incidentSummaries } from './send-bundle.js';
import { renderMessage } from './templates/render.js';

export type IncidentEventType = 'triggered' | 'acknowledged' | 'resolved' | 'escalated' | 'status_update';

/**
 * What team channels hear of incident changes, queued in their transaction: the post goes out
 * if and only if the change committed. Un-acknowledging is internal to the response; the channel
 * hears when it is triggered again.
 */
export function channelSubscriber(dialect: SqlDialect): IncidentSubscriber {
  return async (trx, changes, now) => {
    const events = changes.flatMap((change) => {
      const type = CHANNEL_EVENT[change.kind];
      return type === null || !('message' in change) ? [] : [{ incident: change.incident, type, text: change.message }];
    });
    if (events.length > 0) await enqueueIncidentEvents(trx, dialect, events, now);
  };
}

const CHANNEL_EVENT: Readonly<Record<IncidentChange['kind'], IncidentEventType | null>> = {
  opened: 'triggered',
  acknowledged: 'acknowledged',
  unacknowledged: null,
  resolved: 'resolved',
  reopened: 'triggered',
  escalated: 'escalated',
  severity_changed: null,
  commander_changed: null,
  updated: null,
};

/** Queues posts of incident events to every channel the owning team subscribes to; each service's subscriptions are read once. */
export async function enqueueIncidentEvents(
  trx: Transaction<Schema>,
  dialect: SqlDialect,
  events: readonly { readonly incident: { readonly id: string; readonly service_id: string | null }; readonly type: IncidentEventType; readonly text: string }[],
  now: number,
): Promise<void> {
  const subscriptionsOf = new Map<string, Subscription[]>();
  for (const { incident, type, text } of events) {
    if (incident.service_id === null) continue;
    let subscriptions = subscriptionsOf.get(incident.service_id);
    if (!subscriptions) {
      // Runs for every incident change, so a template rather than the builder (see hot-path.ts).
      subscriptions = (
        await sql<Subscription>`
        select s.id, s.channel, s.address, s.events from event_subscriptions s join services on services.team_id = s.team_id
        where services.id = ${incident.service_id} order by s.position`.execute(trx)
      ).rows;
      subscriptionsOf.set(incident.service_id, subscriptions);
    }
    await postToSubscriptions(trx, dialect, subscriptions, incident, type, text, now);
  }
}

interface Subscription {
  readonly id: string;
  readonly channel: string;
  readonly address: string;
  readonly events: string;
}

async function postToSubscriptions(
  trx: Transaction<Schema>,
  dialect: SqlDialect,
  subscriptions: readonly Subscription[],
  incident: { readonly id: string },
  type: IncidentEventType,
  text: string,
  now: number,
): Promise<void> {
  for (const subscription of subscriptions) {
    const wanted = parseJson<string[]>(subscription.events);
    if (wanted.length > 0 && !wanted.includes(type)) continue;
    const id = await insertDelivery(
      trx,
      {
        kind: 'event',
        incidentId: incident.id,
        channel: subscription.channel,
        address: subscription.address,
        status: 'queued',
        content: JSON.stringify({ type, text }),
        detail: `${type} posted to a team channel`,
      },
      now,
    );
    await enqueueJob(trx, dialect, { kind: 'notify.event', key: jobKeys.notifyEvent(id), payload: { deliveryId: id }, runAt: now, incidentId: incident.id }, now);
  }
}

/** `notify.event`: renders and posts one event; retried with backoff like a page. */
export async function sendEvent(runtime: Runtime, senders: Senders, deliveryId: string, lastAttempt: boolean): Promise<void> {
  const { db } = runtime.database;
  const delivery = await db.selectFrom('deliveries').selectAll().where('id', '=', deliveryId).executeTakeFirst();
  if (!delivery || (delivery.status !== 'queued' && delivery.status !== 'sending')) return;
  const channel = delivery.channel as Channel;
  const provider = senders.providers.forChannel(channel);
  if ('missing' in provider) {
    const changed = await recordDelivery(db, [delivery.id], { status: 'failed', at: runtime.clock.now(), detail: provider.missing, patch: { last_error: provider.missing } });
    deliveries.inc({ channel, kind: delivery.kind, outcome: 'failed' }, changed.length);
    return;
  }
  const failed = { ids: [delivery.id], providerId: provider.id, attempts: delivery.attempts + 1, lastAttempt, channel, kind: delivery.kind };
  let pass: GatePass;
  try {
    pass = enterGate(senders.gate, provider, channel, delivery.address);
  } catch (error) {
    return recordSendFailure(db, { ...failed, now: runtime.clock.now() }, error);
  }
  try {
    const event = JSON.parse(delivery.event ?? '{}') as { type: IncidentEventType; text: string };
    const context: PageContext = {
      kind: 'event',
      incidents: await incidentSummaries(db, delivery.incident_id ? [delivery.incident_id] : [], senders.settings.publicUrl),
      recipient: null,
      ackUrl: null,
      replyCode: null,
      verificationCode: null,
      event,
      publicUrl: senders.settings.publicUrl,
    };
    const result = await provider.send({ to: delivery.address, message: renderMessage(channel, context), idempotencyKey: delivery.id });
    pass.release('answered');
    const sent = await recordDelivery(db, [delivery.id], { status: 'sent', at: runtime.clock.now(), detail: `accepted by ${provider.id}`, patch: { provider: provider.id, external_id: result.externalId, sent_at: runtime.clock.now(), attempts: failed.attempts, last_error: null } });
    deliveries.inc({ channel, kind: delivery.kind, outcome: 'sent' }, sent.length);
  } catch (error) {
    pass.release(outcomeOf(error));
    await recordSendFailure(db, { ...failed, now: runtime.clock.now() }, error);
  }
}
