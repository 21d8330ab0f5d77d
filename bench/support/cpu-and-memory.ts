/**
 * What a server process costs, read from /proc: its resident memory, where the machine's CPU went
 * during a run (the server, PostgreSQL, the load generator, everything else), and when a server
 * has finished the work still in flight.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';


/** Resident memory (VmRSS) and its peak (VmHWM) of a process, in MB (10⁶ bytes). */
export function memoryOf(pid: number): { rssMB: number; peakMB: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  // /proc says kB and means KiB.
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMB: (kib('VmRSS') * 1024) / 1e6, peakMB: (kib('VmHWM') * 1024) / 1e6 };
}

let clockTicks: number | undefined;
function ticksPerSecond(): number {
  if (clockTicks === undefined) {
    try {
      clockTicks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      clockTicks = 100;
    }
  }
  return clockTicks;
}

/** CPU time (user + system) a process has used, in seconds; 0 once it is gone. */
function processCpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After the command: state is field 3, utime 14 and stime 15 (1-based, man 5 proc).
    return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond();
  } catch {
    return 0;
  }
}

function postgresPids(): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === 'postgres') pids.push(Number(entry));
    } catch {
      // Gone meanwhile.
    }
  }
  return pids;
}

/** Busy CPU seconds of the whole machine (all cores), from /proc/stat. */
function machineBusySeconds(): number {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
  const values = line.trim().split(/\s+/).slice(1, 9).map(Number);
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = values;
  return (user + nice + system + irq + softirq + steal) / ticksPerSecond();
}

/** Percent of one core over a stretch of time; up to 100 × cores. */
export interface CpuShares {
  readonly server: number;
  readonly loadGenerator: number;
  readonly postgres: number;
  /** Every other process on the machine: what competes with the benchmark. */
  readonly other: number;
}

/** Measures where the machine's CPU went between `start` and `stop`. */
export function cpuMeter(serverPid: number): { stop: () => CpuShares } {
  const t0 = process.hrtime.bigint();
  const server0 = processCpuSeconds(serverPid);
  const self0 = process.cpuUsage();
  const pgPids = postgresPids();
  const pg0 = new Map(pgPids.map((pid) => [pid, processCpuSeconds(pid)]));
  const busy0 = machineBusySeconds();
  return {
    stop: () => {
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      const server = processCpuSeconds(serverPid) - server0;
      const self = process.cpuUsage(self0);
      const loadGenerator = (self.user + self.system) / 1e6;
      let postgres = 0;
      for (const pid of new Set([...pgPids, ...postgresPids()])) postgres += Math.max(0, processCpuSeconds(pid) - (pg0.get(pid) ?? 0));
      const busy = machineBusySeconds() - busy0;
      const pct = (value: number) => (100 * value) / seconds;
      return { server: pct(server), loadGenerator: pct(loadGenerator), postgres: pct(postgres), other: pct(Math.max(0, busy - server - loadGenerator - postgres)) };
    },
  };
}

/**
 * Waits until requests still in flight when a load stopped have been dealt with: `read` (a count
 * the server's work changes) gives the same value twice a second apart and the server used under
 * 5% of a core in that second (a long transaction changes no count until it commits). Gives up
 * after `maxMs`, returning the last value.
 */
export async function quiesced(pid: number, read: () => Promise<number>, maxMs = 600_000): Promise<number> {
  const deadline = Date.now() + maxMs;
  let previous = await read();
  for (;;) {
    const cpu0 = processCpuSeconds(pid);
    await sleep(1_000);
    const current = await read();
    const busy = processCpuSeconds(pid) - cpu0;
    if ((current === previous && busy < 0.05) || Date.now() > deadline) return current;
    previous = current;
  }
}
