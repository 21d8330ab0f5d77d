import type { IncidentSummary, PageContext } from '../channels.js';
import { assertNever } from '../../core/errors.js';
import { escapeSlack, fitText, plainLine } from './escape.js';
import {
  eventText, headline, incidentCount, incidentLink, incidentList, incidentTitle, PRODUCT, runbookLink, serviceName, severityLong, severityShort, statusLabel,
  testSentence, verificationSentence,
} from './wording.js';

/** Interactive buttons; Vigil's Slack interaction endpoint acts on these ids. */
export const SLACK_ACK_ACTION = 'vigil_ack';
export const SLACK_RESOLVE_ACTION = 'vigil_resolve';

/** Block Kit limits (api.slack.com/reference/block-kit): header text, button value, field text. */
const HEADER_LIMIT = 150;
const VALUE_LIMIT = 2000;
const FIELD_LIMIT = 2000;
/** Incidents shown one by one in a bundled post; Slack allows 50 blocks in a message. */
const LISTED = 10;

type Block = Readonly<Record<string, unknown>>;
type SlackMessage = { readonly channel: 'slack'; readonly text: string; readonly blocks: readonly Block[] };

/** The button value: JSON naming the incidents, as many as Slack's 2,000 characters hold. */
export function slackActionValue(incidentIds: readonly string[]): string {
  const kept: string[] = [];
  for (const id of incidentIds) {
    if (JSON.stringify({ incident_ids: [...kept, id] }).length > VALUE_LIMIT) break;
    kept.push(id);
  }
  return JSON.stringify({ incident_ids: kept });
}

/** The incident ids in a button value written by `slackActionValue`; empty for anything else. */
export function readSlackActionValue(value: string): string[] {
  try {
    const parsed: unknown = JSON.parse(value);
    if (typeof parsed !== 'object' || parsed === null || !('incident_ids' in parsed) || !Array.isArray(parsed.incident_ids)) return [];
    return parsed.incident_ids.filter((id: unknown): id is string => typeof id === 'string' && id !== '');
  } catch {
    return [];
  }
}

export function renderSlack(context: PageContext): SlackMessage {
  switch (context.kind) {
    case 'verification': {
      const code = escapeSlack(plainLine(context.verificationCode ?? ''));
      return { channel: 'slack', text: escapeSlack(verificationSentence(context)), blocks: [section(`Your ${PRODUCT} verification code is *${code}*`)] };
    }
    case 'test':
      return { channel: 'slack', text: escapeSlack(testSentence(context)), blocks: [section(escapeSlack(testSentence(context)))] };
    case 'page':
      return context.incidents.length > 1 ? bundledPage(context) : singleMessage(context, null);
    case 'event':
      return singleMessage(context, eventText(context));
    default:
      return assertNever(context.kind, 'message kind');
  }
}

function singleMessage(context: PageContext, event: string | null): SlackMessage {
  const [incident] = context.incidents;
  if (incident === undefined) {
    const text = escapeSlack(event ?? 'You are paged. Open Vigil for details.');
    return { channel: 'slack', text, blocks: [section(text)] };
  }
  if (event !== null && context.incidents.length > 1) return bundledEvent(context, event);
  const title = event === null ? `🚨 ${headline(incident)}` : `#${incident.number} ${event}: ${incidentTitle(incident)}`;
  // A status update informs (stakeholders among its readers): it carries no Acknowledge or Resolve.
  const informs = context.kind === 'event' && context.event?.type === 'status_update';
  const buttons = [...(informs ? [] : incidentButtons([incident])), ...linkButtons(incident, context)];
  const blocks: Block[] = [
    { type: 'header', text: { type: 'plain_text', text: fitText(title, HEADER_LIMIT), emoji: true } },
    { type: 'section', fields: fields(incident) },
    // Slack refuses an actions block without elements.
    ...(buttons.length === 0 ? [] : [{ type: 'actions', elements: buttons }]),
  ];
  return { channel: 'slack', text: escapeSlack(event === null ? headline(incident) : title), blocks };
}

