/**
 * Where one Vigil process spends its CPU under the comparison's single-event load: (a) of
 * bench/compare.ts, Vigil on SQLite with the service grouping alerts by their group, 50
 * connections, with the server started under `node --cpu-prof`. The profile is summarised by
 * who the time went to (Node.js's HTTP stack, Fastify, Kysely and SQLite, Vigil's own slices,
 * the garbage collector, idle); VIGIL_BENCH_KEEP_PROFILE=<folder> keeps the .cpuprofile for a flame graph (Chrome DevTools'
 * Performance panel or speedscope).
 *
 *   npx tsx bench/profile.ts           # 10 s; writes bench/results/profile-<date>.md and keeps the .cpuprofile in the temp dir it names
 *   npx tsx bench/profile.ts --quick   # 2 s, 10 connections; writes nothing
 *
 * The profiler itself costs the server some throughput, so req/s here is below compare.ts's.
 */
import { randomBytes } from 'node:crypto';
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDatabase } from './support/bench-database.js';
import { benchStart } from './support/bench-start.js';
import { runMain, wasInterrupted } from './support/cleanup.js';
import { runLoad } from './support/load-generator.js';
import { groupedTrigger } from './support/pagerduty-events.js';
import { fixed, machineSection, table, today, writeResult } from './support/report.js';
import { makeTempDir } from './support/temp-dir.js';
import { benchServiceConfig, startVigil } from './support/vigil-server.js';

const quick = process.argv.includes('--quick');
const DURATION_S = quick ? 2 : 10;
const CONNECTIONS = quick ? 10 : 50;
const GROUPS = 10;

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string };
  readonly children?: readonly number[];
}
interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/**
 * Who a sample's own frame belongs to. Native work (SQLite's C code, the kernel's socket writes)
 * shows as the JavaScript frame that called it, so "Kysely and SQLite" includes SQLite itself.
 */
function ownerOf(frame: ProfileNode['callFrame']): string {
  const { url, functionName } = frame;
  if (url === '') {
    if (functionName === '(garbage collector)') return 'garbage collector';
    if (functionName === '(idle)') return 'idle (waiting for work)';
    if (functionName === 'writev' || functionName === 'writeBuffer' || functionName === 'writeUtf8String') return 'Node.js core (HTTP, sockets, streams, timers, crypto)';
    return 'V8 and other native';
  }
  // Compiled (full runs) or the TypeScript sources (quick runs).
  const vigil = /(?:\/\.cache\/vigil-bench\/dist|\/src)\/([a-z-]+)\//.exec(url);
  const module = url.includes('node_modules/.cache/') ? undefined : /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  if (module === undefined && vigil) return `Vigil src/${vigil[1]}`;
  if (module === 'kysely' || module === 'better-sqlite3') return 'Kysely and SQLite';
  if (module === 'fastify' || module?.startsWith('@fastify/') || module === 'find-my-way' || module === 'avvio' || module === 'light-my-request' || module === 'fast-json-stringify' || module === 'ajv' || module === 'pino' || module?.startsWith('@pinojs')) {
    return 'Fastify (routing, hooks, serialisation, logging)';
  }
  if (module !== undefined) return `other packages (${module})`;
  if (url.startsWith('node:internal/modules') || url.startsWith('node:internal/main')) return 'module loading (start-up)';
  if (url.startsWith('node:')) return 'Node.js core (HTTP, sockets, streams, timers, crypto)';
  return 'other';
}

function summarise(profile: CpuProfile): { owner: string; ms: number; share: number }[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    total += delta;
    const node = byId.get(id);
    if (!node) return;
    const owner = ownerOf(node.callFrame);
    totals.set(owner, (totals.get(owner) ?? 0) + delta);
  });
  return [...totals]
    .map(([owner, us]) => ({ owner, ms: us / 1000, share: us / total }))
    .sort((a, b) => b.ms - a.ms);
}

/** The thread id in a --cpu-prof file name (CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile). */
function threadOf(name: string): number {
  return Number(name.split('.')[4] ?? 0);
}

