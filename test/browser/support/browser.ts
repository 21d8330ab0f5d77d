import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { PASSWORD } from './console-server.js';

/** Debian's Chromium (package `chromium`; `.ci/run` installs it), headless, touching no network. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.VIGIL_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

export async function newContext(browser: Browser, options: { phone?: boolean; colorScheme?: 'light' | 'dark'; baseURL: string }): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: options.baseURL,
    viewport: options.phone ? PHONE : DESKTOP,
    // Scale 1 even on the phone: a 390 px layout is the same; the pixels only cost the suite time.
    ...(options.phone ? { isMobile: true, hasTouch: true, deviceScaleFactor: 1 } : {}),
    reducedMotion: 'reduce',
    colorScheme: options.colorScheme ?? 'light',
    timezoneId: 'Europe/Berlin',
    locale: 'en-GB',
  });
  // Fail fast with Playwright's own message rather than the test's timeout.
  context.setDefaultTimeout(8_000);
  return context;
}

/**
 * Signs in with the API the sign-in form calls (the session cookie lands in the page's context),
 * then opens `next`. `sign-in.test.ts` drives the form itself; the other tests need only a session.
 */
export async function signIn(page: Page, email: string, next = '/incidents'): Promise<void> {
  const response = await page.request.post('/api/v1/auth/login', { data: { email, password: PASSWORD } });
  expect(response.status(), await response.text()).toBe(200);
  await page.goto(next);
  await page.waitForURL((url) => url.pathname === next.split('?')[0]);
}

/** Signs in through the form, as a person would. */
export async function signInWithForm(page: Page, email: string, next = '/incidents'): Promise<void> {
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname === next.split('?')[0]);
}

const SCREENSHOTS = fileURLToPath(new URL('../screenshots/', import.meta.url));

/** Writes `<name>.png` under test/browser/screenshots/ (ignored by git), for people to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });
}

/**
 * No serious or critical accessibility violations on the page as it stands, header and navigation
 * included, or inside `within` (a dialog, say).
 *
 * Legacy mode runs axe in the page itself: the console has no frames, and the default mode's
 * extra blank page to assemble frames' results more than doubles the time of each check.
 */
export async function expectAccessible(page: Page, what: string, within?: string): Promise<void> {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).setLegacyMode(true).options({ resultTypes: ['violations'] });
  const results = await (within === undefined ? builder : builder.include(within)).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')}`), what).toEqual([]);
}

/** The page scrolls only vertically: nothing is wider than the viewport. */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth') as number;
  expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
}
