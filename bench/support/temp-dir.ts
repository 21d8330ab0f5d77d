/** Temporary directories that are removed on every way out (bench/support/cleanup.ts). */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { lastResortOnExit, onCleanup } from './cleanup.js';

export function makeTempDir(prefix = 'vigil-bench-'): { dir: string; remove: () => Promise<void> } {
  const dir = mkdtempSync(join(os.tmpdir(), prefix));
  const forget = lastResortOnExit(() => rmSync(dir, { recursive: true, force: true }));
  const remove = onCleanup(`remove ${dir}`, async () => {
    rmSync(dir, { recursive: true, force: true });
    forget();
  });
  return { dir, remove };
}
