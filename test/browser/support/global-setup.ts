import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Builds the console once before the suite when its sources changed since the last build. */
export default function setup(): void {
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-console.ts', '--if-stale'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}
