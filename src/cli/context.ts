import { systemClock, type Clock } from '../core/clock.js';

/**
 * What a command reads and writes besides its arguments. `vigil` passes the process's own;
 * tests pass their own, so every command runs in-process against a real database.
 */
export interface CliContext {
  /** One line of the command's result, on standard output. */
  readonly out: (text: string) => void;
  /** One line of notice, on standard error: kept apart so `--json` output stays parseable. */
  readonly err: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly clock: Clock;
  /** Standard input, without its final newline (`--password-stdin`). */
  readonly readStdin: () => Promise<string>;
}

async function readProcessStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

export function processContext(): CliContext {
  return {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    env: process.env,
    clock: systemClock,
    readStdin: readProcessStdin,
  };
}
