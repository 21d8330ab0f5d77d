import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
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
    // The first start may build the web console before serving (when web/ changed since the last build).
    const [, curl] = await waitForLine(server, /\n {2}(curl [^\n]+)\n[\s\S]*What became of each page: [^\n]+\n/, output, 120_000);
    const text = output.join('');
    expect(text).toMatch(/applied deploy\/example\/vigil\.yaml: \d+ created/);
    expect(text).toMatch(/Vigil is serving on http:\/\/127\.0\.0\.1:\d+ \(database: sqlite /);
    expect(text).toMatch(/admin token: generated and written to .*admin-token/);
    expect(text).toMatch(/Console: http:\/\/127\.0\.0\.1:\d+\/\n/);
    // The example's admin comes from the configuration, which holds no password.
    expect(text).toContain(`Nobody can log in with a password yet; give admin alice one with: VIGIL_DATABASE_URL=${join(dataDir, 'vigil.db')} vigil users set-password alice`);
    // The test incident goes to a service whose policy pages someone, and the start says where.
    expect(text).toContain('It is declared on checkout (Checkout API) as SEV-3; escalation policy platform pages at once:');
    expect(text).toMatch(/\n {2}pages (alice|bob|chen) \(on call for platform-primary\) by webhook http:\/\/127\.0\.0\.1:9999\/pages\/\1 at once/);
    expect(statSync(join(dataDir, 'admin-token')).mode & 0o777).toBe(0o600);
    const token = readFileSync(join(dataDir, 'admin-token'), 'utf8').trim();
    expect(text).not.toContain(token);

    // Run the printed command itself, as a user would paste it.
    const { stdout } = await run('bash', ['-c', curl ?? 'false']);
    const incident = JSON.parse(stdout) as { number: number; title: string; status: string };
    expect(incident).toMatchObject({ number: 1, title: 'Test incident', status: 'triggered', service: { id: 'checkout' } });

    const url = /serving on (http:\/\/[^ ]+)/.exec(text)?.[1];
    const services = await fetch(`${url}/api/v1/services`, { headers: { authorization: `Bearer ${token}` } });
    expect(((await services.json()) as { services: unknown[] }).services).toHaveLength(3);

    process.kill(-(server.pid ?? 0), 'SIGTERM');
    // 'close', not 'exit': npm may exit before Vigil (its child) has written its last lines to
    // the pipes they share.
    await new Promise((resolve) => server?.on('close', resolve));
    expect(output.join('')).toContain('SIGTERM received');
  }, 180_000);

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
    expect(result.stderr, 'VIGIL_PUBLIC_URL was never set').not.toContain('VIGIL_PUBLIC_URL');
  });

  it('refuses a port in use in one line naming VIGIL_PORT, with no stack trace and nothing applied', async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = (busy.address() as AddressInfo).port;
    try {
      const database = join(dataDir, 'busy.db');
      const result = await run('node', [join(repo, 'bin/vigil.js'), 'serve', '--config', join(repo, 'deploy/example/vigil.yaml')], {
        env: { ...process.env, VIGIL_DATABASE_URL: database, VIGIL_PORT: String(port) },
      }).then(
        () => ({ code: 0, stdout: '', stderr: '' }),
        (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
      );
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(`vigil: VIGIL_PORT: 127.0.0.1:${port} is already in use (another Vigil, or another program); stop it, or set VIGIL_PORT (or --port) to a free port (0 picks one)\n`);
      expect(result.stdout, 'the configuration was not applied').toBe('');
      expect(existsSync(database)).toBe(false);
    } finally {
      busy.close();
    }
  });
});