function bundledPage(context: PageContext): SlackMessage {
  const count = incidentCount(context.incidents.length);
  const blocks: Block[] = [
    { type: 'header', text: { type: 'plain_text', text: `🚨 ${count} need you`, emoji: true } },
    ...listed(context),
    { type: 'actions', elements: incidentButtons(context.incidents) },
  ];
  return { channel: 'slack', text: escapeSlack(`${count}: ${incidentList(context.incidents, 300)}`), blocks };
}

function bundledEvent(context: PageContext, event: string): SlackMessage {
  const text = escapeSlack(`${incidentCount(context.incidents.length)} ${event}`);
  return { channel: 'slack', text, blocks: [section(`*${text}*`), ...listed(context)] };
}

function listed(context: PageContext): Block[] {
  const blocks: Block[] = context.incidents.slice(0, LISTED).map((incident) => {
    const service = serviceName(incident);
    const line = `*#${incident.number} ${escapeSlack(severityShort(incident))}${service === null ? '' : ` · ${escapeSlack(service)}`}* (${statusLabel(incident.status)})`;
    const link = incidentLink(incident, context);
    return {
      ...section(fitText(`${line}\n${escapeSlack(incidentTitle(incident))}`, FIELD_LIMIT)),
      ...(link === null ? {} : { accessory: linkButton('Open', link, `vigil_open_${incident.number}`) }),
    };
  });
  const rest = context.incidents.length - LISTED;
  if (rest > 0) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `…and ${rest} more in Vigil` }] });
  return blocks;
}

/** `verbatim` keeps Slack from turning names in incident text into links or mentions. */
function section(mrkdwn: string): Block {
  return { type: 'section', text: { type: 'mrkdwn', text: mrkdwn, verbatim: true } };
}

function fields(incident: IncidentSummary): Block[] {
  const rows: [string, string][] = [['Severity', severityLong(incident)], ['Status', statusLabel(incident.status)]];
  const service = serviceName(incident);
  if (service !== null) rows.splice(1, 0, ['Service', service]);
  return rows.map(([label, value]) => ({ type: 'mrkdwn', text: fitText(`*${label}*\n${escapeSlack(value)}`, FIELD_LIMIT), verbatim: true }));
}

/** Acknowledge while someone still has to; resolve until resolved. */
function incidentButtons(incidents: readonly IncidentSummary[]): Block[] {
  const value = slackActionValue(incidents.map((i) => i.id));
  const many = incidents.length > 1;
  const buttons: Block[] = [];
  if (incidents.some((i) => i.status === 'triggered')) {
    buttons.push({ type: 'button', action_id: SLACK_ACK_ACTION, style: 'primary', value, text: { type: 'plain_text', text: many ? 'Acknowledge all' : 'Acknowledge' } });
  }
  if (incidents.some((i) => i.status !== 'resolved')) {
    buttons.push({
      type: 'button', action_id: SLACK_RESOLVE_ACTION, style: 'danger', value, text: { type: 'plain_text', text: many ? 'Resolve all' : 'Resolve' },
      confirm: {
        title: { type: 'plain_text', text: many ? `Resolve ${incidentCount(incidents.length)}?` : 'Resolve the incident?' },
        text: { type: 'plain_text', text: 'Resolve only when the impact has ended.' },
        confirm: { type: 'plain_text', text: 'Resolve' }, deny: { type: 'plain_text', text: 'Cancel' }, style: 'danger',
      },
    });
  }
  return buttons;
}

function linkButtons(incident: IncidentSummary, context: PageContext): Block[] {
  const buttons: Block[] = [];
  const link = incidentLink(incident, context);
  if (link !== null) buttons.push(linkButton('Open incident', link, 'vigil_open_incident'));
  const runbook = runbookLink(incident);
  if (runbook !== null) buttons.push(linkButton('Runbook', runbook, 'vigil_open_runbook'));
  return buttons;
}

/** Link buttons still send an interaction; Vigil acknowledges those and does nothing else. */
function linkButton(label: string, url: string, actionId: string): Block {
  return { type: 'button', action_id: actionId, url, text: { type: 'plain_text', text: label } };
}
