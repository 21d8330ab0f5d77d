import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runVigil } from '../test-support/cli.js';

const EXAMPLE = fileURLToPath(new URL('../../deploy/example/vigil.yaml', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'vigil-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('vigil validate, apply and export on the shipped example', () => {
  it('validates the example, warning that a server refuses its loopback receivers unless allowed', async () => {
    const validated = await runVigil(['validate', EXAMPLE]);
    expect(validated.code).toBe(0);
    expect(validated.stdout).toMatch(/vigil\.yaml: valid \(\d+ warnings\)\n$/);
    expect(validated.stderr).toMatch(/^warning: .*vigil\.yaml:\d+:\d+: address not allowed in users\[0\] \(alice\)/m);
    expect(validated.stderr).toContain('unless its VIGIL_OUTBOUND_ALLOW allows them');
    const allowed = await runVigil(['validate', EXAMPLE], { env: { VIGIL_OUTBOUND_ALLOW: '127.0.0.1' } });
    expect(allowed).toMatchObject({ code: 0, stderr: '' });
  });

  it('applies the example, and validates what export writes back', async () => {
    const env = { VIGIL_DATABASE_URL: `sqlite:${join(dir, 'vigil.db')}` };
    const applied = await runVigil(['apply', EXAMPLE, '--create'], { env });
    expect(applied.code).toBe(0);
    expect(applied.stdout).toMatch(/applied .*vigil\.yaml to .*vigil\.db \(SQLite\): \d+ created/);
    const exported = await runVigil(['export'], { env });
    expect(exported.code).toBe(0);
    const file = join(dir, 'exported.yaml');
    writeFileSync(file, exported.stdout);
    // Runbooks are exported as the files they were read from, which stay beside the configuration.
    cpSync(join(dirname(EXAMPLE), 'runbooks'), join(dir, 'runbooks'), { recursive: true });
    expect((await runVigil(['validate', file])).code).toBe(0);
  });
});
