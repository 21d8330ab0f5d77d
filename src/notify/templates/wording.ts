import type { IncidentSummary, PageContext } from '../channels.js';
import { fitText, plainLine, safeHttpUrl, textLength } from './escape.js';

/**
 * Words every channel shares, as plain one-line text (not yet escaped for any medium). Keeping
 * them here makes an SMS, an email and a Slack post about the same incident read alike.
 */

export const PRODUCT = 'Vigil';

const STATUS_LABELS: Readonly<Record<IncidentSummary['status'], string>> = {
  triggered: 'Triggered',
  acknowledged: 'Acknowledged',
  resolved: 'Resolved',
};

export function statusLabel(status: IncidentSummary['status']): string {
  return STATUS_LABELS[status];
}

/** `SEV-1`: the severity's id is its short, admin-chosen label; the name is the long one. */
export function severityShort(incident: IncidentSummary): string {
  return plainLine(incident.severity.id);
}

/** `SEV-1 (Critical)`, or just the id when the name adds nothing. */
export function severityLong(incident: IncidentSummary): string {
  const id = plainLine(incident.severity.id);
  const name = plainLine(incident.severity.name);
  return name === '' || name.toLowerCase() === id.toLowerCase() ? id : `${id} (${name})`;
}

export function serviceName(incident: IncidentSummary): string | null {
  const name = incident.service === null ? '' : plainLine(incident.service.name);
  return name === '' ? null : name;
}

export function incidentTitle(incident: IncidentSummary): string {
  const title = plainLine(incident.title);
  const alerts = incident.openAlerts !== undefined && incident.openAlerts > 1 ? ` (${incident.openAlerts} alerts)` : '';
  return `${title === '' ? '(untitled)' : title}${alerts}`;
}

/** `SEV-1 #42 Checkout API: <title>` */
export function headline(incident: IncidentSummary): string {
  const service = serviceName(incident);
  return `${severityShort(incident)} #${incident.number}${service === null ? '' : ` ${service}`}: ${incidentTitle(incident)}`;
}

/** The incident's own page, or Vigil's front page when the stored URL is unusable. */
export function incidentLink(incident: IncidentSummary, context: PageContext): string | null {
  return safeHttpUrl(incident.url) ?? safeHttpUrl(context.publicUrl);
}

export function runbookLink(incident: IncidentSummary): string | null {
  return safeHttpUrl(incident.runbookUrl);
}

/** `Your Vigil verification code is 123456`: the same sentence on every channel. */
export function verificationSentence(context: PageContext): string {
  return `Your ${PRODUCT} verification code is ${plainLine(context.verificationCode ?? '')}`;
}

export function testSentence(context: PageContext): string {
  const who = context.recipient === null ? '' : ` for ${plainLine(context.recipient.name)}`;
  return `This is a test notification from ${PRODUCT}${who}. This contact method works; no action is needed.`;
}

/** `acknowledged by alice`, from the event, else from the incident's status. */
export function eventText(context: PageContext): string {
  const text = context.event === null ? '' : plainLine(context.event.text);
  if (text !== '') return text;
  const first = context.incidents[0];
  return first === undefined ? 'updated' : statusLabel(first.status).toLowerCase();
}

/** `3 incidents` / `1 incident` */
export function incidentCount(count: number): string {
  return `${count} incident${count === 1 ? '' : 's'}`;
}

/** Titles in a list are not cut shorter than this; below it the list shows numbers only. */
const MIN_TITLE = 8;

/**
 * `#42 DB pool…, #43 Disk full` within `budget`. Titles share the room fairly (short ones keep
 * their length, long ones are cut to a common cap); when even that leaves too little per title,
 * fewer incidents are listed with `+N more`, and at the last only the numbers.
 */
export function incidentList(incidents: readonly IncidentSummary[], budget: number): string {
  const titles = incidents.map(incidentTitle);
  for (let shown = incidents.length; shown >= 1; shown--) {
    const more = shown < incidents.length ? ` +${incidents.length - shown} more` : '';
    const labels = incidents.slice(0, shown).map((i) => `#${i.number} `);
    const fixed = labels.reduce((n, label) => n + textLength(label), 0) + 2 * (shown - 1) + textLength(more);
    const fitted = shareRoom(titles.slice(0, shown), budget - fixed);
    if (fitted !== null) return fitted.map((title, index) => `${labels[index] ?? ''}${title}`).join(', ') + more;
  }
  for (let shown = incidents.length; shown >= 1; shown--) {
    const more = shown < incidents.length ? ` +${incidents.length - shown} more` : '';
    const list = incidents.slice(0, shown).map((i) => `#${i.number}`).join(', ') + more;
    if (textLength(list) <= budget) return list;
  }
  return fitText(`${incidents.length} incidents`, budget);
}

/** Cuts titles to the largest common cap that fits `budget`; null when the cap would be too small. */
function shareRoom(titles: readonly string[], budget: number): string[] | null {
  const lengths = titles.map(textLength);
  const total = (cap: number) => lengths.reduce((n, length) => n + Math.min(length, cap), 0);
  if (total(Infinity) <= budget) return [...titles];
  let low = 0;
  let high = Math.max(...lengths);
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (total(mid) <= budget) low = mid;
    else high = mid - 1;
  }
  if (low < MIN_TITLE) return null;
  return titles.map((title) => fitText(title, low));
}
