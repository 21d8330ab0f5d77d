/** The machine and the code a benchmark ran on, recorded in every report. */
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { ROOT } from './paths.js';

/** The short commit, marked when the tree has uncommitted changes. */
export function gitCommit(): string {
  const git = (...args: string[]) => {
    try {
      return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return '';
    }
  };
  const commit = git('rev-parse', '--short', 'HEAD') || 'unknown';
  const dirty = git('--no-optional-locks', 'status', '--porcelain', '--untracked-files=no') !== '';
  return dirty ? `${commit} (with uncommitted changes)` : commit;
}

/** `os.loadavg()`: 1, 5 and 15 minutes. */
export const loadAverage = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' / ');

const LOAD_AT_START = 'load average at start (1 / 5 / 15 min)';

/** The machine and the code, for the report; the load average is the one when the run started. */
export function machineFacts(): Record<string, string> {
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: String(os.cpus().length),
    memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    commit: gitCommit(),
    [LOAD_AT_START]: loadAverage(),
  };
}

/** The console line that sets the load average at the start of a run beside the one at its end. */
export const loadAverageLine = (facts: Readonly<Record<string, string>>, loadAtEnd: string) =>
  `Load average (1 / 5 / 15 min): ${facts[LOAD_AT_START]} at start, ${loadAtEnd} at end`;
