/** Formatting the figures and writing the result files, bench/results/<name>-<date>.md. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { RESULTS_DIR, ROOT } from './paths.js';

export const fixed = (value: number, digits = 0) =>
  Number.isFinite(value) ? value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : '–';

/** A Markdown table, padded to read well as text too; columns from `numericFrom` on align right. */
export function table(header: readonly string[], rows: readonly (readonly string[])[], numericFrom: number): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const numeric = (i: number) => i >= numericFrom;
  const line = (cells: readonly string[]) => `| ${cells.map((cell, i) => (numeric(i) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (numeric(i) ? `${'-'.repeat(w + 1)}:` : `:${'-'.repeat(w + 1)}`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

export const today = () => new Date().toISOString().slice(0, 10);

/** The closing sections of every result file: the checks that were made and the servers' output. */
export function checksAndOutput(checks: readonly string[], serverOutput: readonly string[]): string[] {
  return ['## Checks', '', ...checks.map((line) => `- ${line}`), '', '## Server output', '', '```', ...serverOutput, '```', ''];
}

/** A result file's machine section; `loadAtEnd`, when given, is the load average as the run ended. */
export function machineSection(facts: Readonly<Record<string, string>>, loadAtEnd?: string): string[] {
  return [
    '## Machine',
    '',
    ...Object.entries(facts).map(([name, value]) => `- ${name}: ${value}`),
    ...(loadAtEnd === undefined ? [] : [`- load average at end (1 / 5 / 15 min): ${loadAtEnd}`]),
    '',
  ];
}

/** On the console: a blank line, the title, then the lines indented by two spaces. */
export function printList(out: (text?: string) => void, title: string, lines: readonly string[]): void {
  out();
  out(title);
  for (const line of lines) out(`  ${line}`);
}

/** Writes bench/results/<name>-<date>.md and returns its path relative to the repository. */
export function writeResult(name: string, markdown: string): string {
  const file = join(RESULTS_DIR, `${name}-${today()}.md`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`);
  return relative(ROOT, file);
}
