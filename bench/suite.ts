/**
 * The whole benchmark suite, one script after another: ingest, engine, compare, page-latency,
 * storm, black-hole, profile, sse and console.
 *
 *   npm run bench          # full: builds Vigil once (npm run build into node_modules/.cache/vigil-bench/dist),
 *                          # every script measures that compiled code and writes bench/results/<name>-<date>.md
 *   npm run bench:quick    # every script with --quick: tiny loads on the TypeScript sources, writes nothing
 *
 * A script that fails does not stop the others; the suite exits 1 if any failed.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { loadAverage } from './support/machine-facts.js';
import { ROOT } from './support/paths.js';
import { buildVigil } from './support/vigil-server.js';

const quick = process.argv.includes('--quick');
const SCRIPTS = ['ingest', 'engine', 'compare', 'page-latency', 'storm', 'storage-floor', 'black-hole', 'profile', 'sse', 'console'] as const;

const out = (text = '') => process.stdout.write(`${text}\n`);

let current: ReturnType<typeof spawn> | undefined;
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    // The running script cleans up after itself on the same signal.
    interrupted = true;
    current?.kill(signal);
  });
}

function run(script: string, env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const args = ['--import', 'tsx', join(ROOT, 'bench', `${script}.ts`), ...(quick ? ['--quick'] : [])];
    current = spawn(process.execPath, args, { cwd: ROOT, env, stdio: 'inherit' });
    current.once('exit', (code, signal) => {
      current = undefined;
      resolve(code ?? (signal ? 128 : 1));
    });
  });
}

out(`Vigil benchmark suite${quick ? ' (quick: tiny loads, nothing written)' : ''}: ${SCRIPTS.join(', ')}`);
out(`Load average (1 / 5 / 15 min) at start: ${loadAverage()}`);
const env: NodeJS.ProcessEnv = { ...process.env };
if (!quick) {
  try {
    env.VIGIL_BENCH_BUILD = buildVigil(out);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
  out('Vigil runs compiled from that build; bench/engine.ts runs the engine in-process from the TypeScript sources.');
}

const outcomes: { script: string; code: number; seconds: number }[] = [];
for (const script of SCRIPTS) {
  if (interrupted) break;
  out();
  out(`━━━ ${script} ━━━`);
  const started = Date.now();
  const code = await run(script, env);
  outcomes.push({ script, code, seconds: (Date.now() - started) / 1000 });
}

out();
out('Suite summary');
for (const o of outcomes) out(`  ${o.script.padEnd(13)} ${o.code === 0 ? 'ok' : `FAILED (exit ${o.code})`}  ${o.seconds.toFixed(0)} s`);
out(`Load average (1 / 5 / 15 min) at end: ${loadAverage()}`);
process.exit(interrupted ? 130 : outcomes.every((o) => o.code === 0) && outcomes.length === SCRIPTS.length ? 0 : 1);
