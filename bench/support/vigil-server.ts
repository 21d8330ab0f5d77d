/**
 * Vigil as the benchmarks run it: which code (the compiled build in full runs, the TypeScript
 * sources in quick runs), `vigil serve` as its own process, and the vigil.yaml they give it.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { freePort } from './free-port.js';
import { ROOT } from './paths.js';
import { startServerProcess, type RunningProcess } from './server-process.js';

/** `npm run build` writes here instead of dist/, so a benchmark never leaves a stale dist/ behind. */
export const BUILD_PARENT = join(ROOT, 'node_modules', '.cache', 'vigil-bench');
const BUILD_DIR = join(BUILD_PARENT, 'dist');

export interface VigilEntry {
  /** Arguments for `node` that start the CLI; `serve` goes after them. */
  readonly argv: readonly string[];
  readonly description: string;
}

/**
 * Compiles the sources with the project's build (`npm run build`: tsc -p tsconfig.build.json, and
 * the console into web/dist) into node_modules/.cache/vigil-bench/dist. dist/ itself is not
 * touched: `bin/vigil.js` prefers dist/ when it exists, so a dist/ left behind would make every
 * later `vigil` run use stale code.
 */
export function buildVigil(log: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): string {
  // `npm run build` is two commands (tsc, then the console's build): `npm run build -- --outDir X`
  // would hand --outDir to the second and let tsc write dist/. So the two are run here.
  log(`Building: tsc -p tsconfig.build.json --outDir ${relative(ROOT, BUILD_DIR)}, then the console (scripts/build-console.ts)`);
  const started = Date.now();
  rmSync(BUILD_DIR, { recursive: true, force: true });
  for (const [what, args] of [
    ['tsc', [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json', '--outDir', BUILD_DIR]],
    ['the console build', ['--import', 'tsx', join(ROOT, 'scripts', 'build-console.ts')]],
  ] as const) {
    const result = spawnSync(process.execPath, [...args], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    if (result.status !== 0) {
      throw new Error(`${what} failed (exit ${result.status ?? result.signal}); nothing was measured:\n${result.stdout}${result.stderr}`);
    }
  }
  writeBuildPackageJson(BUILD_PARENT, ROOT);
  log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return BUILD_DIR;
}

/**
 * The package.json beside a build's dist/: the compiled CLI reads ../../package.json for its
 * version, and .js files are ES modules only under a package.json saying so. `sourceRoot` is
 * the checkout the build was compiled from.
 */
export function writeBuildPackageJson(buildParent: string, sourceRoot: string): void {
  const version = (JSON.parse(readFileSync(join(sourceRoot, 'package.json'), 'utf8')) as { version: string }).version;
  writeFileSync(join(buildParent, 'package.json'), `${JSON.stringify({ name: 'vigil-bench-build', version, private: true, type: 'module' })}\n`);
}

/**
 * The server the benchmarks start: the compiled code in full runs (built now, or already built
 * by the suite, which passes VIGIL_BENCH_BUILD), the TypeScript sources through tsx in quick runs.
 */
export function vigilEntry(quick: boolean): VigilEntry {
  let dir = process.env.VIGIL_BENCH_BUILD;
  if (!dir && quick) {
    return { argv: ['--import', 'tsx', join(ROOT, 'src', 'cli', 'main.ts')], description: 'TypeScript sources through tsx (quick run: not compiled)' };
  }
  if (!dir) {
    dir = buildVigil();
    process.env.VIGIL_BENCH_BUILD = dir;
  }
  const main = join(dir, 'cli', 'main.js');
  if (!existsSync(main)) throw new Error(`VIGIL_BENCH_BUILD=${dir} holds no cli/main.js`);
  const built = statSync(main).mtime.toISOString().replace('T', ' ').slice(0, 19);
  return { argv: [main], description: `compiled: npm run build into ${relative(ROOT, dir)} (built ${built} UTC)` };
}

export interface VigilServer extends RunningProcess {
  readonly url: string;
  readonly adminToken: string;
  readonly startupMs: number;
}

/**
 * `vigil serve` as its own process on a free port, configured through the environment and the
 * given vigil.yaml; resolves once `GET /readyz` answers 200. VIGIL_* variables of the calling
 * shell do not leak in.
 */
export async function startVigil(options: { entry: VigilEntry; databaseUrl: string; dir: string; config: string; env?: Record<string, string> }): Promise<VigilServer> {
  const port = await freePort();
  const adminToken = randomBytes(24).toString('hex');
  const configFile = join(options.dir, 'vigil.yaml');
  writeFileSync(configFile, options.config);
  const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VIGIL_')));
  Object.assign(env, {
    VIGIL_DATABASE_URL: options.databaseUrl,
    VIGIL_PORT: String(port),
    VIGIL_HOST: '127.0.0.1',
    VIGIL_LOG_LEVEL: 'warn',
    VIGIL_CONFIG: configFile,
    VIGIL_ADMIN_TOKEN: adminToken,
    ...options.env,
  });
  const started = Date.now();
  // VIGIL_BENCH_NODE_ARGS: flags for the server's Node.js, e.g. `--cpu-prof --cpu-prof-dir=/tmp/profiles`.
  const nodeArgs = (process.env.VIGIL_BENCH_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
  const url = `http://127.0.0.1:${port}`;
  const child = await startServerProcess('Vigil', process.execPath, [...nodeArgs, ...options.entry.argv, 'serve'], { cwd: ROOT, env, stopTimeoutMs: 15_000, readyUrl: `${url}/readyz`, readyTimeoutMs: 90_000 });
  return { ...child, url, adminToken, startupMs: Date.now() - started };
}

/**
 * A `vigil.yaml` with one service whose integrations take any rate (the limiter out of the way),
 * optionally grouping alerts by `payload.group` as Alertmanager's `group_by: [group]` does.
 */
export function benchServiceConfig(service: { id: string; name: string; groupByGroup?: boolean }, integrations: readonly { type: string; key: string }[]): string {
  return [
    'services:',
    `  - id: ${service.id}`,
    `    name: ${service.name}`,
    ...(service.groupByGroup ? ['    grouping: { by: [group] }'] : []),
    // Above any load a benchmark sends: the figures measure incidents opened, as they always did.
    '    storm_limit: 1000000',
    '    integrations:',
    ...integrations.map((i) => `      - { type: ${i.type}, key: ${i.key}, name: autocannon, rate_limit_per_minute: 100000000 }`),
    '',
  ].join('\n');
}
