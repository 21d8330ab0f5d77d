import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Every command the README and deploy/example/ document, run exactly as written on a fresh copy
 * of the repository: what git tracks (and what it would track), no `data/`, no `dist/`. Two
 * things are moved, the same for every command: the port (8080 may be taken on the machine
 * running the suite) and `npm ci` (the suite runs after `npm ci` on the same lock file, so the
 * copy links that `node_modules` rather than installing it again). A block the README marks
 * `<!-- not run by test/e2e/readme-commands.test.ts: why -->` is an illustration for another
 * machine (your PostgreSQL server, your identity provider) and is listed with its reason.
 *
 * A command fails the test if it exits non-zero or prints a stack trace.
 */

const repo = new URL('../../', import.meta.url).pathname;
const MARKER = /<!-- not run by test\/e2e\/readme-commands\.test\.ts: ([^>]+) -->\s*$/;

interface Documented {
  readonly source: string;
  readonly command: string;
  /** Why it is not run, when the README says so. */
  readonly skipped?: string;
}

/** Fenced shell blocks and inline `npm run vigil -- …` commands of a Markdown file. */
function markdownCommands(file: string): Documented[] {
  const text = readFileSync(join(repo, file), 'utf8');
  const found: Documented[] = [];
  const fence = /^```(?:sh|bash|shell)\n([\s\S]*?)^```/gm;
  for (const match of text.matchAll(fence)) {
    const before = text.slice(0, match.index).trimEnd().split('\n').at(-1) ?? '';
    const line = text.slice(0, match.index).split('\n').length;
    const skipped = MARKER.exec(before)?.[1];
    found.push({ source: `${file}:${line}`, command: match[1]!.trimEnd(), ...(skipped ? { skipped } : {}) });
  }
  for (const match of text.matchAll(/`(npm run vigil -- [^`]+)`/g)) {
    found.push({ source: `${file}:${text.slice(0, match.index).split('\n').length}`, command: match[1]! });
  }
  return found;
}

/** The commands at the head of the example configuration, for an installed `vigil`. */
function exampleCommands(): Documented[] {
  const file = 'deploy/example/vigil.yaml';
  return readFileSync(join(repo, file), 'utf8')
    .split('\n')
    .map((line, index) => ({ line, index }))
    .filter(({ line }) => /^# {3}vigil /.test(line))
    .map(({ line, index }) => ({ source: `${file}:${index + 1}`, command: line.replace(/^# {3}/, '').replace(/\s+#.*$/, '') }));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const STACK_TRACE = /^\s+at .+\(.+:\d+:\d+\)$|^\s+at .+:\d+:\d+$/m;

describe('the commands the README and deploy/example document', () => {
  const copy = mkdtempSync(join(tmpdir(), 'vigil-readme-'));
  const bin = join(copy, '.bin');
  let port = 0;
  let server: ChildProcess | undefined;
  const serverOutput: string[] = [];
  const env = (): NodeJS.ProcessEnv => {
    const clean = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VIGIL_')));
    // An installed `vigil` is on PATH: the example's header is written for one.
    return { ...clean, PATH: `${bin}:${process.env.PATH ?? ''}`, VIGIL_PORT: String(port) };
  };
  const asWritten = (command: string) => command.replaceAll('127.0.0.1:8080', `127.0.0.1:${port}`);

  beforeAll(async () => {
    const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: repo, encoding: 'utf8' }).split('\0').filter(Boolean);
    for (const file of files) {
      if (file === 'node_modules' || file.startsWith('node_modules/')) continue;
      mkdirSync(dirname(join(copy, file)), { recursive: true });
      try {
        cpSync(join(repo, file), join(copy, file));
      } catch {
        // Listed but deleted in the working tree.
      }
    }
    symlinkSync(join(repo, 'node_modules'), join(copy, 'node_modules'));
    mkdirSync(bin);
    writeFileSync(join(bin, 'vigil'), `#!/bin/sh\nexec node ${JSON.stringify(join(copy, 'bin', 'vigil.js'))} "$@"\n`);
    chmodSync(join(bin, 'vigil'), 0o755);
    port = await freePort();
  }, 60_000);

  afterAll(() => {
    try {
      if (server?.pid) process.kill(-server.pid, 'SIGKILL');
    } catch {
      // already gone
    }
    rmSync(copy, { recursive: true, force: true });
  });

  const documented = [...markdownCommands('README.md'), ...exampleCommands()];

  it('finds the quick start and the documented commands', () => {
    expect(documented.some((d) => d.command === 'npm ci && npm start')).toBe(true);
    expect(documented.filter((d) => !d.skipped).length).toBeGreaterThan(5);
    for (const { source, skipped } of documented.filter((d) => d.skipped)) expect(skipped, source).toMatch(/\w/);
  });

  it('starts the quick start, then runs every other documented command without an error or a stack trace', async () => {
    // The quick start, exactly as written but for `npm ci` (see above): it keeps running.
    server = spawn('sh', ['-c', 'npm start'], { cwd: copy, env: env(), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    server.stdout?.on('data', (chunk: Buffer) => serverOutput.push(chunk.toString()));
    server.stderr?.on('data', (chunk: Buffer) => serverOutput.push(chunk.toString()));
    // A fresh copy has no built console: the start builds it first.
    const deadline = Date.now() + 180_000;
    while (!serverOutput.join('').includes('Declare a test incident')) {
      if (Date.now() > deadline || server.exitCode !== null) throw new Error(`npm start did not come up:\n${serverOutput.join('')}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(serverOutput.join('')).not.toMatch(STACK_TRACE);

    const failures: string[] = [];
    for (const { source, command, skipped } of documented) {
      if (skipped || command === 'npm ci && npm start') continue;
      let output = '';
      let code = 0;
      try {
        output = execFileSync('sh', ['-c', asWritten(command)], { cwd: copy, env: env(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
      } catch (error) {
        const failed = error as { status?: number; stdout?: string; stderr?: string };
        code = failed.status ?? 1;
        output = `${failed.stdout ?? ''}${failed.stderr ?? ''}`;
      }
      const answeredWithError = /"code"\s*:\s*"VIGIL_[A-Z_]+"/.test(output) || /"status"\s*:\s*"(invalid event|unrecognized)/.test(output);
      if (code !== 0 || STACK_TRACE.test(output) || answeredWithError) failures.push(`${source}: \`${command}\` exited ${code}:\n${output}`);
    }
    expect(failures).toEqual([]);
  }, 480_000);
});
