import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newOrderedId } from '../../src/core/ids.js';
import { expectAccessible, expectNoHorizontalScroll, launchBrowser, newContext, screenshot, signIn } from './support/browser.js';
import { CHECKOUT_ROUTING_KEY, startConsoleServer, type ConsoleServer } from './support/console-server.js';

const SLOW = 90_000;

describe('alerts and their decisions in the console', () => {
  let server: ConsoleServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let number = 0;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startConsoleServer(), launchBrowser()]);
    const sent = await fetch(`${server.url}/v2/enqueue`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ routing_key: CHECKOUT_ROUTING_KEY, event_action: 'trigger', dedup_key: 'checkout-5xx', payload: { summary: 'Checkout API returns 5xx for 12% of requests', source: 'lb-1', severity: 'critical' } }),
    });
    expect(sent.status).toBeLessThan(300);
    const listed = await server.api('GET', '/api/v1/incidents?service=checkout&limit=1');
    number = (listed.body as { incidents: { number: number }[] }).incidents[0]!.number;
    // A silenced alert as the pipeline stores it (silences themselves are made elsewhere): recorded, no incident.
    const now = Date.now();
    await server.database.db
      .insertInto('alerts')
      .values({
        id: newOrderedId('alt'), service_id: 'checkout', integration_id: null, incident_id: null, dedup_key: 'staging-disk', status: 'suppressed',
        summary: 'Disk 91% full on staging-db-2', severity_id: 'SEV-3', incoming_severity: 'warning', source: 'staging-db-2', component: null, group_name: null, class: null,
        labels: JSON.stringify({ env: 'staging' }), details: '{}', links: '[]', images: '[]', client: null, client_url: null, occurred_at: null,
        first_seen_at: now - 60_000, last_seen_at: now, acknowledged_at: null, resolved_at: null, event_count: 4, trail: '0 S sil_upgrade', held_by: 'sil_upgrade',
      })
      .execute();
  }, SLOW);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  const open = async (options: { phone?: boolean; colorScheme?: 'light' | 'dark' }, path: string): Promise<Page> => {
    const context = await newContext(browser, { ...options, baseURL: server.url });
    contexts.push(context);
    const page = await context.newPage();
    await signIn(page, 'bob@example.com', path);
    return page;
  };

  it('lists a suppressed alert with the silence that held it, and explains it on demand', async () => {
    const page = await open({}, '/alerts');
    const held = page.getByRole('listitem').filter({ hasText: 'Disk 91% full on staging-db-2' });
    await expect.poll(() => held.count()).toBe(1);
    await expect.poll(() => held.getByText('Silenced by sil_upgrade').count()).toBe(1);
    await held.getByRole('button', { name: 'Why did this not page?' }).click();
    const decisions = held.getByRole('list', { name: 'Decisions, in order' });
    await expect.poll(() => decisions.getByText('Deduplicated ×3', { exact: false }).count()).toBe(1);
    // Filtering by status keeps only what was held back.
    await page.getByLabel('Status', { exact: true }).first().click();
    await page.getByRole('option', { name: 'Suppressed (held back)' }).click();
    await expect.poll(() => page.getByRole('list', { name: 'Alerts' }).getByRole('listitem').filter({ hasText: 'Checkout API returns 5xx' }).count()).toBe(0);
    await expect.poll(() => held.count()).toBe(1);
    await expectAccessible(page, 'alerts page');
    await screenshot(page, 'alerts-desktop');
  }, SLOW);

  it('shows the decision trail of an alert on its incident', async () => {
    const page = await open({}, `/incidents/${number}`);
    const card = page.getByRole('article').filter({ hasText: 'Checkout API returns 5xx' });
    await card.getByRole('button', { name: 'Why? (decision trail)' }).click();
    const decisions = card.getByRole('list', { name: 'Decisions, in order' });
    await expect.poll(() => decisions.getByText(`Opened incident #${number}`).count()).toBe(1);
    await screenshot(page, 'alerts-incident-trail-desktop');
  }, SLOW);

  it('reads well at 390 px in the dark, without sideways scrolling', async () => {
    const page = await open({ phone: true, colorScheme: 'dark' }, '/alerts');
    const held = page.getByRole('listitem').filter({ hasText: 'Disk 91% full on staging-db-2' });
    await expect.poll(() => held.count()).toBe(1);
    await held.getByRole('button', { name: 'Why did this not page?' }).click();
    await expect.poll(() => held.getByRole('list', { name: 'Decisions, in order' }).count()).toBe(1);
    await expectNoHorizontalScroll(page);
    await expectAccessible(page, 'alerts page on a phone, dark');
    await screenshot(page, 'alerts-phone-dark');
  }, SLOW);
});
