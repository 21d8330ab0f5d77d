import { expect } from 'vitest';
import { FakeClock } from '../core/clock.js';
import type { CliContext } from '../cli/context.js';
import { runCli } from '../cli/program.js';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs a `vigil` command line in this process, as `bin/vigil.js` would, with only the given
 * environment (nothing from the test process leaks in) and a fake clock.
 */
export async function runVigil(args: readonly string[], options: { env?: Record<string, string>; stdin?: string; clock?: FakeClock } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const ctx: CliContext = {
    out: (text) => (stdout += `${text}\n`),
    err: (text) => (stderr += `${text}\n`),
    env: options.env ?? {},
    clock: options.clock ?? new FakeClock(Date.parse('2026-03-02T10:00:00Z')),
    readStdin: async () => (options.stdin ?? '').replace(/\r?\n$/, ''),
  };
  const code = await runCli(args, ctx);
  return { code, stdout, stderr };
}

/**
 * Checks that every line of a table puts each column where its heading starts: two spaces
 * before it and, for left-aligned columns, the value starting there.
 */
export function expectAligned(lines: readonly string[], rightAligned: readonly string[] = []): void {
  const [heading, ...rows] = lines;
  expect(heading).toBeDefined();
  const columns = [...heading!.matchAll(/\S+(?: \S+)*/g)].map((m) => ({ start: m.index, header: m[0] }));
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    for (const { start, header } of columns.slice(1)) {
      const context = `column ${header} of ${JSON.stringify(row)}`;
      expect(row.slice(start - 2, start), context).toBe('  ');
      if (!rightAligned.includes(header)) expect(row[start], context).toMatch(/\S/);
    }
  }
}
