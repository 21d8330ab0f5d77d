import { HANDOFF_NEXT_STEPS } from '../incidents/handoff-text.js';

/**
 * The escalation hand-off, pure: an incident's facts in the guide's shape (Incident, Started,
 * Impact, What we've tried, Current state, Evidence, Next steps needed), as Markdown whose
 * interpolated text is escaped, so an alert's or a note's words never become structure.
 */

export interface HandoffFacts {
  readonly number: number;
  readonly title: string;
  readonly severity: { readonly id: string; readonly name: string };
  readonly service: string | null;
  readonly status: string;
  readonly commander: string | null;
  readonly description: string | null;
  readonly triggeredAt: number;
  readonly now: number;
  /** The latest status updates, newest first: the stakeholder one states the impact. */
  readonly latestStakeholderUpdate: { readonly status: string; readonly message: string; readonly at: number } | null;
  readonly latestUpdate: { readonly status: string; readonly message: string; readonly at: number } | null;
  /**
   * "Cost so far", a line under Impact once the cost of downtime can be estimated for the incident
   * (it is computed elsewhere); null leaves the line out.
   */
  readonly costSoFar: string | null;
  /** Timeline entries, oldest first. */
  readonly timeline: readonly { readonly at: number; readonly kind: string; readonly actor: string; readonly message: string }[];
  readonly alerts: readonly { readonly summary: string; readonly status: string; readonly links: readonly string[] }[];
  readonly roles: readonly { readonly name: string; readonly user: string | null }[];
  readonly nextUpdateDueAt: number | null;
}

export interface Handoff {
  readonly markdown: string;
  readonly sections: {
    readonly incident: string;
    readonly started: string;
    readonly impact: string;
    readonly tried: readonly string[];
    readonly tried_earlier: number;
    readonly current_state: readonly string[];
    readonly evidence: readonly string[];
    readonly next_steps: string;
  };
}

/** What the timeline holds that counts as something tried. */
const TRIED_KINDS = new Set(['note', 'runbook_step', 'escalated', 'commander_changed', 'role_assigned', 'role_cleared', 'severity_changed']);
const TRIED_SHOWN = 20;
const EVIDENCE_LINKS = 15;
const FIRING_SUMMARIES = 5;

/**
 * Text made inert inside a Markdown line: one line, and the characters that would start
 * emphasis, code, links, HTML, tables or headings escaped; at the start, list and quote markers too.
 */
export function escapeMarkdown(text: string): string {
  const line = text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  const inline = line.replace(/[\\`*_{}[\]()<>#|~!]/g, (c) => `\\${c}`);
  return inline.replace(/^([-+>=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

export function utcTime(ms: number): string {
  return new Date(ms).toISOString().slice(11, 16);
}

function utcDateTime(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export function age(ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours}h ${minutes % 60}m`;
  return `${Math.floor(hours / 24)}d ${hours % 24}h`;
}

const HTTP_LINK = /https?:\/\/[^\s<>"'`)\]]+/g;

function httpLinks(text: string): string[] {
  return (text.match(HTTP_LINK) ?? []).map((link) => link.replace(/[.,;:!?]+$/, ''));
}

function isHttp(link: string): boolean {
  try {
    const url = new URL(link);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** A link as Markdown that shows the address itself, so nothing hides where it goes. */
function markdownLink(link: string): string {
  return `<${link.replace(/[<>\s]/g, encodeURIComponent)}>`;
}

export function buildHandoff(facts: HandoffFacts): Handoff {
  const e = escapeMarkdown;
  const incident = `#${facts.number} ${e(facts.title)} — ${e(facts.severity.id)} (${e(facts.severity.name)}), service ${facts.service === null ? 'none' : e(facts.service)}, ${e(facts.status)}, commander ${facts.commander === null ? 'none' : e(facts.commander)}`;
  const started = `${utcDateTime(facts.triggeredAt)} (${age(facts.now - facts.triggeredAt)} ago)`;
  const impactText = facts.latestStakeholderUpdate?.message ?? facts.description ?? null;
  const impact = impactText === null || impactText.trim() === '' ? 'Not stated' : e(impactText);

  const tried = facts.timeline.filter((entry) => TRIED_KINDS.has(entry.kind));
  const shown = tried.slice(-TRIED_SHOWN);
  const triedLines = shown.map((entry) => `${utcTime(entry.at)} UTC — ${e(entry.message)} (${e(entry.actor)})`);

  const firing = facts.alerts.filter((a) => a.status !== 'resolved');
  const current = [
    `Status: ${e(facts.status)}`,
    `Latest update: ${facts.latestUpdate === null ? 'none posted' : `${e(facts.latestUpdate.status)} at ${utcTime(facts.latestUpdate.at)} UTC — ${e(facts.latestUpdate.message)}`}`,
    `Alerts: ${firing.length} firing, ${facts.alerts.length - firing.length} resolved`,
    `Roles: ${facts.roles.map((r) => `${e(r.name)} ${r.user === null ? 'unassigned' : e(r.user)}`).join('; ') || 'none'}`,
    `Next update due: ${facts.nextUpdateDueAt === null ? 'none expected' : `${utcTime(facts.nextUpdateDueAt)} UTC`}`,
  ];

  const links = [...new Set([...facts.alerts.flatMap((a) => a.links), ...facts.timeline.filter((t) => t.kind === 'note').flatMap((t) => httpLinks(t.message))].filter(isHttp))];
  const evidence = [
    ...links.slice(0, EVIDENCE_LINKS).map(markdownLink),
    ...firing.slice(0, FIRING_SUMMARIES).map((a) => `Firing: ${e(a.summary)}`),
  ];

  const list = (items: readonly string[], empty: string) => (items.length === 0 ? `_${empty}_` : items.map((item) => `- ${item}`).join('\n'));
  const triedBlock = `${tried.length > shown.length ? `_${tried.length - shown.length} earlier entries not shown._\n\n` : ''}${list(triedLines, 'Nothing recorded yet.')}`;
  const markdown = [
    `# Escalation hand-off: incident #${facts.number}`,
    '',
    '## Incident',
    incident,
    '',
    '## Started',
    started,
    '',
    '## Impact',
    impact,
    ...(facts.costSoFar === null ? [] : ['', `Cost so far: ${e(facts.costSoFar)}`]),
    '',
    "## What we've tried",
    triedBlock,
    '',
    '## Current state',
    list(current, ''),
    '',
    '## Evidence',
    list(evidence, 'No links or firing alerts.'),
    '',
    `## ${HANDOFF_NEXT_STEPS}`,
    '',
  ].join('\n');
  return {
    markdown,
    sections: { incident, started, impact, tried: triedLines, tried_earlier: tried.length - shown.length, current_state: current, evidence, next_steps: '' },
  };
}
