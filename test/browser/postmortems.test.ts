import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, expectNoHorizontalScroll, launchBrowser, newContext, screenshot, signIn } from './support/browser.js';
import { startConsoleServer, type ConsoleServer } from './support/console-server.js';

const SLOW = 90_000;

/** Markdown that would run something if it were ever rendered as HTML or followed as a link. */
const HOSTILE = [
  'The pool ran out of **connections** after deploy 4512.',
  '',
  '<img src=x onerror="window.__pwned = 1">',
  '',
  '[run me](javascript:window.__pwned=2) and [the graph](https://grafana.example.com/d/pool)',
  '',
  '![tracker](https://evil.example.com/pixel.png)',
].join('\n');

describe('postmortems and action items in the console', () => {
  let server: ConsoleServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startConsoleServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const eventually = <T,>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 10_000 });

  it('drafts a postmortem from a resolved incident, edits a section safely, adds an action item and exports it', async () => {
    const declared = await server.api('POST', '/api/v1/incidents', { title: 'Checkout database connections exhausted', severity: 'SEV-1', service: 'checkout' });
    expect(declared.status, JSON.stringify(declared.body)).toBe(201);
    const number = (declared.body as { number: number }).number;
    expect((await server.api('POST', `/api/v1/incidents/${number}/resolve`, { note: 'Raised the pool size' })).status).toBe(200);

    const context = await newContext(browser, { baseURL: server.url });
    const page = await context.newPage();
    await signIn(page, 'bob@example.com', `/incidents/${number}`);
    const costPanel = page.getByRole('region', { name: 'Cost of downtime' });
    await eventually(() => costPanel.textContent()).toContain('5,600 USD/min ×');
    await expect.poll(() => costPanel.getByTestId('incident-cost-amount').textContent()).toMatch(/^[\d,]+\.\d\d USD$/);
    await page.getByRole('region', { name: 'Postmortem' }).getByRole('button', { name: 'Create postmortem' }).click();
    await page.waitForURL(/\/postmortems\/pm_/);
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Checkout database connections exhausted');
    expect(await page.getByRole('region', { name: 'Incident summary' }).textContent()).toContain('SEV-1 (Critical)');
    expect(await page.getByRole('region', { name: 'Timeline' }).textContent()).toContain('Raised the pool size');

    await page.getByRole('button', { name: 'Edit root cause' }).click();
    await page.getByLabel('Root cause (Markdown)').fill(HOSTILE);
    await page.getByRole('tab', { name: 'Preview' }).click();
    const rootCause = page.getByRole('region', { name: 'Root cause' });
    await eventually(() => rootCause.locator('strong').textContent()).toBe('connections');
    await page.getByRole('button', { name: 'Save root cause' }).click();
    await eventually(() => rootCause.getByRole('button', { name: 'Edit root cause' }).isVisible()).toBe(true);
    // Raw HTML is shown as the text it is; the javascript: link is no link; the image is a link, never fetched.
    expect(await rootCause.textContent()).toContain('<img src=x onerror="window.__pwned = 1">');
    expect(await rootCause.locator('img').count()).toBe(0);
    expect(await rootCause.getByRole('link', { name: 'run me' }).count()).toBe(0);
    expect(await rootCause.getByRole('link', { name: 'the graph' }).getAttribute('rel')).toContain('noopener');
    expect(await rootCause.getByRole('link', { name: 'Image: tracker' }).getAttribute('href')).toBe('https://evil.example.com/pixel.png');
    expect(await page.evaluate('window.__pwned')).toBeUndefined();

    await page.getByRole('button', { name: 'Add action item' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('What will be done').fill('Alert when the pool is 80 % used');
    await dialog.getByLabel('Owner').selectOption('chen');
    await dialog.getByLabel('Due').fill('2030-01-15');
    await dialog.getByLabel('Category').selectOption('improve_detection');
    await expectAccessible(page, 'the action item dialog', '[role="dialog"]');
    await dialog.getByRole('button', { name: 'Add action item' }).click();
    const items = page.getByRole('region', { name: /^Action items/ });
    await eventually(() => items.textContent()).toContain('Alert when the pool is 80 % used');

    const timelineRegion = page.getByRole('region', { name: 'Timeline' });
    await timelineRegion.getByRole('button', { name: /^Reword .*Raised the pool size/ }).click();
    await timelineRegion.getByLabel(/^Reword the/).fill('Resolved: pool size raised to 200');
    await timelineRegion.getByRole('button', { name: 'Save line' }).click();
    await eventually(() => timelineRegion.textContent()).toContain('Resolved: pool size raised to 200');
    await timelineRegion.getByLabel('Time (UTC)').fill('00:01');
    await timelineRegion.getByLabel('What happened').fill('Connection errors began on checkout');
    await timelineRegion.getByRole('button', { name: 'Add line' }).click();
    await eventually(() => timelineRegion.textContent()).toContain('Connection errors began on checkout (added)');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export Markdown' }).click();
    const file = await (await download).path();
    const markdown = readFileSync(file, 'utf8');
    expect(markdown).toMatch(/^# Incident Postmortem: \d{4}-\d\d-\d\d - Checkout database connections exhausted\n/);
    expect(markdown).toContain('## Root Cause\n\nThe pool ran out of **connections**');
    expect(markdown).toContain('| Alert when the pool is 80 % used | Improve detection | Medium |');
    expect(markdown).toMatch(/\*\*\d{4}-\d\d-\d\d\*\*\n\n- 00:01 UTC — Connection errors began on checkout\n/);
    expect(markdown).toContain(' UTC — Resolved: pool size raised to 200\n');
    expect(markdown).not.toContain('Raised the pool size');

    await expectAccessible(page, 'the postmortem editor (light)');
    await screenshot(page, 'postmortem-desktop');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Checkout database connections exhausted');
    await expectAccessible(page, 'the postmortem editor (dark)');
    await screenshot(page, 'postmortem-desktop-dark');

    await page.goto(`/incidents/${number}`);
    await eventually(() => page.getByRole('region', { name: 'Postmortem' }).textContent()).toContain('Draft');
    await screenshot(page, 'incident-learning-desktop-dark');
    await context.close();
  }, SLOW);

  it('lists open and overdue action items by team and owner, and fits a phone', async () => {
    await server.api('POST', '/api/v1/action-items', { title: 'Document the pool limits', owner: 'dana', due: '2020-01-01', priority: 'high', category: 'follow_up' });
    const context = await newContext(browser, { baseURL: server.url, phone: true });
    const page = await context.newPage();
    await signIn(page, 'bob@example.com', '/action-items');
    await eventually(() => page.getByRole('main').textContent()).toContain('Document the pool limits');
    await page.getByText('Overdue', { exact: true }).first().click();
    await eventually(() => page.getByRole('listitem', { name: 'Document the pool limits' }).textContent()).toContain('Overdue');
    expect(await page.getByRole('listitem', { name: 'Alert when the pool is 80 % used' }).count()).toBe(0);
    await expectNoHorizontalScroll(page);
    await expectAccessible(page, 'action items on a phone');
    await screenshot(page, 'action-items-phone');
    await page.getByLabel('Owner').selectOption('chen');
    await eventually(() => page.getByRole('main').textContent()).toContain('Nothing is overdue');

    const list = await server.api('GET', '/api/v1/postmortems');
    const id = (list.body as { postmortems: { id: string }[] }).postmortems[0]!.id;
    await page.goto(`/postmortems/${id}`);
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Checkout database connections exhausted');
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'postmortem-phone');
    await context.close();
  }, SLOW);
});
