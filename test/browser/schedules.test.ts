import { DateTime } from 'luxon';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, expectNoHorizontalScroll, launchBrowser, newContext, screenshot, signIn } from './support/browser.js';
import { startConsoleServer, type ConsoleServer } from './support/console-server.js';

/** The browser contexts run in Europe/Berlin (support/browser.ts): form fields take its wall time. */
const VIEWER_ZONE = 'Europe/Berlin';
const NAMES: Record<string, string> = { alice: 'Alice Liddell', bob: 'Bob Okafor', chen: 'Chen Wei' };

/** A shared 2-core machine: a page, an axe scan and a screenshot can each take seconds. */
const SLOW = 120_000;

const wallTime = (ms: number) => DateTime.fromMillis(ms, { zone: VIEWER_ZONE }).toFormat("yyyy-LL-dd'T'HH:mm");

/** The "On call now" value of level 1 of the Platform policy on /oncall. */
function platformLevelOneNow(page: Page) {
  return page.getByRole('article', { name: 'Platform' }).getByRole('group', { name: /^Level 1\b/ }).getByRole('definition').first();
}

describe('on call and schedules in the console', () => {
  let server: ConsoleServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startConsoleServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function onCallNow(): Promise<string | null> {
    const answer = await server.api('GET', '/api/v1/oncall?schedule=platform-primary');
    return (answer.body as { oncall: { user: { id: string } | null }[] }).oncall[0]?.user?.id ?? null;
  }

  it('adds an override and sees "on call now" change on /oncall, then removes it', async () => {
    const before = await onCallNow();
    // Bob when he is not on call already, so that the change shows; else someone else who is not.
    const cover = ['bob', 'chen', 'alice'].find((id) => id !== before)!;
    const context = await newContext(browser, { baseURL: server.url });
    const page = await context.newPage();
    await signIn(page, 'bob@example.com', '/oncall');

    await expect.poll(() => platformLevelOneNow(page).textContent()).toContain(before === null ? 'Nobody' : NAMES[before]!);
    await expect.poll(() => page.getByRole('heading', { level: 2, name: /^You are (not )?on call/ }).count()).toBe(1);
    await expectAccessible(page, 'on call page');
    await screenshot(page, 'oncall-desktop');

    await page.getByRole('link', { name: 'Platform primary' }).first().click();
    await page.waitForURL((url) => url.pathname === '/schedules/platform-primary');
    await page.getByRole('heading', { level: 1, name: 'Platform primary' }).waitFor();
    await expect.poll(() => page.getByText('Times in Europe/Berlin').textContent()).toBeTruthy();
    await expect.poll(() => page.getByText('· schedule: America/New_York').count()).toBe(1);
    await page.getByRole('group', { name: /^Shifts from/ }).waitFor();
    await expectAccessible(page, 'schedule page');
    await screenshot(page, 'schedule-desktop');

    // A Final bar opens the shift in both zones.
    await page.getByRole('group', { name: /^Shifts from/ }).getByRole('button', { name: /^Final: .*, from layer / }).first().click();
    const detail = page.getByRole('dialog').filter({ hasText: 'America/New_York' });
    await expect.poll(() => detail.textContent()).toContain('Europe/Berlin');
    await screenshot(page, 'schedule-shift-detail');
    await page.keyboard.press('Escape');
    await expect.poll(() => detail.count()).toBe(0);

    await page.getByRole('button', { name: 'Create calendar link' }).click();
    await expect.poll(() => page.getByLabel('Calendar address (webcal)', { exact: true }).textContent()).toMatch(/^webcal:\/\/127\.0\.0\.1\/ical\/.+\.ics$/);
    expect(await page.getByLabel('Calendar address (https)', { exact: true }).textContent()).toMatch(/^http:\/\/127\.0\.0\.1\/ical\/.+\.ics$/);

    await page.getByRole('button', { name: 'Add override', exact: true }).click();
    const form = page.getByRole('dialog', { name: 'Add override on Platform primary' });
    await form.getByLabel('Person').selectOption(cover);
    const start = Math.floor(Date.now() / 60_000) * 60_000;
    await form.getByLabel('Start', { exact: true }).fill(wallTime(start));
    await form.getByLabel('End', { exact: true }).fill(wallTime(start + 2 * 3_600_000));
    await form.getByRole('heading', { name: 'Preview of the Final row' }).waitFor();
    await expect.poll(() => form.getByText(`${NAMES[cover]} on call for 2 h`).count()).toBe(1);
    await expectAccessible(page, 'add override form');
    await screenshot(page, 'schedule-override-form');
    await form.getByRole('button', { name: 'Save override' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Override added' }).textContent()).toContain(NAMES[cover]);
    expect(await onCallNow()).toBe(cover);

    await page.getByRole('link', { name: 'On call', exact: true }).first().click();
    await page.waitForURL((url) => url.pathname === '/oncall');
    await expect.poll(() => platformLevelOneNow(page).textContent()).toContain(NAMES[cover]);
    if (cover === 'bob') await expect.poll(() => page.getByRole('heading', { level: 2, name: /^You are on call until/ }).count()).toBe(1);

    await page.goto('/schedules/platform-primary');
    await page.getByRole('button', { name: new RegExp(`^Remove override of ${NAMES[cover]}`) }).click();
    const confirm = page.getByRole('dialog', { name: 'Remove this override?' });
    await confirm.getByRole('button', { name: 'Remove override' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Override removed' }).count()).toBe(1);
    expect(await onCallNow()).toBe(before);
    await page.goto('/oncall');
    await expect.poll(() => platformLevelOneNow(page).textContent()).toContain(before === null ? 'Nobody' : NAMES[before]!);
    await context.close();
  }, SLOW);

  it('pre-fills "Take this shift" with the signed-in person and the shift\'s range', async () => {
    const context = await newContext(browser, { baseURL: server.url });
    const page = await context.newPage();
    await signIn(page, 'chen@example.com', '/schedules/platform-primary?view=list');
    const take = page.getByRole('button', { name: /^Take this shift from / }).first();
    const name = (await take.textContent()) ?? '';
    await take.click();
    const form = page.getByRole('dialog', { name: 'Add override on Platform primary' });
    expect(await form.getByLabel('Person').inputValue()).toBe('chen');
    const start = await form.getByLabel('Start', { exact: true }).inputValue();
    // The button names the range as "Fri 4 Dec, 11:00 – …": the form starts at the same wall time.
    expect(name).toContain(start.slice(11, 16));
    await form.getByRole('button', { name: 'Cancel' }).click();
    await context.close();
  }, SLOW);

  it('fits a phone without sideways scrolling, in list view by default', async () => {
    const context = await newContext(browser, { baseURL: server.url, phone: true });
    const page = await context.newPage();
    await signIn(page, 'bob@example.com', '/schedules/platform-primary');
    await page.getByRole('heading', { level: 1, name: 'Platform primary' }).waitFor();
    await page.getByRole('button', { name: /^(Take this shift|Cover this gap)/ }).first().waitFor();
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'schedule-phone');
    await page.goto('/oncall');
    await platformLevelOneNow(page).waitFor();
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'oncall-phone');
    await page.goto('/schedules');
    await page.getByRole('link', { name: 'Payments primary' }).waitFor();
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'schedules-phone');
    await context.close();
  }, SLOW);

  it('reads in the dark, and shows a viewer why they cannot add an override', async () => {
    const context = await newContext(browser, { baseURL: server.url, colorScheme: 'dark' });
    const page = await context.newPage();
    await signIn(page, 'eli@example.com', '/schedules/platform-primary');
    await page.getByRole('group', { name: /^Shifts from/ }).waitFor();
    const add = page.getByRole('button', { name: 'Add override', exact: true });
    expect(await add.getAttribute('aria-disabled')).toBe('true');
    await expect.poll(() => page.getByText('Your role (viewer) can\'t add overrides').count()).toBe(1);
    // Playwright will not click what is aria-disabled; a person can, and nothing must open.
    await add.click({ force: true });
    expect(await page.getByRole('dialog').count()).toBe(0);
    await expectAccessible(page, 'schedule page, dark');
    await screenshot(page, 'schedule-dark');
    await page.goto('/schedules?q=payments');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'of 2 schedules' }).textContent()).toContain('1 of 2 schedules');
    await expectAccessible(page, 'schedule list, dark');
    await screenshot(page, 'schedules-dark');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'of 2 schedules' }).textContent()).toContain('2 of 2 schedules');
    expect(new URL(page.url()).search).toBe('');
    await context.close();
  }, SLOW);
});
