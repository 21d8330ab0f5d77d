import { spawn, type ChildProcess } from 'node:child_process';

const repo = new URL('../../', import.meta.url).pathname;

export interface VigilProcess {
  readonly url: string;
  readonly child: ChildProcess;
  readonly output: () => string;
  /** SIGKILL: no graceful shutdown, as when a host dies. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

/** Starts `vigil serve` as its own process and resolves once it listens. */
export async function startVigil(env: Record<string, string>, timeoutMs = 30_000): Promise<VigilProcess> {
  const child = spawn(process.execPath, [`${repo}bin/vigil.js`, 'serve'], {
    cwd: repo,
    env: { ...process.env, VIGIL_PORT: '0', VIGIL_LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const chunks: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Vigil did not start in ${timeoutMs} ms:\n${chunks.join('')}`)), timeoutMs);
    const check = () => {
      const match = /serving on (https?:\/\/\S+)/.exec(chunks.join(''));
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Vigil exited with ${code} before listening:\n${chunks.join('')}`));
    });
  });
  const signal = async (name: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(name);
    await exited;
  };
  return { url, child, output: () => chunks.join(''), kill: () => signal('SIGKILL'), stop: () => signal('SIGTERM') };
}

/** Polls until `check` returns a value that is not undefined, or fails with the last state. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs: number, describe: () => Promise<string> | string = () => ''): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms ${await describe()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
