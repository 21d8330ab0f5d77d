/**
 * The web console with 1,000 open incidents, in headless Chromium: how soon `/incidents` is usable
 * after a navigation (signed in), how smoothly the list scrolls from the first row to the last,
 * and what the browser downloads for the first view.
 *
 * Vigil runs as its own process on SQLite, serving the built console (`web/dist`, built by
 * `npm run build`). The incidents are declared through the API beforehand (a third acknowledged,
 * every severity, six services).
 *
 *   usable: navigation start → the first row is visible and the main thread is free to handle
 *           a click (a message posted at that moment has run), measured in the page; also the
 *           time until Playwright finds the first row's link actionable, from the test's side.
 *   scroll: the window scrolled 100 px per animation frame from the top to the last row, twice:
 *           first while the later pages of 100 are still being read, then with all of them
 *           read; the time between animation frames (p50, p95, p99, max) and long tasks.
 *
 *   npx tsx bench/console.ts           # full run; writes bench/results/console-<date>.md
 *   npx tsx bench/console.ts --quick   # 100 incidents, two navigations; writes nothing
 *
 * Targets: usable within 1.5 s; scrolling smooth: p95 frame ≤ 25 ms (60 frames a second with
 * room), no frame over 100 ms.
 */
import { cpSync, existsSync, rmSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createDatabase } from './support/bench-database.js';
import { benchStart } from './support/bench-start.js';
import { launchChromium } from './support/chromium.js';
import { runMain, wasInterrupted } from './support/cleanup.js';
import { loadAverage, loadAverageLine } from './support/machine-facts.js';
import { ROOT } from './support/paths.js';
import { checksAndOutput, fixed, machineSection, printList, table, today, writeResult } from './support/report.js';
import { processLogLines } from './support/server-process.js';
import { mean, percentile } from './support/statistics.js';
import { makeTempDir } from './support/temp-dir.js';
import { startVigil, type VigilServer } from './support/vigil-server.js';
import { firstViewFiles, readBuildManifest } from '../src/console/first-view.js';

const quick = process.argv.includes('--quick');
const INCIDENTS = quick ? 100 : 1_000;
/** Per browser context: the first with nothing cached, the rest reloads (assets cached, as for a person who keeps the console open). */
const NAVIGATIONS = quick ? 2 : 5;
/** Fresh browser contexts, each starting cold. */
const CONTEXTS = quick ? 1 : 2;
const SCROLL_STEP_PX = 100;
const SCROLL_LIMIT_MS = quick ? 15_000 : 60_000;
const DECLARE_CONCURRENCY = 6;
const TARGETS = { usableMs: 1_500, scrollP95Ms: 25, scrollMaxMs: 100 };
const SERVICES = ['checkout', 'payments', 'search', 'edge', 'accounts', 'mail'];
const READER = { email: 'rita@bench.example', password: 'correct horse battery staple' };

const ROW_LINK = '[role="row"][aria-rowindex="2"] a[href^="/incidents/"], [role="listitem"] a[href^="/incidents/"]';

function config(): string {
  return [
    'teams:',
    '  - { id: bench, name: Bench, members: [] }',
    'services:',
    ...SERVICES.map((id) => `  - { id: ${id}, name: ${id.charAt(0).toUpperCase()}${id.slice(1)} service, team: bench }`),
    '',
  ].join('\n');
}

