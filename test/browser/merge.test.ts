import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, expectNoHorizontalScroll, launchBrowser, newContext, PHONE, screenshot, signIn } from './support/browser.js';
import { CHECKOUT_ROUTING_KEY, startConsoleServer, type ConsoleServer } from './support/console-server.js';

const SLOW = 90_000;

describe('merge, split and heartbeats in the console', () => {
  let server: ConsoleServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const numbers: Record<string, number> = {};
  const eventually = <T,>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 8_000 });

  const trigger = async (dedup: string, summary: string) => {
    const sent = await fetch(`${server.url}/v2/enqueue`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ routing_key: CHECKOUT_ROUTING_KEY, event_action: 'trigger', dedup_key: dedup, payload: { summary, source: dedup, severity: 'critical' } }),
    });
    expect(sent.status).toBe(202);
    const listed = await server.api('GET', '/api/v1/incidents?limit=1');
    return (listed.body as { incidents: { number: number }[] }).incidents[0]!.number;
  };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startConsoleServer(), launchBrowser()]);
    numbers.target = await trigger('checkout-5xx', 'Checkout returns 5xx');
    numbers.source = await trigger('checkout-latency', 'Checkout p99 latency above 2s');
    const created = await server.api('POST', '/api/v1/heartbeats', { service: 'checkout', name: 'Prometheus Watchdog', interval: '5m', grace: '2m' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    await server.api('POST', '/api/v1/heartbeats', { service: 'checkout', name: 'Nightly order export', interval: '1d', grace: '30m' });
    const url = (created.body as { url: string }).url;
    expect((await fetch(`${server.url}${new URL(url).pathname}`)).status).toBe(200);
    context = await newContext(browser, { baseURL: server.url });
    page = await context.newPage();
  }, SLOW);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  it('merges an incident into another found by search, after confirming, and lands on the target', async () => {
    await signIn(page, 'bob@example.com', `/incidents/${numbers.source}`);
    await page.getByRole('button', { name: 'Merge into…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Find an open incident').fill('5xx');
    await dialog.getByRole('radio', { name: new RegExp(`#${numbers.target} Checkout returns 5xx`) }).check();
    await screenshot(page, 'merge-dialog-desktop');
    await dialog.getByRole('button', { name: 'Continue' }).click();
    const confirm = page.getByRole('dialog', { name: `Merge #${numbers.source} into #${numbers.target}?` });
    await confirm.getByRole('button', { name: 'Merge' }).click();
    await page.waitForURL((u) => u.pathname === `/incidents/${numbers.target}`);
    await eventually(() => page.getByRole('region', { name: 'Timeline' }).textContent()).toContain(`#${numbers.source} Checkout p99 latency above 2s merged into this incident`);
    const merged = await server.api('GET', `/api/v1/incidents/${numbers.source}`);
    expect((merged.body as { status: string }).status).toBe('resolved');
    await expectAccessible(page, 'incident after merge');
  }, SLOW);

  it('splits an alert back out into an incident of its own', async () => {
    const latency = page.getByRole('article').filter({ hasText: 'Checkout p99 latency above 2s' });
    await latency.getByRole('button', { name: 'Split out' }).click();
    await page.getByRole('dialog', { name: 'Split this alert into its own incident?' }).getByRole('button', { name: 'Split out' }).click();
    await page.waitForURL((u) => u.pathname !== `/incidents/${numbers.target}`);
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Checkout p99 latency above 2s');
  }, SLOW);

  it('lists heartbeats with state, ping address and pause, on the page and on the service, at desktop and phone sizes', async () => {
    await page.goto('/heartbeats');
    const watchdog = page.getByRole('region', { name: 'Heartbeat Prometheus Watchdog' });
    await eventually(() => watchdog.textContent()).toContain('Armed');
    expect(await page.getByRole('region', { name: 'Heartbeat Nightly order export' }).textContent()).toContain('Waiting for first ping');
    await screenshot(page, 'heartbeats-desktop');
    await expectAccessible(page, 'heartbeats page');
    await watchdog.getByRole('button', { name: 'Pause' }).click();
    await eventually(() => watchdog.textContent()).toContain('Paused');
    await watchdog.getByRole('button', { name: 'Resume' }).click();
    await eventually(() => watchdog.textContent()).toContain('Armed');

    await page.goto('/services/checkout');
    await eventually(() => page.getByRole('region', { name: 'Heartbeats' }).textContent()).toContain('Prometheus Watchdog');
    await page.setViewportSize(PHONE);
    await page.goto('/heartbeats');
    await eventually(() => page.getByRole('region', { name: 'Heartbeat Prometheus Watchdog' }).textContent()).toContain('Armed');
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'heartbeats-phone');
    await page.goto('/services/checkout');
    await eventually(() => page.getByRole('region', { name: 'Heartbeats' }).textContent()).toContain('Prometheus Watchdog');
    await expectNoHorizontalScroll(page);
  }, SLOW);
});
