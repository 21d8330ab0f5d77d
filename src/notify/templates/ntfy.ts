import type { IncidentSummary, PageContext, RenderedMessage } from '../channels.js';
import { assertNever } from '../../core/errors.js';
import { fitText, plainLine, safeHttpUrl } from './escape.js';
import {
  eventText, incidentCount, incidentLink, incidentTitle, PRODUCT, runbookLink, serviceName, severityLong, severityShort, statusLabel,
  testSentence, verificationSentence,
} from './wording.js';

type Ntfy = Extract<RenderedMessage, { channel: 'ntfy' }>;
type Priority = Ntfy['priority'];
type Action = Ntfy['actions'][number];

/** ntfy shows at most three actions on a notification. */
const MAX_ACTIONS = 3;
/** Titles longer than this are cut by the apps; the message carries the rest. */
const TITLE_LIMIT = 120;
/** Incidents listed one per line in a bundled message. */
const LISTED = 10;

/**
 * Priority 5 (urgent: long vibration, bypasses Do Not Disturb on Android) for high-urgency
 * pages, 3 (default) for low-urgency pages, tests and codes, 2 (low: no sound) for event posts.
 */
export function ntfyPriority(context: PageContext): Priority {
  switch (context.kind) {
    case 'page':
      return context.incidents.some((i) => i.urgency === 'high') ? 5 : 3;
    case 'event':
      return 2;
    case 'test':
    case 'verification':
      return 3;
    default:
      return assertNever(context.kind, 'message kind');
  }
}

export function renderNtfy(context: PageContext): Ntfy {
  const priority = ntfyPriority(context);
  const home = safeHttpUrl(context.publicUrl);
  const [first] = context.incidents;
  switch (context.kind) {
    case 'verification':
      return { channel: 'ntfy', title: `${PRODUCT} verification`, message: verificationSentence(context), priority, tags: ['key'], actions: [], click: null };
    case 'test':
      return { channel: 'ntfy', title: `${PRODUCT} test`, message: testSentence(context), priority, tags: ['test_tube'], actions: [], click: home };
    case 'page':
    case 'event': {
      const event = context.kind === 'event' ? eventText(context) : null;
      if (first === undefined) return { channel: 'ntfy', title: PRODUCT, message: event ?? 'You are paged.', priority, tags: ['rotating_light'], actions: [], click: home };
      const single = context.incidents.length === 1;
      const title = single
        ? event === null ? label(first) : `#${first.number} ${event}`
        : `${incidentCount(context.incidents.length)}${event === null ? ' need you' : ` ${event}`}`;
      const message = single ? details(context) : lines(context);
      const actions: Action[] = [];
      const ack = context.kind === 'page' ? safeHttpUrl(context.ackUrl) : null;
      if (ack !== null) actions.push({ label: single ? 'Acknowledge' : 'Acknowledge all', url: ack });
      const link = single ? incidentLink(first, context) : home;
      if (link !== null) actions.push({ label: single ? 'Open incident' : 'Open Vigil', url: link });
      const runbook = single ? runbookLink(first) : null;
      if (runbook !== null) actions.push({ label: 'Runbook', url: runbook });
      return { channel: 'ntfy', title: fitText(title, TITLE_LIMIT), message, priority, tags: tags(context, event), actions: actions.slice(0, MAX_ACTIONS), click: link };
    }
    default:
      return assertNever(context.kind, 'message kind');
  }
}

/** `SEV-1 #42 Checkout API`: the title line; the incident's own title leads the message. */
function label(incident: IncidentSummary): string {
  const service = serviceName(incident);
  return `${severityShort(incident)} #${incident.number}${service === null ? '' : ` ${service}`}`;
}

function lines(context: PageContext): string {
  const shown = context.incidents.slice(0, LISTED).map((i) => fitText(`#${i.number} ${severityShort(i)}: ${incidentTitle(i)}`, TITLE_LIMIT));
  const rest = context.incidents.length - shown.length;
  return [...shown, ...(rest > 0 ? [`…and ${rest} more`] : [])].join('\n');
}

function details(context: PageContext): string {
  const [incident] = context.incidents;
  if (incident === undefined) return '';
  const service = serviceName(incident);
  const lines = [incidentTitle(incident), `Severity: ${severityLong(incident)}`];
  if (service !== null) lines.push(`Service: ${service}`);
  lines.push(`Status: ${statusLabel(incident.status)}`);
  return lines.join('\n');
}

/** The first tag is an emoji shortcode ntfy shows before the title; the others show as text. */
function tags(context: PageContext, event: string | null): string[] {
  const type = context.event?.type;
  const emoji =
    event === null ? (ntfyPriority(context) === 5 ? 'rotating_light' : 'warning')
    : type === 'resolved' ? 'white_check_mark'
    : type === 'acknowledged' ? 'eyes'
    : 'information_source';
  const severities = [...new Set(context.incidents.map((i) => plainLine(i.severity.id)).filter((s) => s !== ''))];
  return [emoji, ...severities.slice(0, 3)];
}
