import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

/**
 * Real upstream processes (Prometheus, Alertmanager) for the end-to-end tests: each runs in its
 * own process group with its own temporary directory, on loopback ports picked at start.
 */

/** How much of a peer's log (in characters) to keep for failure messages. */
const OUTPUT_LIMIT = 64 * 1024;

export interface Peer {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  readonly port: number;
  /** The temporary directory holding the peer's configuration and storage. */
  readonly dir: string;
  /** The tail of the process's stdout and stderr. */
  output(): string;
  /** Stops the whole process group (TERM, then KILL after 5 s) and removes the directory. */
  stop(): Promise<void>;
}

/**
 * The absolute path of an executable on PATH. Throws, never skips, when it is missing: these
 * tests exist to exercise the real peer.
 */
export function requireExecutable(name: string, debianPackage: string): string {
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  throw new Error(
    `${name} is not installed (not found on PATH). The end-to-end tests run the real program: ` +
      `install the Debian package ${debianPackage} (.ci/run installs it: apt-get install prometheus-alertmanager prometheus).`,
  );
}

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('no port assigned'))));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Retries `check` until it stops throwing, returning its value; after `timeoutMs` throws its
 * last error, with `context()` appended (a peer's log, say) to explain the wait.
 */
export async function eventually<T>(check: () => Promise<T> | T, timeoutMs: number, context?: () => string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() >= deadline) {
        const extra = context ? `\n--- context ---\n${context()}` : '';
        if (error instanceof Error) {
          error.message = `still failing after ${timeoutMs} ms: ${error.message}${extra}`;
          throw error;
        }
        throw new Error(`still failing after ${timeoutMs} ms: ${String(error)}${extra}`);
      }
      await sleep(150);
    }
  }
}

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || exited(child)) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // the group is already gone
  }
}

interface StartOptions {
  readonly executable: string;
  readonly debianPackage: string;
  /** Files to write into the peer's directory before starting, by name. */
  readonly files: (port: number) => Readonly<Record<string, string>>;
  readonly args: (dir: string, port: number) => readonly string[];
  readonly readyTimeoutMs?: number;
}

/**
 * Starts a peer on a free port and waits until `GET /-/ready` answers 200. A port taken between
 * choosing and binding (another process won the race) is retried on a new port.
 */
async function startPeer(options: StartOptions): Promise<Peer> {
  const binary = requireExecutable(options.executable, options.debianPackage);
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const dir = mkdtempSync(join(tmpdir(), `vigil-e2e-${options.executable}-`));
    for (const [name, text] of Object.entries(options.files(port))) writeFileSync(join(dir, name), text);
    const chunks: string[] = [];
    let size = 0;
    const child = spawn(binary, [...options.args(dir, port)], { cwd: dir, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const collect = (chunk: Buffer) => {
      const text = chunk.toString();
      chunks.push(text);
      size += text.length;
      while (size > OUTPUT_LIMIT && chunks.length > 1) size -= chunks.shift()?.length ?? 0;
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    let gone = false;
    const exit = new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.once('error', (error) => {
        chunks.push(`could not run ${binary}: ${error.message}\n`);
        resolve();
      });
    }).then(() => {
      gone = true;
    });

    const peer: Peer = {
      url: `http://127.0.0.1:${port}`,
      port,
      dir,
      output: () => chunks.join(''),
      async stop() {
        if (!gone) killGroup(child, 'SIGTERM');
        const killed = await Promise.race([exit.then(() => true), sleep(5_000).then(() => false)]);
        if (!killed) {
          killGroup(child, 'SIGKILL');
          await exit;
        }
        rmSync(dir, { recursive: true, force: true });
      },
    };

    try {
      await waitUntilReady(peer, child, () => gone, options.readyTimeoutMs ?? 20_000);
      return peer;
    } catch (error) {
      lastError = error;
      await peer.stop();
      if (!/address already in use/i.test(peer.output())) break;
    }
  }
  throw lastError;
}

async function waitUntilReady(peer: Peer, child: ChildProcess, gone: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (gone()) {
      throw new Error(`${child.spawnfile} exited (${child.exitCode ?? child.signalCode}) before it was ready; its output:\n${peer.output()}`);
    }
    try {
      const response = await fetch(`${peer.url}/-/ready`, { signal: AbortSignal.timeout(1_000) });
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`${child.spawnfile} was not ready on ${peer.url} within ${timeoutMs} ms; its output:\n${peer.output()}`);
}

/** Alertmanager (Debian: prometheus-alertmanager) with the given configuration, clustering off. */
export function startAlertmanager(config: string): Promise<Peer> {
  return startPeer({
    executable: 'prometheus-alertmanager',
    debianPackage: 'prometheus-alertmanager',
    files: () => ({ 'alertmanager.yml': config }),
    args: (dir, port) => [
      `--config.file=${join(dir, 'alertmanager.yml')}`,
      `--storage.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      `--web.external-url=http://127.0.0.1:${port}`,
      // An empty address disables the gossip cluster (and its port 9094).
      '--cluster.listen-address=',
    ],
  });
}

/** Prometheus (Debian: prometheus) with the given configuration and rule files, by name. */
export function startPrometheus(config: string, ruleFiles: Readonly<Record<string, string>>): Promise<Peer> {
  return startPeer({
    executable: 'prometheus',
    debianPackage: 'prometheus',
    files: () => ({ 'prometheus.yml': config, ...ruleFiles }),
    args: (dir, port) => [
      `--config.file=${join(dir, 'prometheus.yml')}`,
      `--storage.tsdb.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      `--web.external-url=http://127.0.0.1:${port}`,
      // Prometheus learns its Alertmanagers about 5 s after start and drops alerts that fire
      // before then; it would send them again only after the default 1 m resend delay.
      '--rules.alert.resend-delay=1s',
    ],
  });
}
