import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, expectAccessible, expectNoHorizontalScroll, launchBrowser, newContext, PHONE, screenshot, signIn } from './support/browser.js';
import { startConsoleServer, type ConsoleServer } from './support/console-server.js';

/** The example's Alertmanager routing key for Checkout API (deploy/example/vigil.yaml). */
const CHECKOUT_ALERTMANAGER_KEY = 'am-checkout-5d1e9b7c2a4f';
const SLOW = 90_000;

/** A runbook written to do harm: every line of it must stay text. */
const HOSTILE = `# Hostile runbook

<script>window.__pwned = 1</script>

<img src="http://127.0.0.1:9/pixel.png" onerror="window.__pwned = 2">

[Open the fix](javascript:window.__pwned=3) and [the wiki](https://wiki.example.com/db).

![tracking pixel](http://127.0.0.1:9/tracker.png)

- [ ] Hostile step <b onmouseover="window.__pwned = 4">bold</b>

\`\`\`sh
kubectl get pods -n checkout
\`\`\`
`;

/** One part of the page, as big as it is (screenshots/ exists once `screenshot` has run). */
const shoot = (part: Locator, name: string) => part.screenshot({ path: fileURLToPath(new URL(`./screenshots/${name}.png`, import.meta.url)) });

describe('runbooks in the console', () => {
  let server: ConsoleServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let number = 0;
  /** Requests the page made for the runbook's images: there must be none. */
  const fetchedImages: string[] = [];
  const eventually = <T,>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 8_000 });

  beforeAll(async () => {
    [server, browser] = await Promise.all([startConsoleServer(), launchBrowser()]);
    const created = await server.api('POST', '/api/v1/runbooks', { id: 'hostile', title: 'Hostile <i>runbook</i>', body: HOSTILE, services: ['checkout'], match: [{ field: 'labels.alertname', op: '=', value: 'NeverSent' }] });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const hostileText = '<script>window.__pwned = 5</script>';
    const sent = await fetch(`${server.url}/integrations/alertmanager/${CHECKOUT_ALERTMANAGER_KEY}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        version: '4', groupKey: '{}:{alertname="PostgresTooManyConnections"}', status: 'firing', receiver: 'vigil', truncatedAlerts: 0,
        groupLabels: { alertname: 'PostgresTooManyConnections' }, commonLabels: { alertname: 'PostgresTooManyConnections' }, commonAnnotations: {},
        externalURL: 'http://alertmanager.example:9093',
        alerts: [{
          status: 'firing',
          labels: { alertname: 'PostgresTooManyConnections', instance: `db-1 ${hostileText}` },
          // The rule names the hostile runbook: it is shown first, though its matchers fail.
          annotations: { summary: `Connections exhausted ${hostileText}`, runbook_url: 'http://127.0.0.1/runbooks/hostile' },
          startsAt: new Date().toISOString(), endsAt: '0001-01-01T00:00:00Z', generatorURL: '', fingerprint: 'pg-1',
        }],
      }),
    });
    expect(sent.status).toBeLessThan(300);
    const listed = await server.api('GET', '/api/v1/incidents?service=checkout&limit=1');
    number = (listed.body as { incidents: { number: number }[] }).incidents[0]!.number;
    context = await newContext(browser, { baseURL: server.url });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    page = await context.newPage();
    page.on('request', (request) => {
      if (request.resourceType() === 'image' || /pixel|tracker/.test(request.url())) fetchedImages.push(request.url());
    });
  }, SLOW);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  const section = () => page.getByRole('region', { name: 'Runbooks' });
  /** After a resize the layout settles (media queries, the phone's bar) before it is measured. */
  const toPhone = async () => {
    await page.setViewportSize(PHONE);
    await eventually(() => page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')).toBeLessThanOrEqual(0);
    await expectNoHorizontalScroll(page);
  };

  it('shows the incident its runbooks, the one its alert names first, with nothing in them able to act', async () => {
    await signIn(page, 'bob@example.com', `/incidents/${number}`);
    await eventually(() => section().textContent()).toContain('Database connection failures');
    const titles = await section().locator('.mantine-Accordion-control').allTextContents();
    expect(titles[0]).toContain('Hostile <i>runbook</i>');
    expect(titles[0]).toContain('named by an alert');
    expect(titles[1]).toMatch(/Database connection failures.*for this service and an alert.*0 of 8 steps done/);

    const text = await section().textContent();
    expect(text).toContain('<script>window.__pwned = 1</script>');
    expect(text).toContain('<img src="http://127.0.0.1:9/pixel.png" onerror="window.__pwned = 2">');
    expect(text).toContain('Hostile step <b onmouseover="window.__pwned = 4">bold</b>');
    expect(await page.evaluate('typeof window.__pwned')).toBe('undefined');
    expect(await page.locator('main img, main script, main iframe').count()).toBe(0);
    expect(await page.locator('main a[href^="javascript:" i]').count()).toBe(0);
    // The javascript: link is its words only; the http one opens apart, without an opener.
    expect(await section().getByText('Open the fix').count()).toBe(1);
    expect(await section().locator('a', { hasText: 'Open the fix' }).count()).toBe(0);
    const wiki = section().getByRole('link', { name: 'the wiki' });
    expect(await wiki.getAttribute('href')).toBe('https://wiki.example.com/db');
    expect(await wiki.getAttribute('rel')).toContain('noopener');
    // The image is a link to follow by choice, never fetched.
    expect(await section().getByRole('link', { name: '[Image: tracking pixel]' }).getAttribute('href')).toBe('http://127.0.0.1:9/tracker.png');
    expect(fetchedImages).toEqual([]);

    await page.getByRole('button', { name: 'Copy code' }).first().click();
    await eventually(() => page.evaluate('navigator.clipboard.readText()')).toBe('kubectl get pods -n checkout');
    await expectAccessible(page, 'incident runbooks');
    await expectNoHorizontalScroll(page);
  }, SLOW);

  it('writes a ticked step to the timeline, and keeps it ticked on the incident', async () => {
    await section().getByRole('button', { name: /Database connection failures/ }).click();
    const step = section().getByRole('checkbox', { name: 'Is the database up and accepting connections?' });
    await step.click();
    await eventually(() => step.isChecked()).toBe(true);
    await eventually(() => page.getByRole('region', { name: 'Timeline' }).textContent()).toContain('Ticked a runbook step');
    expect(await page.getByRole('region', { name: 'Timeline' }).textContent()).toContain('Is the database up and accepting connections?');
    await eventually(() => section().textContent()).toContain('1 of 8 steps done');
    const incident = await server.api('GET', `/api/v1/incidents/${number}`);
    const steps = (incident.body as { timeline: { kind: string; actor: string; data: { step?: string } }[] }).timeline.filter((e) => e.kind === 'runbook_step');
    expect(steps).toMatchObject([{ actor: 'user:bob', data: { step: 'Is the database up and accepting connections?' } }]);
    // The hostile runbook's step is a checkbox whose name is the text as written.
    expect(await section().getByRole('checkbox', { name: 'Hostile step <b onmouseover="window.__pwned = 4">bold</b>' }).count()).toBe(1);
    await section().scrollIntoViewIfNeeded();
    await screenshot(page, 'runbooks-incident-desktop');
    await toPhone();
    await screenshot(page, 'runbooks-incident-phone');
    await shoot(section(), 'runbooks-incident-phone-section');
    expect(await page.evaluate('typeof window.__pwned')).toBe('undefined');
  }, SLOW);

  it('shows a runbook from vigil.yaml with its versions, Edit explained, and Mark reviewed for its team', async () => {
    await page.setViewportSize(DESKTOP);
    await page.getByRole('link', { name: 'Runbooks', exact: true }).click();
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Runbooks');
    const row = page.getByRole('row', { name: /Database connection failures/ });
    await eventually(() => row.textContent()).toMatch(/Checkout API.*Never/);
    await screenshot(page, 'runbooks-list-desktop');
    await row.getByRole('link', { name: 'Database connection failures' }).click();
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Database connection failures');
    const edit = page.getByRole('button', { name: 'Edit', exact: true });
    expect(await edit.getAttribute('aria-disabled')).toBe('true');
    expect(await page.locator('main').textContent()).toContain('Defined in vigil.yaml (runbooks/database-connections.md): change the file there and apply it');
    expect(await page.getByRole('region', { name: 'Versions' }).textContent()).toMatch(/Version 1 \(current\)by config/);
    // Steps are checkboxes on incidents only: here they cannot be ticked.
    expect(await page.getByRole('checkbox').first().isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Mark reviewed' }).click();
    await eventually(() => page.locator('main').textContent()).not.toContain('Last reviewedNever');
    await expectAccessible(page, 'runbook page');
    await screenshot(page, 'runbooks-page-desktop');
    await toPhone();
    await screenshot(page, 'runbooks-page-phone');
    await page.emulateMedia({ colorScheme: 'dark' });
    // The theme follows the system: scan once Mantine has switched and painted.
    await eventually(() => page.evaluate("document.documentElement.getAttribute('data-mantine-color-scheme')")).toBe('dark');
    await page.waitForTimeout(300);
    await expectAccessible(page, 'runbook page, dark');
    await screenshot(page, 'runbooks-page-phone-dark');
  }, SLOW);

  it('writes a runbook with a preview and keeps the earlier text as a version', async () => {
    await page.setViewportSize(DESKTOP);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/runbooks/hostile');
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const editor = page.getByRole('form', { name: /^Edit Hostile/ });
    await editor.getByLabel('Markdown').fill('# Calm now\n\n- [ ] Breathe\n\n<script>window.__pwned = 6</script>\n');
    await editor.getByRole('tab', { name: 'Preview' }).click();
    await eventually(() => editor.textContent()).toContain('<script>window.__pwned = 6</script>');
    await expectAccessible(page, 'runbook editor');
    await screenshot(page, 'runbooks-editor-preview');
    await editor.getByRole('button', { name: 'Save as a new version' }).click();
    await eventually(() => page.getByRole('region', { name: 'Versions' }).textContent()).toContain('Version 2 (current)');
    await page.getByRole('button', { name: 'Show version 1' }).click();
    await eventually(() => page.getByRole('article', { name: 'Version 1' }).textContent()).toContain('<script>window.__pwned = 1</script>');
    expect(await page.evaluate('typeof window.__pwned')).toBe('undefined');
    expect(fetchedImages).toEqual([]);

    // Deleting asks first, then leaves for the list, where the runbook is gone.
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: /^Delete "Hostile/ });
    await eventually(() => confirm.textContent()).toContain('2 versions');
    await confirm.getByRole('button', { name: 'Delete runbook' }).click();
    await page.waitForURL((url) => url.pathname === '/runbooks');
    expect((await server.api('GET', '/api/v1/runbooks/hostile')).status).toBe(404);
    await eventually(() => page.getByRole('link', { name: /Hostile/ }).count()).toBe(0);
  }, SLOW);
});
