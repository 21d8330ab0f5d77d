import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, expectNoHorizontalScroll, launchBrowser, newContext, PHONE, screenshot, signIn } from './support/browser.js';
import { startConsoleServer, type ConsoleServer } from './support/console-server.js';

/** The example's Alertmanager routing key for Checkout API (deploy/example/vigil.yaml). */
const CHECKOUT_ALERTMANAGER_KEY = 'am-checkout-5d1e9b7c2a4f';
/** Each test signs in, loads a page and makes several round trips, on a machine others share. */
const SLOW = 60_000;

describe('one incident in the console', () => {
  let server: ConsoleServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startConsoleServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const declare = async (title: string, severity = 'SEV-1'): Promise<number> => {
    const response = await server.api('POST', '/api/v1/incidents', { title, severity, service: 'checkout' });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return (response.body as { number: number }).number;
  };
  const status = (page: Page) => page.locator('main header').textContent();
  const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
  const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
  /** A page load, a round trip and a re-render: more than expect.poll's default second on a busy machine. */
  const eventually = <T,>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 8_000 });

  it('acknowledges and resolves from the page, and the timeline says who did it', async () => {
    const number = await declare('Checkout returns 500s');
    const context = await newContext(browser, { baseURL: server.url });
    const page = await context.newPage();
    await signIn(page, 'bob@example.com', `/incidents/${number}`);
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Checkout returns 500s');
    await eventually(() => status(page)).toContain('Triggered');
    expect(await page.getByRole('link', { name: 'Checkout API' }).getAttribute('href')).toBe('/services/checkout');
    expect(await page.locator('main header').textContent()).toMatch(/Respond within \d+ min/);
    expect(await page.locator('main header').textContent()).toContain('Platform');

    await button(page, 'Acknowledge').click();
    await eventually(() => status(page)).toContain('Acknowledged');
    await eventually(() => timeline(page).textContent()).toMatch(/Acknowledged · Triggered → Acknowledged.*Bob Okafor/);
    expect(await button(page, 'Acknowledge').getAttribute('aria-disabled')).toBe('true');
    // Focus stays where the person left it.
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Acknowledge');

    await button(page, 'Resolve').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Note (optional)').fill('Rolled back deploy 812');
    await expectAccessible(page, 'the resolve dialog', '[role="dialog"]');
    await dialog.getByRole('button', { name: `Resolve #${number}`, exact: true }).click();
    await eventually(() => status(page)).toContain('Resolved');
    await eventually(() => timeline(page).textContent()).toContain('Rolled back deploy 812');
    expect(await timeline(page).textContent()).toMatch(/Resolved · Acknowledged → Resolved/);
    await timeline(page).locator('label').filter({ hasText: /^Pages/ }).click();
    expect(await timeline(page).getByRole('radio', { name: /^Pages/ }).isChecked()).toBe(true);
    await eventually(() => timeline(page).textContent()).toMatch(/\d+ hidden by filter/);
    expect(await timeline(page).textContent()).not.toContain('Rolled back deploy 812');
    const incident = await server.api('GET', `/api/v1/incidents/${number}`);
    expect(incident.body).toMatchObject({ status: 'resolved' });
    await context.close();
  }, SLOW);

  it('keeps a note draft across a reload, posts it to the timeline and forgets the draft', async () => {
    const number = await declare('Search is slow', 'SEV-3');
    const context = await newContext(browser, { baseURL: server.url });
    const page = await context.newPage();
    await signIn(page, 'bob@example.com', `/incidents/${number}`);
    const note = page.getByLabel('Add a note');
    await note.fill('Cache hit rate fell to 12% at 03:05');
    await page.reload();
    await eventually(() => page.getByLabel('Add a note').inputValue()).toBe('Cache hit rate fell to 12% at 03:05');
    await button(page, 'Post note').click();
    await eventually(() => timeline(page).textContent()).toContain('Cache hit rate fell to 12% at 03:05');
    await eventually(() => page.getByLabel('Add a note').inputValue()).toBe('');
    await page.reload();
    await eventually(() => timeline(page).textContent()).toContain('Cache hit rate fell to 12% at 03:05');
    expect(await page.getByLabel('Add a note').inputValue()).toBe('');

    // `n` finds the field; single keys do nothing while typing in it.
    await page.evaluate('document.activeElement?.blur()');
    await page.keyboard.press('n');
    await eventually(() => page.evaluate('document.activeElement?.tagName')).toBe('TEXTAREA');
    await page.keyboard.type('a');
    await eventually(() => page.getByLabel('Add a note').inputValue()).toBe('a');
    expect(await status(page)).toContain('Triggered');
    await expectAccessible(page, 'incident page (light)');
    await screenshot(page, 'incident-desktop');
    await context.close();
  }, SLOW);

  it("shows the server's refusal when the incident was resolved elsewhere meanwhile, and rolls back", async () => {
    const number = await declare('Payments time out');
    const context = await newContext(browser, { baseURL: server.url });
    // The page must not hear of the resolve before the click, as when the stream lags behind.
    await context.route('**/api/v1/stream**', (route) => route.abort());
    const page = await context.newPage();
    await signIn(page, 'bob@example.com', `/incidents/${number}`);
    await eventually(() => status(page)).toContain('Triggered');
    expect((await server.api('POST', `/api/v1/incidents/${number}/resolve`, { note: 'fixed upstream' })).status).toBe(200);

    await button(page, 'Acknowledge').click();
    const alert = page.getByRole('region', { name: 'Incident actions' }).getByRole('alert');
    await eventually(() => alert.textContent()).toContain(`cannot acknowledge incident #${number}`);
    await eventually(() => alert.textContent()).toContain('Already resolved by API token');
    expect(await alert.textContent()).toContain('VIGIL_ILLEGAL_TRANSITION');
    await eventually(() => status(page)).toContain('Resolved');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Payments time out');
    await context.close();
  }, SLOW);

  it('lets a viewer read everything and says why the actions are not theirs', async () => {
    const number = await declare('Edge latency');
    const context = await newContext(browser, { baseURL: server.url });
    const page = await context.newPage();
    await signIn(page, 'eli@example.com', `/incidents/${number}`);
    await eventually(() => status(page)).toContain('Triggered');
    for (const [name, verb] of [['Acknowledge', 'acknowledge'], ['Resolve', 'resolve'], ['Escalate', 'escalate']] as const) {
      const action = button(page, name);
      expect(await action.getAttribute('aria-disabled'), name).toBe('true');
      const describedBy = await action.getAttribute('aria-describedby');
      expect(await page.locator(`[id="${describedBy}"]`).textContent()).toBe(`Your role (viewer) can't ${verb}`);
    }
    // Playwright will not click what is aria-disabled; a person can, and so can a keyboard.
    await button(page, 'Acknowledge').focus();
    await page.keyboard.press('Enter');
    await eventually(() => page.getByRole('region', { name: 'Incident actions' }).getByRole('alert').textContent()).toContain("Your role (viewer) can't acknowledge");
    expect(await status(page)).toContain('Triggered');
    expect(await page.getByLabel('Add a note').getAttribute('readonly')).not.toBeNull();
    await context.close();
  }, SLOW);

  it('escalates to the next level with a reason', async () => {
    const number = await declare('Disk full on db-3');
    const context = await newContext(browser, { baseURL: server.url });
    const page = await context.newPage();
    await signIn(page, 'bob@example.com', `/incidents/${number}`);
    await eventually(() => page.locator('main header').textContent()).toMatch(/Level 1 of Platform · next at \d\d:\d\d \(level 2, in \d+ min\)/);
    await page.keyboard.press('e');
    const dialog = page.getByRole('dialog');
    await eventually(() => dialog.textContent()).toContain('Level 2 of Platform now: Alice Liddell');
    await dialog.getByLabel('Reason').fill('Needs the database owner');
    await dialog.getByRole('button', { name: 'Escalate now' }).click();
    await eventually(() => timeline(page).textContent()).toContain('Escalated to level 2 of platform');
    expect(await timeline(page).textContent()).toContain('Needs the database owner');
    await context.close();
  }, SLOW);

  it('works on a phone: no sideways scrolling, and the actions stay within reach', async () => {
    const number = await declare('Checkout p99 over 4 s on mobile clients with a rather long title that must wrap');
    const context = await newContext(browser, { baseURL: server.url, phone: true });
    const page = await context.newPage();
    await signIn(page, 'bob@example.com', `/incidents/${number}`);
    await eventually(() => status(page)).toContain('Triggered');
    await expectNoHorizontalScroll(page);
    const reachable = async () => {
      const box = await button(page, 'Acknowledge').boundingBox();
      return box !== null && box.y >= 0 && box.y + box.height <= PHONE.height && box.height >= 44;
    };
    expect(await reachable()).toBe(true);
    await page.evaluate('window.scrollTo(0, document.body.scrollHeight)');
    expect(await reachable()).toBe(true);
    await screenshot(page, 'incident-phone');
    await button(page, 'Acknowledge').click();
    await eventually(() => status(page)).toContain('Acknowledged');
    await screenshot(page, 'incident-phone-acknowledged');
    await button(page, 'Resolve').click();
    await page.getByRole('dialog').getByRole('button', { name: `Resolve #${number}`, exact: true }).click();
    await eventually(() => status(page)).toContain('Resolved');
    await expectNoHorizontalScroll(page);
    await context.close();
  }, SLOW);

  it('is readable in the dark theme', async () => {
    const number = await declare('Edge proxy 502s', 'SEV-2');
    await server.api('POST', `/api/v1/incidents/${number}/notes`, { text: 'Looking at the upstream pool' });
    const context = await newContext(browser, { baseURL: server.url, colorScheme: 'dark' });
    const page = await context.newPage();
    await signIn(page, 'bob@example.com', `/incidents/${number}`);
    await eventually(() => timeline(page).textContent()).toContain('Looking at the upstream pool');
    await expectAccessible(page, 'incident page (dark)');
    await screenshot(page, 'incident-dark');
    await context.close();
  }, SLOW);

  it('draws a hostile alert as inert text, linking only its http runbook', async () => {
    const hostile = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">';
    const sent = await fetch(`${server.url}/integrations/alertmanager/${CHECKOUT_ALERTMANAGER_KEY}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        version: '4',
        groupKey: '{}:{alertname="Hostile"}',
        status: 'firing',
        receiver: 'vigil',
        groupLabels: { alertname: 'Hostile' },
        commonLabels: { alertname: 'Hostile' },
        commonAnnotations: {},
        externalURL: 'http://alertmanager.example:9093',
        alerts: [{
          status: 'firing',
          labels: { alertname: 'Hostile', instance: hostile, team: '<img src=x onerror="window.__pwned = 3">' },
          annotations: { summary: `Checkout ${hostile}`, runbook_url: 'javascript:window.__pwned = 4', dashboard_url: 'https://grafana.example/d/checkout' },
          startsAt: new Date().toISOString(),
          endsAt: '0001-01-01T00:00:00Z',
          generatorURL: 'javascript:window.__pwned = 5',
        }],
      }),
    });
    expect(sent.status).toBeLessThan(300);
    const listed = await server.api('GET', '/api/v1/incidents?service=checkout&limit=1');
    const number = (listed.body as { incidents: { number: number }[] }).incidents[0]!.number;

    const context = await newContext(browser, { baseURL: server.url });
    const page = await context.newPage();
    await signIn(page, 'bob@example.com', `/incidents/${number}`);
    const alerts = page.getByRole('region', { name: /^Alerts/ });
    await eventually(() => alerts.textContent()).toContain('javascript:window.__pwned = 4');
    expect(await alerts.textContent()).toContain('<script>window.__pwned = 1</script>');
    expect(await alerts.textContent()).toContain('team=<img src=x onerror="window.__pwned = 3">');
    expect(await page.evaluate('typeof window.__pwned')).toBe('undefined');
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.locator('main a[href^="javascript:" i]').count()).toBe(0);
    const runbook = alerts.locator('dd', { hasText: 'javascript:window.__pwned = 4' });
    expect(await runbook.count()).toBe(1);
    expect(await runbook.locator('a').count()).toBe(0);
    const dashboard = alerts.getByRole('link', { name: 'https://grafana.example/d/checkout' });
    expect(await dashboard.getAttribute('href')).toBe('https://grafana.example/d/checkout');
    expect(await dashboard.getAttribute('rel')).toContain('noopener');
    await alerts.getByRole('button', { name: 'Show raw payload' }).click();
    await screenshot(page, 'incident-hostile-alert');
    expect(await page.evaluate('typeof window.__pwned')).toBe('undefined');
    await expectNoHorizontalScroll(page);
    await context.close();
  }, SLOW);
});
