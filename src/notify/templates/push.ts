import type { IncidentSummary, PageContext, PushPayload, RenderedMessage } from '../channels.js';
import { assertNever } from '../../core/errors.js';
import { fitText } from './escape.js';
import { eventText, incidentCount, incidentList, incidentTitle, PRODUCT, serviceName, severityShort, testSentence, verificationSentence } from './wording.js';

type Push = Extract<RenderedMessage, { channel: 'push' }>;

/**
 * The most a push message may carry: RFC 8291's aes128gcm puts one record of 4096 bytes on the
 * wire, of which the header (86), the padding delimiter (1) and the tag (16) take 103.
 */
export const PUSH_PAYLOAD_LIMIT = 3993;
/** Notification titles longer than this are cut by the browsers. */
const TITLE_LIMIT = 120;
const BODY_LIMIT = 240;
/** How long a push service keeps a message for a device that is offline: a page older than this is stale. */
const TTL_SECONDS = { page: 300, test: 300, event: 300, verification: 900 } as const;

/**
 * A browser push notification. What it carries is what a lock screen shows, so it is short and
 * holds no alert labels or annotations: severity, number, service and title, and the links its
 * buttons POST to. One incident: `SEV-1 #42 · Checkout API`, the title and its age, tag
 * `incident-42` (later messages about it replace it), Acknowledge and Resolve. Several
 * bundled for one person: `3 incidents`, one Acknowledge for all of them (resolving several
 * incidents from a lock screen is too easy to do by mistake). Event updates are silent and
 * replace the incident's notification.
 */
export function renderPush(context: PageContext): Push {
  const home = pathOnVigil(context.publicUrl, context.publicUrl) ?? '/';
  const [first] = context.incidents;
  switch (context.kind) {
    case 'verification':
      return message(context, {
        kind: 'verification', title: `${PRODUCT} verification code`, body: verificationSentence(context), tag: 'vigil-verification',
        requireInteraction: false, silent: false, url: home, actions: [], code: context.verificationCode ?? '',
      });
    case 'test':
      return message(context, { kind: 'test', title: `${PRODUCT} test`, body: testSentence(context), tag: 'vigil-test', requireInteraction: false, silent: false, url: home, actions: [] });
    case 'page':
    case 'event': {
      const event = context.kind === 'event' ? eventText(context) : null;
      if (first === undefined) return message(context, { kind: context.kind, title: PRODUCT, body: event ?? 'You are paged.', tag: 'vigil', requireInteraction: false, silent: event !== null, url: home, actions: [] });
      const single = context.incidents.length === 1;
      const numbers = context.incidents.map((i) => i.number);
      const tag = single ? `incident-${first.number}` : `incidents-${Math.min(...numbers)}-${Math.max(...numbers)}`;
      const url = single ? (pathOnVigil(first.url, context.publicUrl) ?? home) : `${home.replace(/\/$/, '')}/incidents`;
      const timestamp = Math.min(...context.incidents.map((i) => i.triggeredAt));
      if (event !== null) {
        const title = single ? `#${first.number} ${event}` : `${incidentCount(context.incidents.length)} ${event}`;
        const body = single ? incidentTitle(first) : incidentList(context.incidents, BODY_LIMIT);
        return message(context, { kind: 'event', title, body, tag, requireInteraction: false, silent: true, url, actions: [], timestamp });
      }
      const actions: PushPayload['actions'][number][] = [];
      const ack = pathOnVigil(context.ackUrl, context.publicUrl);
      if (ack !== null) actions.push({ action: 'acknowledge', title: single ? 'Acknowledge' : 'Acknowledge all', url: ack });
      const resolve = single ? pathOnVigil(context.resolveUrl ?? null, context.publicUrl) : null;
      if (resolve !== null) actions.push({ action: 'resolve', title: 'Resolve', url: resolve });
      const title = single ? label(first) : incidentCount(context.incidents.length);
      const body = single ? `${incidentTitle(first)}${age(first, context.sentAt)}` : incidentList(context.incidents, BODY_LIMIT);
      const high = context.incidents.some((i) => i.urgency === 'high');
      return message(context, { kind: 'page', title, body, tag, requireInteraction: high, silent: false, url, actions, timestamp });
    }
    default:
      return assertNever(context.kind, 'message kind');
  }
}

function message(context: PageContext, payload: PushPayload): Push {
  const high = context.kind === 'page' && context.incidents.some((i) => i.urgency === 'high');
  const urgency = context.kind === 'event' ? 'low' : high ? 'high' : 'normal';
  return { channel: 'push', payload: fit({ ...payload, title: fitText(payload.title, TITLE_LIMIT), body: fitText(payload.body, BODY_LIMIT) }), ttlSeconds: TTL_SECONDS[context.kind], urgency };
}

/** Shortens the body, then the title, until the JSON fits PUSH_PAYLOAD_LIMIT (only absurd public URLs get here). */
function fit(payload: PushPayload): PushPayload {
  let fitted = payload;
  for (const room of [120, 40, 0]) {
    if (Buffer.byteLength(JSON.stringify(fitted)) <= PUSH_PAYLOAD_LIMIT) return fitted;
    fitted = { ...fitted, body: fitText(fitted.body, room), title: fitText(fitted.title, Math.max(room, 40)) };
  }
  // Still too big: the links themselves are. A tap on the notification still opens Vigil.
  return { ...fitted, actions: [], url: '/' };
}

/** `SEV-1 #42 · Checkout API` */
function label(incident: IncidentSummary): string {
  const service = serviceName(incident);
  return `${severityShort(incident)} #${incident.number}${service === null ? '' : ` · ${service}`}`;
}

/** ` · triggered 4 min ago`, from when the message is rendered; nothing when that is not known. */
function age(incident: IncidentSummary, at: number | undefined): string {
  if (at === undefined) return '';
  const minutes = Math.floor(Math.max(0, at - incident.triggeredAt) / 60_000);
  if (minutes < 1) return ' · triggered just now';
  if (minutes < 60) return ` · triggered ${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return ` · triggered ${hours} h${minutes % 60 === 0 ? '' : ` ${minutes % 60} min`} ago`;
  return ` · triggered ${Math.floor(hours / 24)} days ago`;
}

/**
 * A link on Vigil as a path on its origin (`/incidents/42`, `/ack/…`): the service worker runs on
 * that origin and resolves it there, so it works whatever name the browser reached Vigil by.
 * Links elsewhere, or that are not http(s), give null.
 */
export function pathOnVigil(url: string | null, publicUrl: string): string | null {
  if (url === null) return null;
  try {
    const target = new URL(url);
    const base = new URL(publicUrl);
    if (target.origin !== base.origin || (target.protocol !== 'https:' && target.protocol !== 'http:')) return null;
    return `${target.pathname}${target.search}`;
  } catch {
    return null;
  }
}
