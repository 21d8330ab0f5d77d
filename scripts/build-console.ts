/**
 * Builds the web console into `web/dist` and prints what the browser downloads.
 *
 *   tsx scripts/build-console.ts             build
 *   tsx scripts/build-console.ts --if-stale  build only when the sources changed since the last build (`npm start`)
 *
 * Beside each text file it writes .br and .gz (Vigil serves them as they are), and
 * `build-info.json` with a digest of the sources, by which a stale bundle is recognised. It fails
 * when the first view of `/incidents` needs more than 250 KB of gzipped JavaScript.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';
import { BUILD_INFO_FILE, DEFAULT_CONSOLE_DIR, REPOSITORY_ROOT } from '../src/console/console-bundle.js';
import { firstViewFiles, readBuildManifest } from '../src/console/first-view.js';
import { consoleSourceHash } from '../src/console/source-hash.js';

const FIRST_VIEW_BUDGET_BYTES = 250 * 1024;
const dist = DEFAULT_CONSOLE_DIR;
const sourceHash = consoleSourceHash(REPOSITORY_ROOT);

function builtFrom(): string | null {
  try {
    return (JSON.parse(readFileSync(join(dist, BUILD_INFO_FILE), 'utf8')) as { sourceHash?: string }).sourceHash ?? null;
  } catch {
    return null;
  }
}

if (process.argv.includes('--if-stale') && sourceHash !== null && builtFrom() === sourceHash) {
  console.log('The web console in web/dist is up to date.');
  process.exit(0);
}

console.log(builtFrom() === null ? 'Building the web console (first start; about 20 seconds)…' : 'The web console changed since it was built; rebuilding (about 20 seconds)…');
// Always React's production build, whatever NODE_ENV the caller runs under (the test runner sets `test`).
process.env.NODE_ENV = 'production';
await build({ configFile: join(REPOSITORY_ROOT, 'web', 'vite.config.ts'), mode: 'production', logLevel: 'warn' });

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]));
}

const gzipped = new Map<string, number>();
for (const file of walk(dist)) {
  if (!/\.(js|css|html|svg|webmanifest|json)$/.test(file) || file.includes(`${join(dist, '.vite')}`)) continue;
  const body = readFileSync(file);
  const gz = gzipSync(body, { level: 9 });
  writeFileSync(`${file}.gz`, gz);
  writeFileSync(`${file}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  gzipped.set(relative(dist, file).split('\\').join('/'), gz.length);
}
writeFileSync(join(dist, BUILD_INFO_FILE), `${JSON.stringify({ sourceHash, builtAt: new Date().toISOString() }, null, 2)}\n`);

const firstView = firstViewFiles(readBuildManifest(dist));

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const rows = [...gzipped.entries()].filter(([name]) => name.endsWith('.js') || name.endsWith('.css')).sort((a, b) => b[1] - a[1]);
console.log('\nWeb console bundle (gzipped):');
for (const [name, size] of rows) console.log(`  ${kb(size).padStart(9)}  ${name}${firstView.has(name) ? '  (first view)' : ''}`);
const firstViewJs = [...firstView].filter((name) => name.endsWith('.js')).reduce((sum, name) => sum + (gzipped.get(name) ?? 0), 0);
const firstViewCss = [...firstView].filter((name) => name.endsWith('.css')).reduce((sum, name) => sum + (gzipped.get(name) ?? 0), 0);
console.log(`First view of /incidents: ${kb(firstViewJs)} of JavaScript (budget ${kb(FIRST_VIEW_BUDGET_BYTES)}), ${kb(firstViewCss)} of CSS.`);
if (firstViewJs > FIRST_VIEW_BUDGET_BYTES) {
  console.error(`The first view's JavaScript is over its budget by ${kb(firstViewJs - FIRST_VIEW_BUDGET_BYTES)}: load what it does not need lazily.`);
  process.exitCode = 1;
}