async function main(): Promise<number> {
  const { out, facts, entry } = benchStart(quick);
  const temp = makeTempDir('vigil-bench-profile-');
  const profiles = join(temp.dir, 'profiles');
  const database = await createDatabase('sqlite', temp.dir);
  const key = randomBytes(16).toString('hex');
  const runId = randomBytes(3).toString('hex');
  const config = benchServiceConfig({ id: 'profile', name: 'Profiled service', groupByGroup: true }, [{ type: 'events_v2', key }]);
  process.env.VIGIL_BENCH_NODE_ARGS = `--cpu-prof --cpu-prof-dir=${profiles}`;
  const server = await startVigil({ entry, databaseUrl: database.url, dir: temp.dir, config });
  let n = 0;
  const body = () => groupedTrigger(key, runId, n++, GROUPS);
  out(`Profiling Vigil (SQLite, grouped) under ${CONNECTIONS} connections for ${DURATION_S} s…`);
  const load = await runLoad({ url: server.url, path: '/v2/enqueue', connections: CONNECTIONS, durationS: DURATION_S, body });
  // The profile is written when the process exits.
  await server.stop();
  // One profile per thread: Node names them CPU.<date>.<time>.<pid>.<thread id>.<seq>.cpuprofile,
  // thread 0 the main (HTTP) thread, the next the SQLite writer thread when Vigil runs one.
  const files = readdirSync(profiles)
    .filter((name) => name.endsWith('.cpuprofile'))
    .sort((a, b) => threadOf(a) - threadOf(b));
  if (files.length === 0) throw new Error(`no .cpuprofile in ${profiles}`);
  // The temporary directory goes at exit; VIGIL_BENCH_KEEP_PROFILE names a folder to keep the profiles in.
  const keep = process.env.VIGIL_BENCH_KEEP_PROFILE;
  if (keep) for (const file of files) copyFileSync(join(profiles, file), join(keep, file));
  const rps = load.ok2xx / load.elapsedS;
  const report: string[] = [`${fixed(load.ok2xx)} events answered 202 in ${load.elapsedS.toFixed(1)} s: ${fixed(rps, 0)} a second under the profiler.`];
  let totalBusyMs = 0;
  files.forEach((file, index) => {
    const summary = summarise(JSON.parse(readFileSync(join(profiles, file), 'utf8')) as CpuProfile);
    const busy = summary.filter((s) => !s.owner.startsWith('idle') && s.owner !== 'module loading (start-up)');
    const busyMs = busy.reduce((sum, s) => sum + s.ms, 0);
    totalBusyMs += busyMs;
    // Owners under 0.5% of the profile each are summed into one row.
    const small = summary.filter((s) => s.share < 0.005);
    const shown = [...summary.filter((s) => s.share >= 0.005), ...(small.length > 0 ? [{ owner: `everything else (${small.length} owners under 0.5% each)`, ms: small.reduce((sum, s) => sum + s.ms, 0), share: small.reduce((sum, s) => sum + s.share, 0) }] : [])];
    const rows = shown.map((s) => [s.owner, fixed(s.ms, 0), `${(s.share * 100).toFixed(1)}%`, s.owner.startsWith('idle') || s.owner.startsWith('module') ? '–' : fixed((s.ms * 1000) / load.ok2xx, 1)]);
    const thread = index === 0 ? 'the main thread (HTTP, parsing, answers; the API and the engine)' : 'the SQLite writer thread (ingest group commits)';
    report.push('', `### ${thread}: ${fixed((busyMs * 1000) / load.ok2xx, 1)} µs per event busy (idle and start-up left out)`, '', table(['where the CPU went (self time)', 'ms', 'share of the profile', 'µs per event'], rows, 1));
  });
  report.push('', `Both threads: ${fixed((totalBusyMs * 1000) / load.ok2xx, 1)} µs per event. Busy includes native time the thread spent blocked (the commit's fsync), which is not CPU.`);
  const file = files.join(', ');
  for (const line of report) out(line);
  if (!quick && !wasInterrupted()) {
    const markdown = [
      `# Where Vigil's CPU goes under single-event load, ${today()}`,
      '',
      `Vigil on SQLite (WAL, synchronous=FULL), one service grouping alerts by \`payload.group\` (10 incidents), \`POST /v2/enqueue\` with unique dedup keys from ${CONNECTIONS} autocannon connections for ${DURATION_S} s: the load of (a) in compare-*.md, "Vigil SQLite, grouped by group", with the server under \`node --cpu-prof\` (one profile per thread: the main thread, and the SQLite writer thread that \`vigil serve\` runs ingest's commits on). Self time by owner of the frame; native code (SQLite's C, the commit's fsync, the kernel's socket writes) counts for the JavaScript frame that called it. The profile covers the whole process, start-up included (module loading; Fastify's schema compilation is in the Fastify row), so µs per event slightly overstates the rows that also ran at start.`,
      '',
      ...report,
      '',
      `The profiles (${file}) were in ${profiles}; rerun to get one for a flame graph (Chrome DevTools' Performance panel, or speedscope).`,
      '',
      ...machineSection(facts),
    ].join('\n');
    out(`Written: ${writeResult('profile', markdown)}`);
  }
  await database.destroy();
  return load.non2xx === 0 && load.errors === 0 ? 0 : 1;
}

await runMain(main);
