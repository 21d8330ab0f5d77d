import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshIncidentFacts } from '../../src/analytics/incident-facts.js';
import { expectAccessible, expectNoHorizontalScroll, launchBrowser, newContext, screenshot, signIn } from './support/browser.js';
import { startConsoleServer, type ConsoleServer } from './support/console-server.js';

const SLOW = 90_000;
const MIN = 60_000;

/**
 * A fortnight of history on the example organisation, relative to now: acknowledgements by
 * people and at the source, a reopened incident, pages at night, a cost ledger line.
 */
async function seedHistory(server: ConsoleServer): Promise<void> {
  const db = server.database.db;
  const now = Date.now();
  const day = 86_400_000;
  const specs = [
    { n: 9001, service: 'checkout', severity: 'SEV-1', at: now - 10 * day, within: 15 * MIN, ack: [4 * MIN, 'user:alice'], resolved: [40 * MIN, 'user:alice'] },
    { n: 9002, service: 'checkout', severity: 'SEV-1', at: now - 9 * day, within: 15 * MIN, ack: [30 * MIN, 'user:bob'], resolved: [90 * MIN, 'integration:checkout/alertmanager'] },
    { n: 9003, service: 'payment-gateway', severity: 'SEV-2', at: now - 6 * day, within: 60 * MIN, ack: [2 * MIN, 'integration:payment-gateway/grafana'], resolved: [20 * MIN, 'integration:payment-gateway/grafana'] },
    { n: 9004, service: 'edge-proxy', severity: 'SEV-3', at: now - 3 * day, within: 24 * 60 * MIN, ack: [10 * MIN, 'user:chen'], resolved: [200 * MIN, 'user:chen'] },
    { n: 9005, service: 'checkout', severity: 'SEV-2', at: now - 2 * day, within: 60 * MIN, ack: [12 * MIN, 'user:dana'], resolved: null },
  ] as const;
  for (const s of specs) {
    const id = `inc_analytics_${s.n}`;
    await db.insertInto('incidents').values({
      id, number: s.n, title: `Seeded incident ${s.n}`, description: null, service_id: s.service, severity_id: s.severity,
      status: s.resolved ? 'resolved' : 'acknowledged', urgency: 'high', commander_id: null, created_by: 'system', triggered_at: s.at,
      acknowledged_at: s.resolved ? null : s.at + s.ack[0], first_acknowledged_at: s.at + s.ack[0], resolved_at: s.resolved ? s.at + s.resolved[0] : null,
      responded_at: s.at + s.ack[0], respond_by: s.at + s.within, updated_at: s.at, alert_group_key: null, escalation_policy_id: null,
    }).execute();
    const entries: [number, string, string][] = [[0, 'triggered', 'system'], [s.ack[0], 'acknowledged', s.ack[1]]];
    if (s.resolved) entries.push([s.resolved[0], 'resolved', s.resolved[1]]);
    await db.insertInto('timeline_entries').values(entries.map(([offset, kind, actor], i) => ({ incident_id: id, seq: i + 1, at: s.at + offset, kind, actor, message: `${kind} by ${actor}`, data: '{}' }))).execute();
    await db.insertInto('pages').values({ id: `page_analytics_${s.n}`, incident_id: id, user_id: s.ack[1].startsWith('user:') ? s.ack[1].slice(5) : 'alice', round: 1, level: 1, reason: 'seeded', target: 'schedule:platform-primary', created_at: s.at }).execute();
  }
  await refreshIncidentFacts(db, specs.map((s) => `inc_analytics_${s.n}`));
  await db.insertInto('cost_lines').values({
    id: 'cst_analytics_1', incident_id: 'inc_analytics_9001', kind: 'downtime', label: 'Downtime', amount_minor: 224_000, currency: 'USD', inputs: '{}',
    formula: '40 min × 56 USD/min = 2,240.00 USD', created_by: 'system', created_at: now - 10 * day, voided_at: null,
  }).execute();
}

