/**
 * The code before a change, measured in the same run as the working tree: VIGIL_BENCH_BASELINE
 * names a git ref ("before"); the working tree is "after".
 *
 * The ref is checked out into a temporary `git worktree` (removed afterwards, also on Ctrl-C),
 * compiled with the project's tsc into node_modules/.cache/vigil-bench/baseline-<sha>/dist with
 * the same package.json beside it as the main build, and cached by commit: a second run reuses
 * it. The web console is not built: `vigil serve` runs without it (it says the console is not
 * built), and no benchmark that takes a baseline uses it.
 */
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, realpathSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import { join, relative } from 'node:path';
import { lastResortOnExit, onCleanup, onCleanupStopFirst } from './cleanup.js';
import { ROOT } from './paths.js';
import { BUILD_PARENT, writeBuildPackageJson, type VigilEntry } from './vigil-server.js';

/** The git ref to measure as "before", or null: then only the working tree is measured. */
export const baselineRef = (): string | null => process.env.VIGIL_BENCH_BASELINE?.trim() || null;

const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

interface Commit {
  readonly sha: string;
  readonly short: string;
  readonly subject: string;
}

function resolveCommit(ref: string): Commit {
  let sha: string;
  try {
    sha = git('rev-parse', '--verify', '--quiet', `${ref}^{commit}`);
  } catch {
    throw new Error(`VIGIL_BENCH_BASELINE=${ref} names no commit of this repository`);
  }
  return { sha, short: git('rev-parse', '--short', sha), subject: git('log', '-1', '--format=%s', sha) };
}

/** Runs a command to its end, its output kept for the error; stopped first on Ctrl-C. */
function run(command: string, args: readonly string[], cwd: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const forget = onCleanupStopFirst(() => child.kill('SIGTERM'));
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('error', (error) => {
      forget();
      reject(error);
    });
    child.once('exit', (code) => {
      forget();
      resolve({ code, output });
    });
  });
}

/** `git worktree add --detach` in a new temporary folder; the returned function removes it (also on every way out). */
async function checkOut(commit: Commit): Promise<{ dir: string; remove: () => Promise<void> }> {
  const parent = mkdtempSync(join(os.tmpdir(), 'vigil-bench-baseline-'));
  const dir = join(parent, 'checkout');
  const removeNow = () => {
    try {
      git('worktree', 'remove', '--force', dir);
    } catch {
      // Never added, or already gone: prune forgets it below.
    }
    rmSync(parent, { recursive: true, force: true });
    try {
      git('worktree', 'prune');
    } catch {
      // Nothing to prune.
    }
  };
  const forget = lastResortOnExit(removeNow);
  const remove = onCleanup(`remove the worktree ${dir}`, async () => {
    removeNow();
    forget();
  });
  const added = await run('git', ['worktree', 'add', '--detach', dir, commit.sha], ROOT);
  if (added.code !== 0) {
    await remove();
    throw new Error(`git worktree add ${commit.short} failed (exit ${added.code}):\n${added.output}`);
  }
  // The same packages as the working tree: the baseline is compiled and run against them.
  symlinkSync(realpathSync(join(ROOT, 'node_modules')), join(dir, 'node_modules'));
  return { dir, remove };
}

export interface Baseline {
  readonly entry: VigilEntry;
  /** For the report's facts: the commit, its subject, and where it was compiled. */
  readonly fact: string;
}

/**
 * The compiled baseline for VIGIL_BENCH_BASELINE, built now unless already in the cache; null
 * when no baseline is asked for. Throws when the ref is unknown or does not compile: a run that
 * was asked to compare never measures one side only.
 */
export async function baselineEntry(log: (line: string) => void): Promise<Baseline | null> {
  const ref = baselineRef();
  if (ref === null) return null;
  const commit = resolveCommit(ref);
  const buildParent = join(BUILD_PARENT, `baseline-${commit.sha}`);
  const main = join(buildParent, 'dist', 'cli', 'main.js');
  const baseline: Baseline = {
    entry: { argv: [main], description: `before: ${commit.short} ${commit.subject}` },
    fact: `${commit.short} ${commit.subject} (VIGIL_BENCH_BASELINE=${ref}, compiled into ${relative(ROOT, buildParent)})`,
  };
  if (existsSync(main) && existsSync(join(buildParent, 'package.json'))) {
    log(`Baseline ${commit.short}: compiled earlier, in ${relative(ROOT, buildParent)}`);
    return baseline;
  }

  log(`Baseline ${commit.short} (${commit.subject}): git worktree add, then tsc -p tsconfig.build.json into ${relative(ROOT, buildParent)}/dist`);
  const started = Date.now();
  const checkout = await checkOut(commit);
  // Compiled beside the cache entry and renamed into place only once complete, so an interrupted
  // or failed build is never taken for a cached one.
  const partial = `${buildParent}.partial-${process.pid}`;
  const removePartial = onCleanup(`remove ${partial}`, async () => rmSync(partial, { recursive: true, force: true }));
  try {
    mkdirSync(partial, { recursive: true });
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const compiled = await run(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', join(partial, 'dist')], checkout.dir);
    if (compiled.code !== 0) throw new Error(`tsc failed on ${commit.short} (exit ${compiled.code}); nothing was measured:\n${compiled.output}`);
    writeBuildPackageJson(partial, checkout.dir);
    try {
      renameSync(partial, buildParent);
    } catch (error) {
      // Another run finished the same commit first: its build is as good.
      if (!existsSync(main)) throw error;
    }
  } finally {
    await removePartial();
    await checkout.remove();
  }
  log(`Baseline built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return baseline;
}
