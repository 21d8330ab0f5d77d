import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, expectNoHorizontalScroll, launchBrowser, newContext, screenshot, signIn } from './support/browser.js';
import { CHECKOUT_ROUTING_KEY, startConsoleServer, type ConsoleServer } from './support/console-server.js';

const HOSTILE_SUMMARY = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">';

// A browser, Vigil and its engine share two busy cores with other work: each test gets a minute.
describe('the incidents list', { timeout: 60_000 }, () => {
  let server: ConsoleServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startConsoleServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** An alert for Checkout API, as Alertmanager or any PagerDuty sender would post it. */
  const trigger = async (summary: string, extra: Record<string, unknown> = {}) => {
    const response = await fetch(`${server.url}/v2/enqueue`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ routing_key: CHECKOUT_ROUTING_KEY, event_action: 'trigger', payload: { summary, source: 'checkout-7f9c', severity: 'critical' }, ...extra }),
    });
    expect(response.status, await response.text()).toBe(202);
  };
  const numberOf = async (title: string) => {
    const listed = await server.api('GET', '/api/v1/incidents?limit=100');
    const found = (listed.body as { incidents: { number: number; title: string }[] }).incidents.find((i) => i.title === title);
    expect(found, `incident "${title}"`).toBeDefined();
    return (found as { number: number }).number;
  };
  /** The pointer away from the list, as a person watching it would leave it: new rows then come straight in. */
  const idle = async (page: Page) => {
    await page.mouse.move(5, 5);
  };
  const live = async (page: Page) => {
    await expect.poll(() => page.getByRole('status').filter({ hasText: /^Live$/ }).count(), { timeout: 8_000 }).toBe(1);
  };
  const row = (page: Page, number: number) => page.locator('[role="row"], [role="listitem"]').filter({ has: page.locator(`a[href="/incidents/${number}"]`) });

  it('shows an alert sent to /v2/enqueue within 2 s and an acknowledgement made elsewhere at once, without a reload', async () => {
    const context = await newContext(browser, { baseURL: server.url });
    const page = await context.newPage();
    await signIn(page, 'bob@example.com');
    await page.getByRole('heading', { level: 1, name: 'Incidents' }).waitFor();
    await live(page);
    await idle(page);
    let navigations = 0;
    page.on('framenavigated', () => (navigations += 1));

    await trigger('Checkout latency over 2 s');
    await page.getByRole('link', { name: 'Checkout latency over 2 s' }).waitFor({ timeout: 2_000 });
    const number = await numberOf('Checkout latency over 2 s');
    await expect.poll(() => row(page, number).textContent()).toContain('Triggered');

    const acked = await server.api('POST', `/api/v1/incidents/${number}/acknowledge`, {});
    expect(acked.status).toBe(200);
    await expect.poll(() => row(page, number).textContent(), { timeout: 1_500 }).toContain('Acknowledged');
    expect(navigations, 'the page was not reloaded').toBe(0);

    // A second, and the counts follow.
    await trigger('Payment authorisations failing');
    await page.getByRole('link', { name: 'Payment authorisations failing' }).waitFor({ timeout: 2_000 });
    await expect.poll(() => page.getByRole('button', { name: /^Triggered/ }).textContent()).toContain('1');
    await expectAccessible(page, 'incidents list');
    await screenshot(page, 'incidents-desktop');
    await context.close();
  });

  it('holds the rows still while the pointer is on the list: a new incident waits behind "1 new — show"', async () => {
    const context = await newContext(browser, { baseURL: server.url });
    const page = await context.newPage();
    await signIn(page, 'dana@example.com');
    await live(page);
    const first = page.locator('[role="row"][aria-rowindex="2"]');
    await first.hover();
    const before = await first.textContent();
    await trigger('Checkout refunds stuck in a queue');
    const waiting = page.getByRole('button', { name: '1 new — show' });
    await waiting.waitFor();
    // Nothing moved: the first row is the one the reader was on, and the new one is not shown yet.
    expect(await first.textContent()).toBe(before);
    expect(await page.getByRole('link', { name: 'Checkout refunds stuck in a queue' }).count()).toBe(0);
    // By keyboard: the pointer is what holds the rows, and the button re-renders as counts update.
    await waiting.press('Enter');
    await page.getByRole('link', { name: 'Checkout refunds stuck in a queue' }).waitFor();
    await context.close();
  });

  it('keeps the filters in the address, says them as a sentence, and keeps them through a reload', async () => {
    const context = await newContext(browser, { baseURL: server.url });
    const page = await context.newPage();
    await signIn(page, 'alice@example.com');
    await page.getByLabel('Service').locator('option', { hasText: 'Checkout API' }).waitFor({ state: 'attached' });
    // Two changes in quick succession on a phone's slower CPU: the second comes before the page has
    // rendered the first, and must build on it rather than drop it.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.getByRole('button', { name: /SEV-1/ }).click();
    await page.getByLabel('Service').selectOption({ label: 'Checkout API' });
    await page.waitForURL((url) => url.searchParams.get('severity') === 'SEV-1' && url.searchParams.get('service') === 'checkout');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const sentence = page.getByText('Open SEV-1 incidents for Checkout API', { exact: false });
    await sentence.waitFor();
    await page.reload();
    await sentence.waitFor();
    expect(await page.getByRole('button', { name: /SEV-1/ }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByLabel('Service').inputValue()).toBe('checkout');

    // A filter that matches nothing says so, with the way back.
    await page.getByLabel('Search titles').fill('no incident is called this');
    await page.waitForURL((url) => url.searchParams.get('q') === 'no incident is called this');
    await page.getByText('Nothing matches these filters').waitFor();
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await page.waitForURL((url) => url.pathname === '/incidents' && url.search === '');
    await page.getByText('Open incidents', { exact: false }).first().waitFor();
    await context.close();
  });

  it('moves through the list with j and k, opens with Enter, and lists its shortcuts on ?', async () => {
    const context = await newContext(browser, { baseURL: server.url });
    const page = await context.newPage();
    await signIn(page, 'bob@example.com');
    await page.getByRole('link', { name: 'Payment authorisations failing' }).waitFor();
    await page.keyboard.press('j');
    const first = await page.evaluate('document.activeElement?.getAttribute("href")');
    expect(first).toMatch(/^\/incidents\/\d+$/);
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    expect(await page.evaluate('document.activeElement?.getAttribute("href")')).toBe(first);
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await page.keyboard.press('Escape');
    // While a dialog is open, or closing, j and k leave the list behind it alone.
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor({ state: 'detached' });
    await page.keyboard.press('/');
    // Focus moves on the next render, which a loaded machine may take a moment to reach.
    await expect.poll(() => page.evaluate('document.activeElement?.getAttribute("type")'), { timeout: 5_000 }).toBe('search');
    await page.keyboard.press('Escape');
    await page.keyboard.press('j');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === first);
    await context.close();
  });

  it('fits a phone at 390×844 without scrolling sideways', async () => {
    const context = await newContext(browser, { baseURL: server.url, phone: true });
    const page = await context.newPage();
    await signIn(page, 'bob@example.com');
    await page.getByRole('link', { name: /Payment authorisations failing/ }).waitFor();
    await expectNoHorizontalScroll(page);
    await expectAccessible(page, 'incidents list on a phone');
    await screenshot(page, 'incidents-phone');
    await context.close();
  });

  it('reads well in the dark', async () => {
    const context = await newContext(browser, { baseURL: server.url, colorScheme: 'dark' });
    const page = await context.newPage();
    await signIn(page, 'chen@example.com');
    await page.getByRole('link', { name: 'Payment authorisations failing' }).waitFor();
    await expectAccessible(page, 'incidents list, dark');
    await screenshot(page, 'incidents-dark');
    await context.close();
  });

  it('shows a hostile alert as text: no script runs, no javascript: link is made', async () => {
    const context = await newContext(browser, { baseURL: server.url });
    const page = await context.newPage();
    await signIn(page, 'bob@example.com');
    await live(page);
    await idle(page);
    await trigger(HOSTILE_SUMMARY, { links: [{ href: 'javascript:alert(1)', text: 'javascript:alert(1)' }], client_url: 'javascript:alert(1)' });
    await page.getByRole('link', { name: HOSTILE_SUMMARY }).waitFor({ timeout: 3_000 });
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(await page.locator('main img[src="x"]').count()).toBe(0);
    // After a reload too (the list from the API rather than the stream).
    await page.reload();
    await page.getByRole('link', { name: HOSTILE_SUMMARY }).waitFor();
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    await context.close();
  });
});
