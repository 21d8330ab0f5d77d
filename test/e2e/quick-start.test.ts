import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const repo = new URL('../../', import.meta.url).pathname;

/** Collects a child's output and resolves when a line matches. */
function waitForLine(child: ChildProcess, pattern: RegExp, output: string[], timeoutMs = 30_000): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${pattern}; output:\n${output.join('')}`)), timeoutMs);
    const check = () => {
      const match = output.join('').match(pattern);
      if (match) {
        clearTimeout(timer);
        resolve(match);
      }
    };
    child.stdout?.on('data', (chunk: Buffer) => {
      output.push(chunk.toString());
      check();
    });
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before ${pattern}; output:\n${output.join('')}`));
    });
  });
}

describe('the README quick start, as a new user runs it', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'vigil-quickstart-'));
  let server: ChildProcess | undefined;
  afterAll(() => {
    try {
      if (server?.pid) process.kill(-server.pid, 'SIGKILL');
    } catch {
      // already gone
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts on an empty data folder, loads the example configuration and declares the printed test incident', async () => {
    const output: string[] = [];
    // `npm start` exactly as the README says; only the data folder and port are moved so the
    // test cannot collide with a Vigil the developer is running.
    server = spawn('npm', ['start'], {
      cwd: repo,
      detached: true,
      env: { ...process.env, VIGIL_DATABASE_URL: join(dataDir, 'vigil.db'), VIGIL_PORT: '0', VIGIL_ADMIN_TOKEN: '', VIGIL_CONFIG: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const [, curl] = await waitForLine(server, /\n {2}(curl [^\n]+)\n/, output);
    const text = output.join('');
    expect(text).toMatch(/applied deploy\/example\/vigil\.yaml: \d+ created/);
    expect(text).toMatch(/Vigil is serving on http:\/\/127\.0\.0\.1:\d+ \(database: sqlite /);
    expect(text).toMatch(/admin token: generated and written to .*admin-token/);
    expect(text).toContain('make the first admin with: vigil users create <id> --email <email> --admin');
    expect(statSync(join(dataDir, 'admin-token')).mode & 0o777).toBe(0o600);
    const token = readFileSync(join(dataDir, 'admin-token'), 'utf8').trim();
    expect(text).not.toContain(token);

    // Run the printed command itself, as a user would paste it.
    const { stdout } = await run('bash', ['-c', curl ?? 'false']);
    const incident = JSON.parse(stdout) as { number: number; title: string; status: string };
    expect(incident).toMatchObject({ number: 1, title: 'Test incident', status: 'triggered' });

    const url = /serving on (http:\/\/[^ ]+)/.exec(text)?.[1];
    const services = await fetch(`${url}/api/v1/services`, { headers: { authorization: `Bearer ${token}` } });
    expect(((await services.json()) as { services: unknown[] }).services).toHaveLength(3);

    process.kill(-(server.pid ?? 0), 'SIGTERM');
    // 'close', not 'exit': npm may exit before Vigil (its child) has written its last lines to
    // the pipes they share.
    await new Promise((resolve) => server?.on('close', resolve));
    expect(output.join('')).toContain('SIGTERM received');
  });

  it('refuses to start with a positioned error when the configuration is invalid', async () => {
    const bad = join(dataDir, 'bad.yaml');
    writeFileSync(bad, 'teams:\n  - id: ops\n    nmae: Ops\n');
    const result = await run('node', [join(repo, 'bin/vigil.js'), 'serve'], {
      env: { ...process.env, VIGIL_DATABASE_URL: join(dataDir, 'bad.db'), VIGIL_PORT: '0', VIGIL_CONFIG: bad },
    }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${bad}:3:5: unknown key "nmae"`);
    expect(result.stderr).toContain('did you mean "name"?');
  });

  it('refuses to start with a message per bad environment variable', async () => {
    const result = await run('node', [join(repo, 'bin/vigil.js'), 'serve'], {
      env: { ...process.env, VIGIL_PORT: 'http', VIGIL_SECRET: 'short', VIGIL_DATABASE_URL: join(dataDir, 'env.db') },
    }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('VIGIL_PORT: "http" is not a TCP port');
    expect(result.stderr).toContain('VIGIL_SECRET: must be at least 32 characters');
  });
});
