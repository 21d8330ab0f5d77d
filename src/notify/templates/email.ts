import type { IncidentSummary, PageContext } from '../channels.js';
import { assertNever } from '../../core/errors.js';
import { escapeHtml, fitText, plainLine, safeHttpUrl } from './escape.js';
import {
  eventText, headline, incidentCount, incidentLink, incidentList, incidentTitle, PRODUCT, runbookLink, serviceName, severityLong, statusLabel,
  testSentence, verificationSentence,
} from './wording.js';

/** Subjects past this are cut by mail clients anyway; 78 is the folding width, not a limit. */
const SUBJECT_LIMIT = 180;

const ACK_NOTE = 'The link opens a page where you confirm; nothing is acknowledged until you do.';

type Email = { readonly channel: 'email'; readonly subject: string; readonly text: string; readonly html: string };

export function renderEmail(context: PageContext): Email {
  const subject = fitText(`[${PRODUCT}] ${subjectLine(context)}`, SUBJECT_LIMIT);
  const intro = introduction(context);
  const incidents = context.kind === 'page' || context.kind === 'event' ? context.incidents : [];
  const ackUrl = context.kind === 'page' ? safeHttpUrl(context.ackUrl) : null;
  const home = safeHttpUrl(context.publicUrl);

  const text = [
    intro,
    ...incidents.map((incident) => incidentText(incident, context)),
    ...(ackUrl === null ? [] : [`${ackLabel(context)}: ${ackUrl}\n${ACK_NOTE}`]),
    `-- \n${PRODUCT}${home === null ? '' : ` ${home}`}`,
  ].join('\n\n');

  const html = [
    '<!doctype html>',
    '<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>',
    '<body style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:15px;color:#1f2328;max-width:640px">',
    `<p>${escapeHtml(intro)}</p>`,
    ...incidents.map((incident) => incidentHtml(incident, context)),
    ...(ackUrl === null
      ? []
      : [
          `<p><a href="${escapeHtml(ackUrl)}" style="display:inline-block;padding:10px 16px;background:#1f6feb;color:#ffffff;text-decoration:none;border-radius:6px;font-weight:600">${escapeHtml(ackLabel(context))}</a></p>`,
          `<p style="color:#59636e;font-size:13px">${escapeHtml(ACK_NOTE)}</p>`,
        ]),
    `<p style="color:#59636e;font-size:13px">${home === null ? PRODUCT : `<a href="${escapeHtml(home)}" style="color:#59636e">${PRODUCT}</a>`}</p>`,
    '</body></html>',
  ].join('\n');

  return { channel: 'email', subject, text, html };
}

function subjectLine(context: PageContext): string {
  const { incidents } = context;
  const [first] = incidents;
  switch (context.kind) {
    case 'verification':
      return `Verification code ${plainLine(context.verificationCode ?? '')}`.trim();
    case 'test':
      return 'Test notification';
    case 'page':
      if (first === undefined) return 'You are paged';
      return incidents.length === 1 ? headline(first) : `${incidentCount(incidents.length)}: ${incidentList(incidents, SUBJECT_LIMIT - 30)}`;
    case 'event':
      if (first === undefined) return eventText(context);
      return incidents.length === 1 ? `#${first.number} ${eventText(context)}: ${incidentTitle(first)}` : `${eventText(context)}: ${incidentList(incidents, SUBJECT_LIMIT - 60)}`;
    default:
      return assertNever(context.kind, 'message kind');
  }
}

function introduction(context: PageContext): string {
  switch (context.kind) {
    case 'verification':
      return `${verificationSentence(context)}. If you did not ask for it, ignore this email.`;
    case 'test':
      return testSentence(context);
    case 'page':
      return context.incidents.length <= 1 ? 'You are paged for this incident.' : `You are paged for ${incidentCount(context.incidents.length)}.`;
    case 'event':
      return context.incidents.length === 1
        ? `Incident #${context.incidents[0]?.number ?? ''}: ${eventText(context)}.`
        : `${incidentCount(context.incidents.length)}: ${eventText(context)}.`;
    default:
      return assertNever(context.kind, 'message kind');
  }
}

function ackLabel(context: PageContext): string {
  return context.incidents.length > 1 ? `Acknowledge all ${context.incidents.length}` : 'Acknowledge';
}

function facts(incident: IncidentSummary, context: PageContext): [string, string][] {
  const rows: [string, string][] = [['Severity', severityLong(incident)]];
  const service = serviceName(incident);
  if (service !== null) rows.push(['Service', service]);
  rows.push(['Status', statusLabel(incident.status)]);
  rows.push(['Triggered', utcMinute(incident.triggeredAt)]);
  const link = incidentLink(incident, context);
  if (link !== null) rows.push(['Incident', link]);
  const runbook = runbookLink(incident);
  if (runbook !== null) rows.push(['Runbook', runbook]);
  return rows;
}

function incidentText(incident: IncidentSummary, context: PageContext): string {
  const rows = facts(incident, context).map(([label, value]) => `  ${`${label}:`.padEnd(11)}${value}`);
  return [headline(incident), ...rows].join('\n');
}

function incidentHtml(incident: IncidentSummary, context: PageContext): string {
  const cells = facts(incident, context).map(([label, value]) => {
    const shown = label === 'Incident' || label === 'Runbook' ? `<a href="${escapeHtml(value)}">${escapeHtml(value)}</a>` : escapeHtml(value);
    return `<tr><th align="left" style="padding:2px 12px 2px 0;color:#59636e;font-weight:normal">${label}</th><td style="padding:2px 0">${shown}</td></tr>`;
  });
  return [`<h2 style="font-size:17px;margin:20px 0 8px">${escapeHtml(headline(incident))}</h2>`, `<table role="presentation" cellspacing="0" cellpadding="0">`, ...cells, '</table>'].join('\n');
}

/** `2024-03-01 03:14 UTC`: the recipient's time zone is not known here. */
function utcMinute(epochMs: number): string {
  return `${new Date(epochMs).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
