import { sql, type Kysely, type Selectable } from 'kysely';
import { parseJson } from '../core/db/row-codec.js';
import type { DeliveriesTable, Schema } from '../core/db/schema.js';
import { deliveries, type DeliveryOutcome } from '../core/metrics.js';
import type { Runtime } from '../core/runtime.js';
import { createAckLink } from './ack-links.js';
import { ProviderError, type Channel, type IncidentSummary, type PageContext, type Provider } from './channels.js';
import { disableContactMethod } from './contact-store.js';
import { recordDelivery } from './delivery-log.js';
import { enterGate, outcomeOf, recordSendFailure, type GatePass } from './gated-send.js';
import type { Senders } from './notify-services.js';
import type { NotifySettings } from './notify-settings.js';
import { SubscriptionGone } from './providers/push.js';
import { allocateReplyCode } from './reply-codes.js';
import { renderMessage } from './templates/render.js';

/** Incident facts for messages: title, severity and service names, link, runbook. */
export async function incidentSummaries(db: Kysely<Schema>, ids: readonly string[], publicUrl: string): Promise<IncidentSummary[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('incidents')
    .leftJoin('services', 'services.id', 'incidents.service_id')
    .innerJoin('severities', 'severities.id', 'incidents.severity_id')
    .select(['incidents.id', 'incidents.number', 'incidents.title', 'incidents.status', 'incidents.urgency', 'incidents.triggered_at', 'incidents.severity_id', 'severities.name as severity_name', 'incidents.service_id', 'services.name as service_name'])
    .where('incidents.id', 'in', [...ids])
    .orderBy('incidents.number')
    .execute();
  // Only alerts that may carry a runbook link: an incident of an alert storm has thousands of
  // alerts, and every page for it reads this.
  const links = await db
    .selectFrom('alerts')
    .select(['incident_id', 'links'])
    .where('incident_id', 'in', [...ids])
    .where(sql<boolean>`lower(links) like '%runbook%'`)
    .orderBy('first_seen_at')
    .execute();
  // One grouped count, from the (incident_id, status) index: a page names how many alerts it carries.
  const counts = await db
    .selectFrom('alerts')
    .select(['incident_id', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('incident_id', 'in', [...ids])
    .where('status', '<>', 'resolved')
    .groupBy('incident_id')
    .execute();
  const openOf = new Map(counts.map((c) => [c.incident_id, Number(c.n)]));
  const runbookOf = (incidentId: string): string | null => {
    for (const alert of links.filter((a) => a.incident_id === incidentId)) {
      const runbook = parseJson<{ href: string; text?: string }[]>(alert.links).find((l) => /runbook/i.test(l.text ?? ''));
      if (runbook) return runbook.href;
    }
    return null;
  };
  return rows.map((row) => ({
    id: row.id,
    number: row.number,
    title: row.title,
    status: row.status,
    severity: { id: row.severity_id, name: row.severity_name },
    urgency: row.urgency,
    service: row.service_id === null ? null : { id: row.service_id, name: row.service_name ?? row.service_id },
    url: `${publicUrl}/incidents/${row.number}`,
    runbookUrl: runbookOf(row.id),
    triggeredAt: row.triggered_at,
    openAlerts: openOf.get(row.id) ?? 0,
  }));
}

/**
 * `notify.send`: renders one bundle for its channel and hands it to the provider, outside any
 * transaction. A transient failure is thrown so the engine retries with backoff; a permanent
 * one, or the last attempt, is recorded as failed with the provider's reason.
 */
export async function sendBundle(runtime: Runtime, senders: Senders, bundleId: string, lastAttempt: boolean): Promise<void> {
  const { settings, providers } = senders;
  const { db } = runtime.database;
  const deliveries = await db.selectFrom('deliveries').selectAll().where('bundle_id', '=', bundleId).where('status', '=', 'sending').orderBy('created_at').execute();
  const first = deliveries[0];
  if (!first) return;
  const now = runtime.clock.now();
  const ids = deliveries.map((d) => d.id);
  const incidentIds = [...new Set(deliveries.flatMap((d) => (d.incident_id ? [d.incident_id] : [])))];
  const incidents = await incidentSummaries(db, incidentIds, settings.publicUrl);
  // Acknowledged while waiting for its throttle or a retry: nothing to say any more.
  if (first.kind === 'page' && incidents.every((i) => i.status !== 'triggered')) {
    countDeliveries(first, 'cancelled', await recordDelivery(db, ids, { status: 'cancelled', at: now, detail: 'the incident was acknowledged or resolved before it went out' }));
    return;
  }
  const channel = first.channel as Channel;
  const provider = providers.forChannel(channel);
  if ('missing' in provider) {
    countDeliveries(first, 'failed', await recordDelivery(db, ids, { status: 'failed', at: now, detail: provider.missing, patch: { last_error: provider.missing } }));
    return;
  }
  const attempts = first.attempts + 1;
  // Before anything is written for this attempt: a send that waits for a slot writes nothing.
  let pass: GatePass;
  try {
    pass = enterGate(senders.gate, provider, channel, first.address);
  } catch (error) {
    return recordSendFailure(db, { ids, providerId: provider.id, attempts, lastAttempt, now, channel, kind: first.kind }, error);
  }
  try {
    await sendGated(runtime, settings, { bundleId, provider, channel, first, ids, incidents, attempts, lastAttempt }, pass);
  } finally {
    pass.release('answered');
  }
}

interface BundleSend {
  readonly bundleId: string;
  readonly provider: Provider;
  readonly channel: Channel;
  readonly first: Selectable<DeliveriesTable>;
  readonly ids: readonly string[];
  readonly incidents: readonly IncidentSummary[];
  readonly attempts: number;
  readonly lastAttempt: boolean;
}

async function sendGated(runtime: Runtime, settings: NotifySettings, send: BundleSend, pass: GatePass): Promise<void> {
  const { db } = runtime.database;
  const { provider, channel, first, ids, incidents, attempts, lastAttempt } = send;
  const now = runtime.clock.now();
  const recipient = first.user_id ? await db.selectFrom('users').select(['id', 'name']).where('id', '=', first.user_id).executeTakeFirst() : undefined;
  const open = incidents.filter((i) => i.status === 'triggered');
  const userId = first.kind === 'page' && open.length > 0 ? first.user_id : null;
  const openIds = open.map((i) => i.id);
  // The link (and an SMS's reply code) is committed before the message that carries it goes out.
  // Without a reply code it is one row: one statement, no transaction around it (two round trips
  // fewer on PostgreSQL, on the way to the person's phone).
  const { ackUrl, replyCode } =
    userId === null
      ? { ackUrl: null, replyCode: null }
      : channel !== 'sms'
        ? { ackUrl: await createAckLink(db, settings.secret, settings.publicUrl, userId, openIds, now, settings.ackLinkTtlMs), replyCode: null }
        : await db.transaction().execute(async (trx) => ({
            ackUrl: await createAckLink(trx, settings.secret, settings.publicUrl, userId, openIds, now, settings.ackLinkTtlMs),
            replyCode: String(await allocateReplyCode(trx, userId, openIds, now)),
          }));
  // A push notification about one incident has a Resolve button too (not a bundle's: one tap
  // on a lock screen should not resolve several incidents).
  const resolveUrl = userId !== null && channel === 'push' && openIds.length === 1
    ? await createAckLink(db, settings.secret, settings.publicUrl, userId, openIds, now, settings.ackLinkTtlMs, 'resolve')
    : null;
  const context: PageContext = {
    kind: first.kind,
    incidents: first.kind === 'page' ? open : incidents,
    recipient: recipient ?? null,
    ackUrl,
    resolveUrl,
    replyCode,
    verificationCode: first.kind === 'verification' ? ((JSON.parse(first.event ?? '{}') as { verificationCode?: string }).verificationCode ?? null) : null,
    event: null,
    publicUrl: settings.publicUrl,
    sentAt: now,
  };
  try {
    const result = await provider.send({ to: first.address, message: renderMessage(channel, context), idempotencyKey: send.bundleId });
    pass.release('answered');
    const sent = await recordDelivery(db, ids, { status: 'sent', at: runtime.clock.now(), detail: result.externalId ? `accepted by ${provider.id} as ${result.externalId}` : `accepted by ${provider.id}`, patch: {
      provider: provider.id,
      external_id: result.externalId,
      sent_at: runtime.clock.now(),
      attempts,
      last_error: null,
    } });
    countDeliveries(first, 'sent', sent);
    // A verification code has done its job once sent; only its digest stays (on the contact method).
    if (first.kind === 'verification') await db.updateTable('deliveries').set({ event: null }).where('id', 'in', ids).execute();
  } catch (error) {
    pass.release(outcomeOf(error));
    let failure = error;
    if (error instanceof SubscriptionGone && first.contact_method_id !== null && (await disableGoneMethod(runtime, first.contact_method_id, error.reason))) {
      failure = new ProviderError(`${error.message}; the contact method is disabled and later pages skip it`, true, error.providerCode);
    }
    await recordSendFailure(db, { ids, providerId: provider.id, attempts, lastAttempt, now: runtime.clock.now(), channel, kind: first.kind }, failure);
  }
}

/** Counts deliveries of one bundle (one channel and kind) that reached an outcome. */
function countDeliveries(first: { readonly channel: string; readonly kind: string }, outcome: DeliveryOutcome, changed: readonly string[]): void {
  deliveries.inc({ channel: first.channel, kind: first.kind, outcome }, changed.length);
}

/**
 * A push service answered 404 or 410: the browser dropped the subscription, and no later send
 * can reach it. The contact method is disabled (kept, with the reason; audited as `system`) so
 * later pages skip it and say why, and its owner sees it in their list.
 */
async function disableGoneMethod(runtime: Runtime, contactMethodId: string, reason: string): Promise<boolean> {
  const now = runtime.clock.now();
  const disabled = await runtime.database.db.transaction().execute((trx) => disableContactMethod(trx, now, contactMethodId, reason));
  if (disabled) runtime.logger.info({ contactMethod: contactMethodId }, `contact method disabled: ${reason}`);
  return disabled;
}