async function api(server: VigilServer, method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(server.url + path, {
    method,
    headers: { authorization: `Bearer ${server.adminToken}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  return text === '' ? null : JSON.parse(text);
}

/** 1,000 open incidents through the API: a tenth SEV-1, three tenths SEV-2, the rest SEV-3; every third acknowledged. */
async function createIncidents(server: VigilServer, count: number): Promise<{ ms: number; acknowledged: number }> {
  const started = performance.now();
  let next = 0;
  let acknowledged = 0;
  const worker = async () => {
    for (let i = next++; i < count; i = next++) {
      const severity = i % 10 === 0 ? 'SEV-1' : i % 10 <= 3 ? 'SEV-2' : 'SEV-3';
      const incident = (await api(server, 'POST', '/api/v1/incidents', {
        title: `Bench incident ${i + 1}: ${['error rate above 5%', 'p99 latency over 2 s', 'disk 95% full on db-3', 'queue depth growing for 10 minutes'][i % 4]}`,
        severity,
        service: SERVICES[i % SERVICES.length],
        ...(i % 5 === 0 ? { commander: 'reader' } : {}),
      })) as { number: number };
      if (i % 3 === 0) {
        await api(server, 'POST', `/api/v1/incidents/${incident.number}/acknowledge`);
        acknowledged += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: DECLARE_CONCURRENCY }, worker));
  return { ms: performance.now() - started, acknowledged };
}

/** Set in the page before anything else runs: when the first row showed, and when the main thread was next free. */
const USABLE_PROBE = `(() => {
  const probe = { firstRowAt: null, usableAt: null, longTasks: [] };
  window.__vigilBench = probe;
  try {
    new PerformanceObserver((list) => { for (const entry of list.getEntries()) probe.longTasks.push({ at: entry.startTime, ms: entry.duration }); }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const check = () => {
    if (probe.firstRowAt !== null) return;
    const link = document.querySelector(${JSON.stringify(ROW_LINK)});
    if (!link) return;
    const box = link.getBoundingClientRect();
    if (box.height === 0 || box.bottom <= 0 || box.top >= innerHeight) return;
    probe.firstRowAt = performance.now();
    observer.disconnect();
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { probe.usableAt = performance.now(); };
    channel.port2.postMessage(0);
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true });
})();`;

interface Navigation {
  readonly cache: 'cold' | 'warm';
  readonly firstRowMs: number;
  readonly usableMs: number;
  /** Navigation start (Playwright's goto) → the first row's link is actionable (`click({ trial: true })`), from the test's side. */
  readonly actionableMs: number;
  readonly listRequestMs: number;
  readonly scriptBytes: number;
}

async function navigate(page: Page, cache: Navigation['cache']): Promise<Navigation> {
  const started = performance.now();
  await page.goto('/incidents', { waitUntil: 'commit' });
  await page.locator(ROW_LINK).first().click({ trial: true, timeout: 30_000 });
  const actionableMs = performance.now() - started;
  await page.waitForFunction('window.__vigilBench && window.__vigilBench.usableAt !== null', undefined, { timeout: 30_000 });
  const probe = (await page.evaluate(`(() => {
    const list = performance.getEntriesByType('resource').find((e) => e.name.includes('/api/v1/incidents?'));
    const scripts = performance.getEntriesByType('resource').filter((e) => e.initiatorType === 'script' || e.name.endsWith('.js'));
    return { ...window.__vigilBench, listRequestMs: list ? list.duration : NaN, scriptBytes: scripts.reduce((s, e) => s + e.transferSize, 0) };
  })()`)) as { firstRowAt: number; usableAt: number; listRequestMs: number; scriptBytes: number };
  return { cache, firstRowMs: probe.firstRowAt, usableMs: probe.usableAt, actionableMs, listRequestMs: probe.listRequestMs, scriptBytes: probe.scriptBytes };
}

interface ScrollPass {
  readonly pass: string;
  readonly frames: number;
  /** Time between animation frames, ms, sorted. */
  readonly deltas: readonly number[];
  readonly seconds: number;
  readonly longTasks: number;
  readonly longestTaskMs: number;
  /** The last row's number in the list (aria-rowindex − 1) and how many rows there are. */
  readonly lastRow: number;
  readonly rowCount: number;
  /** Rows in the DOM at the end: what virtualisation keeps it to. */
  readonly domRows: number;
}

async function scrollThrough(page: Page, pass: string): Promise<ScrollPass> {
  await page.evaluate('window.scrollTo(0, 0)');
  await page.waitForTimeout(300);
  const result = (await page.evaluate(`(async () => {
    const step = ${SCROLL_STEP_PX};
    const limit = ${SCROLL_LIMIT_MS};
    const deltas = [];
    const tasksBefore = window.__vigilBench.longTasks.length;
    const startedAt = performance.now();
    let atEnd = 0;
    await new Promise((resolve) => {
      let last = null;
      const frame = (time) => {
        if (last !== null) deltas.push(time - last);
        last = time;
        const end = document.documentElement.scrollHeight - innerHeight;
        atEnd = scrollY >= end - 1 ? atEnd + 1 : 0;
        // At the end for a second: no further page is coming.
        if (atEnd > 60 || time - startedAt > limit) return resolve();
        window.scrollBy(0, step);
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    const tasks = window.__vigilBench.longTasks.slice(tasksBefore);
    const indexes = [...document.querySelectorAll('[role="row"][aria-rowindex]')].map((row) => Number(row.getAttribute('aria-rowindex')));
    const table = document.querySelector('[role="table"][aria-rowcount]');
    return {
      deltas: deltas.slice(0, Math.max(0, deltas.length - 60)),
      seconds: (performance.now() - startedAt) / 1000,
      longTasks: tasks.length,
      longestTaskMs: tasks.reduce((max, t) => Math.max(max, t.ms), 0),
      lastRow: Math.max(...indexes) - 1,
      rowCount: table ? Number(table.getAttribute('aria-rowcount')) - 1 : NaN,
      domRows: document.querySelectorAll('[role="row"]').length,
    };
  })()`)) as Omit<ScrollPass, 'pass' | 'frames'>;
  const deltas = [...result.deltas].sort((a, b) => a - b);
  return { ...result, pass, frames: deltas.length, deltas };
}

/** The built console's files and what the first view of /incidents loads, gzipped, as scripts/build-console.ts counts them. */
function bundleSizes(dist: string): { rows: string[][]; firstViewJs: number; firstViewCss: number } {
  const manifest = readBuildManifest(dist);
  const firstView = firstViewFiles(manifest);
  const gz = (file: string) => (existsSync(join(dist, `${file}.gz`)) ? statSync(join(dist, `${file}.gz`)).size : statSync(join(dist, file)).size);
  const files = [...new Set(Object.values(manifest).flatMap((chunk) => [chunk.file, ...(chunk.css ?? [])]))].filter((file) => /\.(js|css)$/.test(file));
  const rows = files
    .map((file) => ({ file, size: gz(file) }))
    .sort((a, b) => b.size - a.size)
    .filter((row, i) => i < 8 || firstView.has(row.file))
    .map((row) => [row.file, firstView.has(row.file) ? 'yes' : '', fixed(row.size / 1024, 1)]);
  const sum = (suffix: string) => [...firstView].filter((file) => file.endsWith(suffix)).reduce((total, file) => total + gz(file), 0);
  return { rows, firstViewJs: sum('.js'), firstViewCss: sum('.css') };
}

/** Where the measured server looks for the console: beside the compiled code in full runs, the repository in quick ones. */
function prepareConsole(out: (text?: string) => void): string {
  const dist = join(ROOT, 'web', 'dist');
  // Current with the sources (a build the suite made already is; one named by VIGIL_BENCH_BUILD may not be).
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-console.ts', '--if-stale'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const build = process.env.VIGIL_BENCH_BUILD;
  // Quick: the sources are served, with the console beside them.
  if (build === undefined) return dist;
  // The compiled server finds the console two folders above its own files (src/console/console-bundle.ts).
  const beside = join(dirname(build), 'web', 'dist');
  rmSync(beside, { recursive: true, force: true });
  cpSync(dist, beside, { recursive: true });
  out(`The built console (web/dist) is served by the compiled server from ${beside}`);
  return beside;
}

async function signedInContext(browser: Browser, server: VigilServer): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: server.url, viewport: { width: 1280, height: 800 }, timezoneId: 'Europe/Berlin', locale: 'en-GB' });
  await context.addInitScript(USABLE_PROBE);
  const login = await context.request.post('/api/v1/auth/login', { data: READER });
  if (!login.ok()) throw new Error(`signing in answered ${login.status()}: ${await login.text()}`);
  return context;
}

async function main(): Promise<number> {
  const { out, facts, entry } = benchStart(quick);
  out(`The console with ${INCIDENTS} open incidents${quick ? ' (quick)' : ''}: ${NAVIGATIONS} navigations to /incidents, then the list scrolled to its end twice`);
  const served = prepareConsole(out);
  const bundle = bundleSizes(served);
  const temp = makeTempDir();
  const database = await createDatabase('sqlite', temp.dir);
  const server = await startVigil({ entry, databaseUrl: database.url, dir: temp.dir, config: config() });
  const problems: string[] = [];
  try {
    const index = await fetch(`${server.url}/incidents`);
    if (!(await index.text()).includes('/assets/')) throw new Error('the server does not serve the built console at /incidents');
    await api(server, 'POST', '/api/v1/users', { id: 'reader', name: 'Rita Reader', email: READER.email, role: 'responder', password: READER.password });
    out(`Declaring ${INCIDENTS} incidents through the API…`);
    const created = await createIncidents(server, INCIDENTS);
    out(`  ${INCIDENTS} declared (${created.acknowledged} acknowledged) in ${fixed(created.ms / 1000, 1)} s`);

    // A server that has served before: its first read of the list (queries prepared, code warm) is not the browser's to pay.
    await api(server, 'GET', '/api/v1/incidents?status=triggered&status=acknowledged&order=severity&limit=100');

    const browser = await launchChromium();
    const navigations: Navigation[] = [];
    const passes: ScrollPass[] = [];
    for (let c = 0; c < CONTEXTS && !wasInterrupted(); c += 1) {
      const context = await signedInContext(browser, server);
      const page = await context.newPage();
      for (let i = 0; i < NAVIGATIONS && !wasInterrupted(); i += 1) {
        navigations.push(await navigate(page, i === 0 ? 'cold' : 'warm'));
        const last = navigations.at(-1) as Navigation;
        out(`  navigation ${navigations.length} (${last.cache}): first row ${fixed(last.firstRowMs)} ms, usable ${fixed(last.usableMs)} ms, actionable from outside ${fixed(last.actionableMs)} ms`);
      }
      if (c === 0 && !wasInterrupted()) {
        passes.push(await scrollThrough(page, 'first, reading the later pages'));
        passes.push(await scrollThrough(page, 'again, all read'));
      }
      await context.close();
    }

    const usable = navigations.map((n) => n.usableMs).sort((a, b) => a - b);
    const warm = navigations.filter((n) => n.cache === 'warm').map((n) => n.usableMs).sort((a, b) => a - b);
    const cold = navigations.filter((n) => n.cache === 'cold').map((n) => n.usableMs).sort((a, b) => a - b);
    for (const pass of passes) {
      if (pass.lastRow !== INCIDENTS) problems.push(`scroll "${pass.pass}" ended at row ${pass.lastRow} of ${INCIDENTS}`);
    }
    const checks = [
      `usable, cold (nothing cached): ${cold.map((ms) => `${fixed(ms)} ms`).join(', ')}; warm median ${fixed(percentile(warm, 50))} ms, worst ${fixed(usable.at(-1) ?? NaN)} ms (target ≤ ${TARGETS.usableMs} ms: ${(usable.at(-1) ?? Infinity) <= TARGETS.usableMs ? 'met' : 'MISSED'})`,
      ...passes.map((p) => {
        const p95 = percentile(p.deltas, 95);
        const max = p.deltas.at(-1) ?? NaN;
        const met = p95 <= TARGETS.scrollP95Ms && max <= TARGETS.scrollMaxMs;
        return `scroll ${p.pass}: p95 frame ${fixed(p95, 1)} ms, max ${fixed(max, 1)} ms over ${p.frames} frames (target p95 ≤ ${TARGETS.scrollP95Ms} ms, max ≤ ${TARGETS.scrollMaxMs} ms: ${met ? 'met' : 'MISSED'})`;
      }),
      `first view JavaScript ${fixed(bundle.firstViewJs / 1024, 1)} KB gzipped (budget 250 KB: ${bundle.firstViewJs <= 250 * 1024 ? 'met' : 'MISSED'})`,
      ...problems,
    ];
    const navigationTable = table(
      ['navigation', 'cache', 'first row visible (ms)', 'usable (ms)', 'actionable, from Playwright (ms)', 'first list page read (ms)', 'scripts transferred (KB)'],
      navigations.map((n, i) => [String(i + 1), n.cache, fixed(n.firstRowMs), fixed(n.usableMs), fixed(n.actionableMs), fixed(n.listRequestMs), fixed(n.scriptBytes / 1024, 1)]),
      2,
    );
    const scrollTable = table(
      ['pass', 'frames', 'seconds', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'mean fps', 'long tasks', 'longest task ms', 'last row', 'rows in the DOM'],
      passes.map((p) => [
        p.pass, String(p.frames), fixed(p.seconds, 1), fixed(percentile(p.deltas, 50), 1), fixed(percentile(p.deltas, 95), 1), fixed(percentile(p.deltas, 99), 1), fixed(p.deltas.at(-1) ?? NaN, 1),
        fixed(1000 / mean(p.deltas), 0), String(p.longTasks), fixed(p.longestTaskMs, 0), `${p.lastRow} of ${p.rowCount}`, String(p.domRows),
      ]),
      1,
    );
    const bundleTable = table(['file', 'first view', 'gzipped KB'], bundle.rows, 2);
    const loadAtEnd = loadAverage();

    printList(out, 'Navigation to /incidents, signed in', navigationTable.split('\n'));
    printList(out, `Scrolling ${SCROLL_STEP_PX} px a frame to the last row`, scrollTable.split('\n'));
    printList(out, 'Bundle (gzipped)', [...bundleTable.split('\n'), `first view: ${fixed(bundle.firstViewJs / 1024, 1)} KB JavaScript, ${fixed(bundle.firstViewCss / 1024, 1)} KB CSS`]);
    printList(out, 'Targets', checks);
    out(loadAverageLine(facts, loadAtEnd));

    if (!quick && !wasInterrupted()) {
      const markdown = [
        `# Web console: the incidents list with ${fixed(INCIDENTS)} open incidents, ${today()}`,
        '',
        `Vigil runs as its own process (${facts.vigil}) on SQLite and serves the built console. ${fixed(INCIDENTS)} incidents are declared through the API first (${created.acknowledged} acknowledged; a tenth SEV-1, three tenths SEV-2, the rest SEV-3; six services), in ${fixed(created.ms / 1000, 1)} s. Headless Chromium (\`/usr/bin/chromium\`, software rendering) at 1280×800, signed in as a responder.`,
        '',
        '## Usable',
        '',
        `From navigation start to the first row visible with the main thread free (a message posted as the row appeared has run), measured in the page. ${CONTEXTS} fresh browser contexts, ${NAVIGATIONS} navigations each: the first with nothing cached, the others reloads with the hashed assets cached. The server has read the list once before (a server that has served before). "Actionable" is the same seen from outside: Playwright's \`goto\` → the first row's link passes \`click({ trial: true })\`, CDP round trips included.`,
        '',
        navigationTable,
        '',
        '## Scrolling',
        '',
        `The window scrolled ${SCROLL_STEP_PX} px every animation frame from the top until the last row stayed in view for a second (not counted). The first pass reads the later pages of 100 as it nears them; the second has them all. Frame time: between successive \`requestAnimationFrame\` callbacks (16.7 ms is 60 frames a second). Long tasks: main-thread tasks over 50 ms (PerformanceObserver).`,
        '',
        scrollTable,
        '',
        '## Bundle',
        '',
        `What the browser downloads, gzipped (\`scripts/build-console.ts\` prints the same at build). First view of /incidents: ${fixed(bundle.firstViewJs / 1024, 1)} KB of JavaScript (budget 250 KB), ${fixed(bundle.firstViewCss / 1024, 1)} KB of CSS.`,
        '',
        bundleTable,
        '',
        '## Targets',
        '',
        ...checks.map((line) => `- ${line}`),
        '',
        ...machineSection(facts, loadAtEnd),
        ...checksAndOutput(checks, processLogLines('Vigil', server.log)),
      ].join('\n');
      out(`Written: ${writeResult('console', markdown)}`);
    }
    const usableMet = (usable.at(-1) ?? Infinity) <= TARGETS.usableMs;
    const scrollMet = passes.length === 2 && passes.every((p) => percentile(p.deltas, 95) <= TARGETS.scrollP95Ms && (p.deltas.at(-1) ?? Infinity) <= TARGETS.scrollMaxMs);
    return usableMet && scrollMet && problems.length === 0 ? 0 : 1;
  } finally {
    await server.stop();
    await database.destroy();
  }
}

await runMain(main);
