import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { consoleSourceHash } from './source-hash.js';

/** Where a checkout keeps the console (built by `npm run build:web` into `web/dist`). */
export const REPOSITORY_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DEFAULT_CONSOLE_DIR = join(REPOSITORY_ROOT, 'web', 'dist');

/** The file the build writes beside the bundle: what it was built from. */
export const BUILD_INFO_FILE = 'build-info.json';

/** One file of the bundle, held in memory with its precompressed forms (the whole bundle is a few MB). */
export interface BundleFile {
  readonly type: string;
  readonly cacheControl: string;
  readonly body: Buffer;
  readonly br: Buffer | null;
  readonly gzip: Buffer | null;
}

export type ConsoleBundle =
  | { readonly state: 'ready'; readonly dir: string; readonly indexHtml: string; readonly stale: boolean; readonly files: ReadonlyMap<string, BundleFile> }
  | { readonly state: 'missing'; readonly dir: string };

/**
 * Looks at the built console once, at start. `stale` when the sources beside it have changed since
 * it was built: the bundle is still served (it works), and `serve` says plainly that it is old.
 */
export function loadConsoleBundle(dir: string = DEFAULT_CONSOLE_DIR, sourcesRoot: string | null = REPOSITORY_ROOT): ConsoleBundle {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return { state: 'missing', dir };
  let builtFrom: string | null = null;
  try {
    builtFrom = (JSON.parse(readFileSync(join(dir, BUILD_INFO_FILE), 'utf8')) as { sourceHash?: string }).sourceHash ?? null;
  } catch {
    builtFrom = null;
  }
  const current = sourcesRoot === null ? null : consoleSourceHash(sourcesRoot);
  return { state: 'ready', dir, indexHtml: readFileSync(index, 'utf8'), stale: current !== null && builtFrom !== current, files: bundleFiles(dir) };
}

const TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Not for browsers: the page itself (served by route), the build's manifest and its record of sources. */
function served(path: string): boolean {
  return !path.startsWith('/.vite/') && path !== `/${BUILD_INFO_FILE}` && path !== '/index.html' && !path.endsWith('.br') && !path.endsWith('.gz') && TYPES[extname(path)] !== undefined;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]));
}

function bundleFiles(dir: string): ReadonlyMap<string, BundleFile> {
  const files = new Map<string, BundleFile>();
  for (const full of walk(dir)) {
    const path = `/${relative(dir, full).split('\\').join('/')}`;
    if (!served(path)) continue;
    const optional = (suffix: string) => (existsSync(full + suffix) ? readFileSync(full + suffix) : null);
    files.set(path, {
      type: TYPES[extname(path)] as string,
      // Hashed names never change content; the rest (service worker, manifest, icons) must be re-checked.
      cacheControl: path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : path === '/sw.js' ? 'no-cache' : 'public, max-age=3600',
      body: readFileSync(full),
      br: optional('.br'),
      gzip: optional('.gz'),
    });
  }
  return files;
}
