import { formatUnits } from '../cost/decimal.js';
import { minorDigits } from '../cost/impact-model.js';
import type { PostmortemFacts, TimelineLine } from './postmortem-facts.js';

/** What the export needs; action items are read live when it is made. */
export interface ExportInput {
  readonly title: string;
  readonly summary: string;
  readonly facts: PostmortemFacts;
  readonly timeline: readonly TimelineLine[];
  readonly root_cause: string;
  readonly went_well: string;
  readonly went_wrong: string;
  readonly lessons: string;
  readonly action_items: readonly {
    readonly title: string;
    readonly category: string;
    readonly priority: string;
    readonly owner: string;
    readonly due: string;
    readonly status: string;
  }[];
}

const NONE = '_None recorded._';

/** Text placed inside generated Markdown: one line, no character that would start a block or raw HTML. */
export function inlineText(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/[\\`*_[\]<>]/g, (c) => `\\${c}`)
    .trim();
}

/** Inline text that may start a line: a leading `#`, `-`, `+`, `>`, `|`, `=` or `1.` is escaped. */
export function lineText(text: string): string {
  return inlineText(text).replace(/^([#+\-=>|])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** A table cell: inline text with `|` escaped too. */
export function cellText(text: string): string {
  return inlineText(text).replace(/\|/g, '\\|') || ' ';
}

/** `1 h 5 min`, `45 min`, `30 s`, `2 d 3 h`. */
export function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  return [d > 0 ? `${d} d` : '', h > 0 ? `${h} h` : '', m > 0 || (d === 0 && h === 0) ? `${m} min` : ''].filter(Boolean).join(' ');
}

const hhmm = (iso: string) => iso.slice(11, 16);
const section = (text: string) => (text.trim() === '' ? NONE : text.trim());
const LABELS: Readonly<Record<string, string>> = {
  prevent_recurrence: 'Prevent recurrence', improve_detection: 'Improve detection', improve_response: 'Improve response', follow_up: 'Follow-up',
  high: 'High', medium: 'Medium', low: 'Low', open: 'Open', in_progress: 'In progress', done: 'Done', wont_do: "Won't do",
};
const label = (value: string) => LABELS[value] ?? value;

/**
 * The postmortem in the guide's template. Byte-stable: the same postmortem always exports the
 * same bytes (no export time, fixed order, `\n` line ends, one trailing newline), so exports can
 * be diffed and kept in a repository.
 */
export function postmortemMarkdown(input: ExportInput): string {
  const { facts } = input;
  const out: string[] = [];
  out.push(`# Incident Postmortem: ${facts.date.slice(0, 10)} - ${inlineText(input.title)}`, '');
  out.push('## Incident Summary', '');
  if (input.summary.trim() !== '') out.push(input.summary.trim(), '');
  const severityTime = facts.severity_time.length > 1 ? `; ${facts.severity_time.map((s) => `${formatSeconds(s.seconds)} at ${inlineText(s.id)}`).join(', ')}` : '';
  out.push(
    `- **Date:** ${facts.date.slice(0, 10)} ${hhmm(facts.date)} UTC`,
    `- **Duration:** ${formatSeconds(facts.duration_seconds)}`,
    `- **Severity:** ${inlineText(facts.severity.id)} (${inlineText(facts.severity.name)})${severityTime}`,
    `- **Impact:** ${hhmm(facts.impact.start)}–${hhmm(facts.impact.end)} UTC (${formatSeconds(Math.round(facts.impact.minutes * 60))})`,
    `- **Estimated cost:** ${facts.cost === null ? 'not estimated' : `${formatUnits(BigInt(facts.cost.amount_minor), minorDigits(facts.cost.currency))} ${facts.cost.currency} (${inlineText(facts.cost.formula)})`}`,
    `- **Time to detect:** ${facts.ttd_seconds === null ? 'unknown' : formatSeconds(facts.ttd_seconds)}`,
    `- **Time to acknowledge:** ${facts.tta_seconds === null ? 'not acknowledged' : formatSeconds(facts.tta_seconds)}`,
    `- **Time to resolve:** ${formatSeconds(facts.ttr_seconds)}`,
    `- **Responders:** ${facts.responders.length === 0 ? 'none recorded' : facts.responders.map((r) => `${inlineText(r.name)}${r.roles.length > 0 ? ` (${r.roles.map(inlineText).join(', ')})` : ''}`).join(', ')}`,
  );
  if (facts.paged_no_action.length > 0) out.push(`- **Paged, no action:** ${facts.paged_no_action.map((p) => inlineText(p.name)).join(', ')}`);
  out.push(`- **Incidents:** ${facts.incidents.map((i) => `#${i.number} ${inlineText(i.title)}${i.service === null ? '' : ` (${inlineText(i.service)})`}`).join('; ')}`, '');

  out.push('## Timeline', '');
  const shown = input.timeline.filter((l) => !l.hidden);
  if (shown.length === 0) out.push(NONE, '');
  let day = '';
  for (const line of shown) {
    if (line.at.slice(0, 10) !== day) {
      if (day !== '') out.push('');
      day = line.at.slice(0, 10);
      out.push(`**${day}**`, '');
    }
    out.push(`- ${hhmm(line.at)} UTC — ${inlineText(line.text)}`);
  }
  if (shown.length > 0) out.push('');

  out.push('## Root Cause', '', section(input.root_cause), '');
  out.push('## What Went Well', '', section(input.went_well), '');
  out.push('## What Went Wrong', '', section(input.went_wrong), '');
  out.push('## Action Items', '');
  if (input.action_items.length === 0) out.push(NONE, '');
  else {
    out.push('| Action | Category | Priority | Owner | Due | Status |', '| --- | --- | --- | --- | --- | --- |');
    for (const item of input.action_items) {
      out.push(`| ${[item.title, label(item.category), label(item.priority), item.owner, item.due, label(item.status)].map(cellText).join(' | ')} |`);
    }
    out.push('');
  }
  out.push('## Lessons Learned', '', section(input.lessons));
  return `${out.join('\n')}\n`;
}
