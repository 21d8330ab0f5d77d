import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What the console bundle is built from, under the repository root; tests beside code are left out. */
const SOURCES = ['web/index.html', 'web/vite.config.ts', 'web/public', 'web/src', 'package-lock.json'];

function files(root: string, path: string): string[] {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (statSync(full).isFile()) return [path];
  return readdirSync(full, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? files(root, join(path, entry.name)) : entry.name.endsWith('.test.ts') || entry.name.endsWith('.test.tsx') ? [] : [join(path, entry.name)]))
    .sort();
}

/**
 * A digest of the console's sources, written into the bundle when it is built. A bundle whose
 * digest differs from the sources beside it is stale: `npm start` rebuilds it and the server says
 * so rather than serving an old console silently. Null where there are no sources (an installed
 * package that ships only the bundle).
 */
export function consoleSourceHash(root: string): string | null {
  if (!existsSync(join(root, 'web', 'src'))) return null;
  const hash = createHash('sha256');
  for (const path of SOURCES.flatMap((source) => files(root, source))) {
    hash.update(path.split('\\').join('/'));
    hash.update('\0');
    hash.update(readFileSync(join(root, path)));
    hash.update('\0');
  }
  return hash.digest('hex');
}