describe('analytics in the console', () => {
  let server: ConsoleServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startConsoleServer(), launchBrowser()]);
    await seedHistory(server);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const eventually = <T,>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 10_000 });

  it('shows the numbers the API computes, explains them in the server\'s words, and exports CSV', async () => {
    const context = await newContext(browser, { baseURL: server.url });
    const page = await context.newPage();
    // The page's range (30 days to the next minute), as it asked the API for it.
    let asked: URL | null = null;
    page.on('request', (request) => {
      if (request.url().includes('/api/v1/analytics/summary')) asked = new URL(request.url());
    });
    await signIn(page, 'bob@example.com', '/analytics');
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Analytics');
    await page.getByRole('navigation').getByRole('link', { name: 'Analytics' }).waitFor();
    await eventually(() => asked !== null).toBe(true);
    const url = asked as unknown as URL;
    const api = await server.api('GET', `/api/v1/analytics/summary?${url.searchParams.toString()}`);
    const summary = api.body as { incidents: number; mtta: { mean: number; count: number }; mttr: { mean: number }; compliance: { severity: string; met: number; breached: number }[] };
    // Hand check of the seed: MTTA by a person 4, 30, 10, 12 min (9003 only at the source) = mean 14 min; MTTR 40, 90, 20, 200 min = 87.5 min.
    expect(summary.incidents).toBe(5);
    expect(summary.mtta).toMatchObject({ mean: 840, count: 4 });
    expect(summary.mttr.mean).toBe(5250);
    await eventually(() => page.locator('[data-stat="MTTA"]').textContent()).toBe('14 min');
    expect(await page.locator('[data-stat="MTTR"]').textContent()).toBe('1 h 28 min');
    expect(await page.locator('[data-stat="Incidents"]').textContent()).toBe('5');
    const compliance = page.getByRole('region', { name: 'Response target compliance' });
    // SEV-1: 9001 met (4 of 15 min), 9002 breached (30 min).
    expect(await compliance.textContent()).toContain('50% met (1 met, 1 breached)');

    // The tooltip quotes the server's definition.
    const definitions = (await server.api('GET', '/api/v1/analytics/definitions')).body as { definitions: { key: string; rule: string }[] };
    await page.getByRole('button', { name: 'How MTTA is computed' }).click();
    await eventually(() => page.getByRole('dialog').textContent()).toContain(definitions.definitions.find((d) => d.key === 'mtta')!.rule);
    await screenshot(page, 'analytics-explain');
    // Focus moves into it (on the next render, which a loaded machine may take a moment to reach);
    // Escape closes it and hands focus back to its button, as for any dialog.
    // (Polled with evaluate: waitForFunction re-evaluates its string, which the console's CSP forbids.)
    await eventually(() => page.evaluate('document.activeElement?.closest(\'[role="dialog"]\') != null')).toBe(true);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await page.evaluate('document.activeElement?.getAttribute("aria-label")')).toBe('How MTTA is computed');

    const people = page.getByRole('table', { name: 'On-call load per person' });
    await eventually(() => people.locator('[data-person="alice"]').count()).toBe(1);

    const costs = page.getByRole('region', { name: 'Cost of downtime' });
    await eventually(() => costs.textContent()).toContain('$2,240.00');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export compliance as CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('compliance.csv');
    const csv = readFileSync((await file.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('severity,severity_name,incidents,met,breached,share');
    expect(csv).toContain('SEV-1,Critical,2,1,1,0.5');

    await expectAccessible(page, 'the analytics page');
    await screenshot(page, 'analytics-desktop');
    await page.emulateMedia({ colorScheme: 'dark' });
    // The scheme is chosen before the first paint: reload rather than catch the page mid-change.
    await page.reload();
    await eventually(() => costs.textContent()).toContain('$2,240.00');
    await expectAccessible(page, 'the analytics page, dark');
    await screenshot(page, 'analytics-desktop-dark');
    await context.close();
  }, SLOW);

  it('reads at 390 px without sideways scrolling', async () => {
    const context = await newContext(browser, { baseURL: server.url, phone: true });
    const page = await context.newPage();
    await signIn(page, 'chen@example.com', '/analytics');
    await eventually(() => page.locator('[data-stat="MTTA"]').textContent()).toBe('14 min');
    await page.getByRole('table', { name: 'On-call load per person' }).waitFor();
    await expectNoHorizontalScroll(page);
    await expectAccessible(page, 'the analytics page at 390 px');
    await screenshot(page, 'analytics-phone');
    await context.close();
  }, SLOW);
});
