/**
 * Servers the benchmarks start as their own processes (Vigil, Alertmanager, the bare Fastify
 * server): started in their own process group, their output captured and counted by level, ready
 * once a URL answers 200, always stopped (TERM, then KILL) on the way out.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { lastResortOnExit, onCleanup } from './cleanup.js';

export interface ProcessLog {
  readonly countsByLevel: Record<string, number>;
  readonly notable: string[];
  readonly tail: string[];
  exit: { code: number | null; signal: NodeJS.Signals | null; expected: boolean } | null;
}

export interface RunningProcess {
  readonly pid: number;
  readonly log: ProcessLog;
  readonly stop: () => Promise<void>;
}

const LEVEL_NAMES: Record<number, string> = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'warn', 50: 'error', 60: 'fatal' };
const MAX_NOTABLE = 40;
const MAX_TAIL = 40;

export const emptyLog = (): ProcessLog => ({ countsByLevel: {}, notable: [], tail: [], exit: null });

/** Vigil logs JSON lines (pino, numeric levels); Alertmanager logfmt (`level=warn`). */
function recordOutput(log: ProcessLog, stream: 'stdout' | 'stderr', line: string): void {
  if (line.trim() === '') return;
  log.tail.push(`[${stream}] ${line}`);
  if (log.tail.length > MAX_TAIL) log.tail.shift();
  let level = 'text';
  const logfmt = /(?:^|\s)level=(\w+)/.exec(line);
  if (logfmt?.[1]) level = logfmt[1];
  else {
    try {
      const parsed = JSON.parse(line) as { level?: unknown };
      if (typeof parsed.level === 'number') level = LEVEL_NAMES[parsed.level] ?? String(parsed.level);
    } catch {
      if (stream === 'stderr') level = 'stderr';
    }
  }
  log.countsByLevel[level] = (log.countsByLevel[level] ?? 0) + 1;
  const notable = level === 'warn' || level === 'error' || level === 'fatal' || level === 'stderr';
  if (notable && log.notable.length < MAX_NOTABLE) log.notable.push(line.length > 2_000 ? `${line.slice(0, 2_000)}…` : line);
}

function lineReader(onLine: (line: string) => void): (chunk: Buffer) => void {
  let pending = '';
  return (chunk) => {
    pending += chunk.toString('utf8');
    let newline = pending.indexOf('\n');
    while (newline >= 0) {
      onLine(pending.slice(0, newline));
      pending = pending.slice(newline + 1);
      newline = pending.indexOf('\n');
    }
  };
}

function killTree(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    // Children started detached lead their own process group.
    process.kill(-child.pid, signal);
  } catch {
    child.kill(signal);
  }
}

/** Spawns a process in its own group, captures its output, registers its stop (TERM, then KILL). */
function startProcess(label: string, command: string, args: readonly string[], options: { cwd: string; env: NodeJS.ProcessEnv; stopTimeoutMs: number }): RunningProcess {
  const log = emptyLog();
  const child = spawn(command, [...args], { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const forget = lastResortOnExit(() => killTree(child, 'SIGKILL'));
  child.stdout?.on('data', lineReader((line) => recordOutput(log, 'stdout', line)));
  child.stderr?.on('data', lineReader((line) => recordOutput(log, 'stderr', line)));
  let stopping = false;
  const exited = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      forget();
      log.exit = { code, signal, expected: stopping };
      resolve();
    });
    child.once('error', (error) => {
      recordOutput(log, 'stderr', `could not run ${command}: ${error.message}`);
      forget();
      log.exit = { code: null, signal: null, expected: false };
      resolve();
    });
  });
  const stop = onCleanup(`stop ${label} (pid ${child.pid})`, async () => {
    if (log.exit) return;
    stopping = true;
    killTree(child, 'SIGTERM');
    const timer = setTimeout(() => killTree(child, 'SIGKILL'), options.stopTimeoutMs);
    await exited;
    clearTimeout(timer);
  });
  return { pid: child.pid ?? -1, log, stop };
}

async function waitUntilReady(name: string, url: string, log: ProcessLog, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (log.exit) throw new Error(`${name} exited during start-up (code ${log.exit.code}, signal ${log.exit.signal}):\n${log.tail.join('\n')}`);
    if (Date.now() > deadline) throw new Error(`${name} was not ready within ${timeoutMs / 1000} s:\n${log.tail.join('\n')}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await sleep(100);
  }
}

/**
 * Starts `command` as the server `name` and waits until `readyUrl` answers 200; a server that
 * exits first, or is not ready within `readyTimeoutMs`, is stopped and the start fails.
 */
export async function startServerProcess(
  name: string,
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; stopTimeoutMs: number; readyUrl: string; readyTimeoutMs: number },
): Promise<RunningProcess> {
  const child = startProcess(name, command, args, options);
  try {
    await waitUntilReady(name, options.readyUrl, child.log, options.readyTimeoutMs);
  } catch (error) {
    await child.stop();
    throw error;
  }
  return child;
}

/** A server's output for the report: lines by level, how it exited, its warnings and errors. */
export function processLogLines(name: string, log: ProcessLog): string[] {
  const counts = Object.entries(log.countsByLevel).map(([level, count]) => `${level} ${count}`).join(', ');
  const exit = log.exit;
  const exitText = exit ? `exited with code ${exit.code}${exit.signal ? `, signal ${exit.signal}` : ''}${exit.expected ? ' after SIGTERM' : ' UNEXPECTEDLY'}` : 'still running';
  const lines = [`${name}: output lines by level: ${counts || 'none'}; ${exitText}`];
  for (const line of log.notable) lines.push(`  ${line}`);
  if (exit && !exit.expected) for (const line of log.tail) lines.push(`  tail: ${line}`);
  return lines;
}
