import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, expectNoHorizontalScroll, launchBrowser, newContext, screenshot, signIn } from './support/browser.js';
import { CHECKOUT_ROUTING_KEY, startConsoleServer, type ConsoleServer } from './support/console-server.js';

/** The address the test server hands senders (its configured public URL, not its loopback port). */
const PUBLIC_URL = 'http://127.0.0.1';

/** Polls for longer than vitest's 1 s default: the machine running these is shared and busy. */
function eventually<T>(read: () => T | Promise<T>) {
  return expect.poll(read, { timeout: 10_000, interval: 100 });
}

/** The JSON body of a curl command as the page shows it (`-d '<json>'`). */
function curlBody(command: string): unknown {
  const match = /-d '(.*)'\s*$/s.exec(command);
  if (!match) throw new Error(`no body in: ${command}`);
  return JSON.parse(match[1]!.replace(/'\\''/g, "'"));
}

async function integration(page: Page, name: string) {
  return page.getByRole('region', { name: `Integration ${name}` });
}

describe('escalation policies and services in the console', () => {
  let server: ConsoleServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startConsoleServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the platform chain with its delays and who level 1 reaches now, and an admin edits a delay', async () => {
    const context = await newContext(browser, { baseURL: server.url });
    const page = await context.newPage();
    await signIn(page, 'alice@example.com', '/escalation-policies');
    const platform = page.getByRole('region', { name: 'Platform', exact: true });
    await eventually(() => platform.getByTestId('policy-chain').textContent()).toBe('Level 1 → 5 min → Level 2 → 10 min → Level 3, repeat 1×');
    // The schedule target says who it reaches now: someone is always on the around-the-clock layer.
    await eventually(() => platform.getByText(/^Schedule Platform primary → .+, on call until/).count()).toBe(1);
    await eventually(() => platform.getByText('No acknowledgement in 15 min: start again at level 1 (1 more round), then stop').count()).toBe(1);
    await expectAccessible(page, 'escalation policies');
    await screenshot(page, 'policies-desktop');

    await platform.getByRole('button', { name: 'Edit levels of Platform' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit Platform' });
    await dialog.getByLabel('Minutes before level 2').fill('7');
    await eventually(() => dialog.getByText('Level 1 → 7 min → Level 2 → 10 min → Level 3, repeat 1×').count()).toBe(1);
    await expectAccessible(page, 'escalation policy editor');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await eventually(() => platform.getByTestId('policy-chain').textContent()).toBe('Level 1 → 7 min → Level 2 → 10 min → Level 3, repeat 1×');
    const saved = await server.api('GET', '/api/v1/escalation-policies/platform');
    expect(saved.body).toMatchObject({ levels: [{ escalate_after: '7m' }, { escalate_after: '10m' }, { escalate_after: '15m' }], repeat: 1, team: 'platform' });

    // One policy at its own address, the page its links land on.
    await page.goto('/escalation-policies/payments');
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Payments');
    await eventually(() => page.getByTestId('policy-chain').textContent()).toBe('Level 1 → 5 min → Level 2, repeat 1×');
    await page.goto('/escalation-policies/nope');
    await eventually(() => page.getByText('There is no escalation policy "nope"').count()).toBe(1);
    await context.close();
  }, 90_000);

  it('fits the policies on a phone without sideways scrolling', async () => {
    const context = await newContext(browser, { baseURL: server.url, phone: true });
    const page = await context.newPage();
    await signIn(page, 'alice@example.com', '/escalation-policies');
    await page.getByRole('region', { name: 'Payments', exact: true }).getByTestId('policy-chain').waitFor();
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'policies-phone');
    // The editor fills the phone's screen and wraps rather than scrolling sideways.
    await page.getByRole('button', { name: 'Edit levels of Platform' }).click();
    await page.getByRole('dialog', { name: 'Edit Platform' }).getByLabel('Minutes before level 2').waitFor();
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'policy-editor-phone');
    await context.close();
  });

  it('keeps editing visible but disabled, with the reason, for a viewer', async () => {
    const context = await newContext(browser, { baseURL: server.url });
    const page = await context.newPage();
    await signIn(page, 'eli@example.com', '/escalation-policies');
    const edit = page.getByRole('region', { name: 'Platform', exact: true }).getByRole('button', { name: 'Edit levels of Platform' });
    await eventually(() => edit.getAttribute('aria-disabled')).toBe('true');
    const describedBy = await edit.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toBe("Your role (viewer) can't edit this policy");
    // Still reachable and pressable by keyboard; pressing it opens nothing.
    await edit.focus();
    await page.keyboard.press('Enter');
    expect(await page.getByRole('dialog').count()).toBe(0);

    // The service page too: editing disabled with its reason, and routing keys hidden with why.
    await page.goto('/services/checkout');
    const editService = page.getByRole('button', { name: 'Edit service' });
    await eventually(() => editService.getAttribute('aria-disabled')).toBe('true');
    await eventually(() => page.getByText("Your role (viewer) can't edit this service").count()).toBe(1);
    await eventually(() => page.getByText(/Routing keys are hidden\. Your role \(viewer\) can't see routing keys/).count()).toBe(1);
    expect(await page.content()).not.toContain(CHECKOUT_ROUTING_KEY);

    // A viewer may still follow the service: stakeholder updates of every incident on it.
    const stakeholders = page.getByRole('region', { name: 'Stakeholders' });
    await stakeholders.getByRole('button', { name: 'Subscribe me' }).click();
    await eventually(() => stakeholders.getByRole('button', { name: 'Stop my updates' }).count()).toBe(1);
    const listed = await server.api('GET', '/api/v1/services/checkout/subscriptions');
    expect((listed.body as { subscriptions: { kind: string; user: string | null }[] }).subscriptions).toEqual([expect.objectContaining({ kind: 'user', user: 'eli' })]);
    // Subscribing someone else is for responders: the address form says why.
    expect(await stakeholders.getByRole('button', { name: 'Subscribe', exact: true }).getAttribute('aria-disabled')).toBe('true');
    await stakeholders.getByRole('button', { name: 'Stop my updates' }).click();
    await eventually(() => stakeholders.getByRole('button', { name: 'Subscribe me' }).count()).toBe(1);
    await context.close();
  }, 90_000);

  it('gives an admin the checkout key masked, revealed, copied, and in working Alertmanager, Grafana and curl setups', async () => {
    const context = await newContext(browser, { baseURL: server.url });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const page = await context.newPage();
    await signIn(page, 'alice@example.com', '/services/checkout');
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Checkout API');
    expect(await page.getByRole('link', { name: 'Platform' }).getAttribute('href')).toBe('/escalation-policies/platform');

    const prometheus = await integration(page, 'Prometheus');
    const key = prometheus.getByLabel('routing key of Prometheus', { exact: true });
    await eventually(() => key.textContent()).toMatch(/^•+$/);
    await prometheus.getByRole('button', { name: 'Reveal' }).first().click();
    await eventually(() => key.textContent()).toBe(CHECKOUT_ROUTING_KEY);
    await prometheus.getByRole('button', { name: 'Copy routing key of Prometheus' }).click();
    await eventually(() => prometheus.getByRole('status').filter({ hasText: /copied/i }).first().textContent()).toBe('routing key of Prometheus copied');
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe(CHECKOUT_ROUTING_KEY);

    await prometheus.getByRole('button', { name: 'Alertmanager', exact: true }).click();
    const receiver = await prometheus.getByLabel('Alertmanager receiver for Prometheus', { exact: true }).textContent();
    expect(receiver).toContain(`pagerduty_configs:\n      - routing_key: ${CHECKOUT_ROUTING_KEY}\n        url: ${PUBLIC_URL}/v2/enqueue`);
    // The test server's public address is not the one the browser uses: the page says so.
    await eventually(() => page.getByText(/not the address this browser uses/).count()).toBe(1);
    await prometheus.getByRole('button', { name: 'Grafana', exact: true }).click();
    await eventually(() => prometheus.getByLabel('Grafana URL for Prometheus', { exact: true }).textContent()).toBe(`${PUBLIC_URL}/v2/enqueue`);
    await prometheus.getByRole('button', { name: 'Test with curl', exact: true }).click();

    // The curl command's body, sent where the server really listens, opens an incident.
    const trigger = await prometheus.getByLabel('test alert command for Prometheus', { exact: true }).textContent();
    expect(trigger).toContain(`'${PUBLIC_URL}/v2/enqueue'`);
    const sent = await fetch(`${server.url}/v2/enqueue`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(curlBody(trigger!)) });
    expect(sent.status, await sent.text()).toBe(202);

    // The Alertmanager integration's address holds its key, so it is masked too; its curl works.
    const alertmanager = await integration(page, 'Alertmanager webhook');
    await alertmanager.getByRole('button', { name: 'Test with curl', exact: true }).click();
    const amTrigger = await alertmanager.getByLabel('test alert command for Alertmanager webhook', { exact: true }).textContent();
    const amSent = await fetch(`${server.url}/integrations/alertmanager/am-checkout-5d1e9b7c2a4f`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(curlBody(amTrigger!)) });
    expect(amSent.status, await amSent.text()).toBe(202);

    await page.reload();
    const openList = page.getByRole('region', { name: 'Open incidents' });
    await eventually(() => openList.getByRole('link', { name: /Test alert from the Vigil console/ }).count()).toBe(2);
    const href = await openList.getByRole('link', { name: /Test alert from the Vigil console/ }).first().getAttribute('href');
    expect(href).toMatch(/^\/incidents\/\d+$/);
    await prometheus.getByRole('button', { name: 'Alertmanager', exact: true }).click();
    await expectAccessible(page, 'service page');
    await screenshot(page, 'service-desktop');

    // Team and policy names arrive after the services: the list waits for them, never showing an id first.
    const names = /\/api\/v1\/(teams|escalation-policies)$/;
    await page.route(names, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 700));
      await route.continue();
    });
    await page.goto('/services');
    const row = page.getByRole('row', { name: /Checkout API/ });
    await row.waitFor();
    expect((await row.getByRole('cell').allTextContents()).slice(1, 4)).toEqual(['Platform', 'Platform', '2 open']);
    await page.unrouteAll({ behavior: 'wait' });
    await page.getByLabel('Filter services').fill('payment');
    await eventually(() => page.getByRole('status').filter({ hasText: 'matching' }).textContent()).toBe('1 service matching “payment”');
    expect(new URL(page.url()).searchParams.get('q')).toBe('payment');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await eventually(() => page.getByRole('row').count()).toBe(4);
    await expectAccessible(page, 'services list');
    await screenshot(page, 'services-desktop');
    await context.close();
  }, 90_000);

  /** The checkout page with both integrations' keys revealed and their snippets open. */
  async function openEverything(page: Page): Promise<void> {
    await signIn(page, 'alice@example.com', '/services/checkout');
    for (const name of ['Prometheus', 'Alertmanager webhook']) {
      const card = await integration(page, name);
      await card.getByRole('button', { name: 'Reveal' }).first().click();
      await card.getByRole('button', { name: 'Alertmanager', exact: true }).click();
      await card.getByRole('button', { name: 'Test with curl', exact: true }).click();
    }
    await page.getByText('Add this receiver to alertmanager.yml:').first().waitFor();
  }

  it('wraps long keys and snippets on a phone instead of scrolling sideways', async () => {
    const context = await newContext(browser, { baseURL: server.url, phone: true });
    const page = await context.newPage();
    await openEverything(page);
    await expectNoHorizontalScroll(page);
    await expectAccessible(page, 'service page on a phone');
    await screenshot(page, 'service-phone');
    await page.goto('/services');
    await page.getByRole('link', { name: 'Checkout API', exact: true }).waitFor();
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'services-phone');
    await context.close();
  }, 90_000);

  it('reads well in the dark', async () => {
    const context = await newContext(browser, { baseURL: server.url, colorScheme: 'dark' });
    const page = await context.newPage();
    await openEverything(page);
    await expectAccessible(page, 'service page in the dark');
    await screenshot(page, 'service-dark');
    await context.close();
  }, 90_000);
});
