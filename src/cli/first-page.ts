import { connect } from 'node:net';
import type { Runtime } from '../core/runtime.js';
import type { Channel } from '../notify/channels.js';
import { shownAddress } from '../notify/contact-methods.js';
import { planNotifications } from '../notify/notification-plan.js';
import { onCallOutlook } from '../oncall/oncall-outlook.js';
import { formatDuration } from '../core/duration.js';

/** What the start-up's test incident should be declared on, and who it will page. */
export interface FirstPage {
  /** The service to declare the test incident on: the first with an escalation policy; null when none has one. */
  readonly serviceId: string | null;
  /** The least severe severity, so the test does not wake anyone with a high-urgency page. */
  readonly severityId: string;
  /** Lines saying plainly where the page goes, or why it goes nowhere. */
  readonly lines: readonly string[];
}

/** Channels whose address is a URL this machine calls: the start can tell whether anything listens there. */
const URL_CHANNELS: ReadonlySet<Channel> = new Set(['webhook', 'teams', 'ntfy', 'slack']);

/**
 * Plans the start-up's test incident from the applied configuration: a newcomer's first page
 * should reach somewhere they can see, or at least be told where it went. Reads who is on call
 * at the policy's first level now and the notification rules that fire at once for the
 * severity's urgency; nothing is written.
 */
export async function planFirstPage(runtime: Runtime, probe: (url: string) => Promise<boolean> = listens): Promise<FirstPage> {
  const db = runtime.database.db;
  const severity = await db.selectFrom('severities').select(['id', 'urgency']).orderBy('rank', 'desc').limit(1).executeTakeFirst();
  const severityId = severity?.id ?? 'SEV-3';
  const urgency = severity?.urgency ?? 'low';
  const service = await db
    .selectFrom('services')
    .select(['id', 'name', 'escalation_policy_id'])
    .where('escalation_policy_id', 'is not', null)
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  if (!service?.escalation_policy_id) {
    return {
      serviceId: null,
      severityId,
      lines: ['No service has an escalation policy yet, so this test incident pages nobody; give a service an escalation_policy in vigil.yaml (see deploy/example/vigil.yaml) to see a page go out.'],
    };
  }
  const outlook = await onCallOutlook(runtime, runtime.clock.now());
  const policy = outlook.escalation_policies.find((p) => p.policy.id === service.escalation_policy_id);
  const first = policy?.levels[0];
  const head = `It is declared on ${service.id} (${service.name}) as ${severityId}; escalation policy ${service.escalation_policy_id} pages at once`;
  if (!policy || !first) return { serviceId: service.id, severityId, lines: [`${head}: nobody (the policy has no levels).`] };

  const lines = [`${head}:`];
  for (const target of first.targets) {
    const via = target.target.startsWith('schedule:') ? ` (on call for ${target.target.slice('schedule:'.length)})` : '';
    if (target.now === null) {
      lines.push(`  ${target.target}: nobody is on call there now, so nobody is paged by it`);
      continue;
    }
    const methods = await db.selectFrom('contact_methods').select(['id', 'type', 'address', 'verified_at', 'disabled']).where('user_id', '=', target.now.id).execute();
    const rules = await db.selectFrom('notification_rules').select(['id', 'contact_method_id', 'delay_ms', 'urgency']).where('user_id', '=', target.now.id).orderBy('position').execute();
    const plan = planNotifications(
      urgency,
      rules.map((r) => ({ id: r.id, contactMethodId: r.contact_method_id, delayMs: r.delay_ms, urgency: r.urgency })),
      methods.map((m) => ({ id: m.id, type: m.type as Channel, verified: m.verified_at !== null, disabled: m.disabled !== 0 })),
    );
    if (plan.notifications.length === 0) {
      lines.push(`  ${target.now.id}${via}: not paged, ${plan.warnings.join('; ') || 'no contact method'}`);
      continue;
    }
    for (const notification of plan.notifications) {
      const method = methods.find((m) => m.id === notification.contactMethodId);
      if (!method) continue;
      const when = notification.delayMs === 0 ? 'at once' : `after ${formatDuration(notification.delayMs)} unless acknowledged`;
      let fate = '';
      if (URL_CHANNELS.has(method.type as Channel) && onThisMachine(method.address)) {
        fate = (await probe(method.address)) ? '' : ' — nothing listens there now, so that delivery will fail';
      }
      lines.push(`  pages ${target.now.id}${via} by ${method.type} ${shownAddress(method.type, method.address)} ${when}${fate}`);
    }
  }
  return { serviceId: service.id, severityId, lines };
}

/**
 * Only addresses on this machine are probed: the demo's placeholders are, and a start should not
 * connect to hosts elsewhere that the outbound policy has not been asked about.
 */
function onThisMachine(address: string): boolean {
  try {
    const { protocol, hostname } = new URL(address);
    return (protocol === 'http:' || protocol === 'https:') && (/^127\.\d+\.\d+\.\d+$/.test(hostname) || hostname === 'localhost' || hostname === '[::1]');
  } catch {
    return false;
  }
}

/** Whether something accepts TCP connections at a URL's host and port (within 300 ms). */
export function listens(url: string): Promise<boolean> {
  const parsed = new URL(url);
  const port = Number(parsed.port || (parsed.protocol === 'https:' ? 443 : 80));
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (result: boolean) => {
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(300, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}
