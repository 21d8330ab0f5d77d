import type { IncidentSummary, PageContext } from '../channels.js';
import { assertNever } from '../../core/errors.js';
import { escapeCardMarkdown, plainLine, safeHttpUrl } from './escape.js';
import {
  eventText, incidentCount, incidentLink, incidentTitle, runbookLink, serviceName, severityLong, severityShort, statusLabel, testSentence,
  verificationSentence,
} from './wording.js';

export const ADAPTIVE_CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';
/** 1.4 is what Teams and Power Automate's "post card" accept everywhere (1.5 is not on all clients). */
export const ADAPTIVE_CARD_VERSION = '1.4';
/** Incidents shown one by one in a bundled card. */
const LISTED = 10;

type Element = Readonly<Record<string, unknown>>;

export function renderTeams(context: PageContext): { readonly channel: 'teams'; readonly card: Readonly<Record<string, unknown>> } {
  const { body, actions } = content(context);
  return {
    channel: 'teams',
    card: { type: 'AdaptiveCard', $schema: ADAPTIVE_CARD_SCHEMA, version: ADAPTIVE_CARD_VERSION, body, actions, msteams: { width: 'Full' } },
  };
}

function content(context: PageContext): { body: Element[]; actions: Element[] } {
  switch (context.kind) {
    case 'verification':
      return { body: [literal(verificationSentence(context), { size: 'Medium' })], actions: [] };
    case 'test':
      return { body: [literal(testSentence(context))], actions: home(context) };
    case 'page':
    case 'event': {
      const [first] = context.incidents;
      const event = context.kind === 'event' ? eventText(context) : null;
      if (first === undefined) return { body: [literal(event ?? 'You are paged. Open Vigil for details.')], actions: home(context) };
      const ack = context.kind === 'page' ? safeHttpUrl(context.ackUrl) : null;
      const ackAction = ack === null ? [] : [openUrl(context.incidents.length > 1 ? 'Acknowledge all' : 'Acknowledge', ack)];
      if (context.incidents.length > 1) return { body: bundled(context, event), actions: [...ackAction, ...home(context)] };
      return { body: single(first, event), actions: [...ackAction, ...links(first, context)] };
    }
    default:
      return assertNever(context.kind, 'message kind');
  }
}

function single(incident: IncidentSummary, event: string | null): Element[] {
  const heading = event === null ? `${severityShort(incident)} · Incident #${incident.number}` : `Incident #${incident.number} ${event}`;
  return [
    literal(heading, { weight: 'Bolder', color: event === null ? 'Attention' : 'Default', isSubtle: event !== null }),
    literal(incidentTitle(incident), { size: 'Large', weight: 'Bolder' }),
    factSet(incident),
  ];
}

function bundled(context: PageContext, event: string | null): Element[] {
  const count = incidentCount(context.incidents.length);
  const elements: Element[] = [literal(event === null ? `${count} need you` : `${count} ${event}`, { size: 'Medium', weight: 'Bolder', color: event === null ? 'Attention' : 'Default' })];
  for (const incident of context.incidents.slice(0, LISTED)) {
    const service = serviceName(incident);
    const link = incidentLink(incident, context);
    elements.push({
      type: 'Container',
      separator: true,
      items: [
        literal(`#${incident.number} ${severityShort(incident)}${service === null ? '' : ` · ${service}`} (${statusLabel(incident.status)})`, { isSubtle: true }),
        literal(incidentTitle(incident), { weight: 'Bolder' }),
      ],
      ...(link === null ? {} : { selectAction: openUrl('Open incident', link) }),
    });
  }
  const rest = context.incidents.length - LISTED;
  if (rest > 0) elements.push(literal(`…and ${rest} more in Vigil`, { isSubtle: true }));
  return elements;
}

/**
 * Text from outside Vigil goes in TextRuns, which take no markdown; `{{` is split because
 * runs still expand `{{DATE(…)}}` on some renderers.
 */
function literal(text: string, style: Readonly<Record<string, unknown>> = {}): Element {
  const run = plainLine(text).replace(/\{\{/g, '{\u200B{');
  return { type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: run, ...style }] };
}

/** Fact values are markdown in Teams, so they are escaped rather than put in runs. */
function factSet(incident: IncidentSummary): Element {
  const facts = [{ title: 'Severity', value: escapeCardMarkdown(severityLong(incident)) }];
  const service = serviceName(incident);
  if (service !== null) facts.push({ title: 'Service', value: escapeCardMarkdown(service) });
  facts.push({ title: 'Status', value: statusLabel(incident.status) });
  return { type: 'FactSet', facts };
}

function links(incident: IncidentSummary, context: PageContext): Element[] {
  const actions: Element[] = [];
  const link = incidentLink(incident, context);
  if (link !== null) actions.push(openUrl('Open incident', link));
  const runbook = runbookLink(incident);
  if (runbook !== null) actions.push(openUrl('Runbook', runbook));
  return actions;
}

function home(context: PageContext): Element[] {
  const url = safeHttpUrl(context.publicUrl);
  return url === null ? [] : [openUrl('Open Vigil', url)];
}

function openUrl(title: string, url: string): Element {
  return { type: 'Action.OpenUrl', title, url };
}
