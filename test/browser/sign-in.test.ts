import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, newContext, screenshot, signInWithForm } from './support/browser.js';
import { PASSWORD, startConsoleServer, type ConsoleServer } from './support/console-server.js';

describe('signing in to the console', () => {
  let server: ConsoleServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startConsoleServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('sends a signed-out visitor of a deep link to sign in, and back to the link afterwards', async () => {
    const context = await newContext(browser, { baseURL: server.url });
    const page = await context.newPage();
    await page.goto('/oncall');
    await page.waitForURL((url) => url.pathname === '/login');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/oncall');
    await expectAccessible(page, 'sign-in page');
    await screenshot(page, 'login-desktop');
    await page.getByLabel('Email').fill('bob@example.com');
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname === '/oncall');
    await expect.poll(() => page.title()).toContain('Vigil');
    await context.close();
  });

  it('says plainly when the password is wrong, without saying which part', async () => {
    const context = await newContext(browser, { baseURL: server.url, phone: true });
    const page = await context.newPage();
    await page.goto('/login');
    await page.getByLabel('Email').fill('bob@example.com');
    await page.getByLabel('Password', { exact: true }).fill('not the password at all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('do not match');
    await screenshot(page, 'login-phone-error');
    await context.close();
  });

  it('signs out from the account menu', async () => {
    const context = await newContext(browser, { baseURL: server.url });
    const page = await context.newPage();
    await signInWithForm(page, 'alice@example.com');
    await page.getByRole('button', { name: /Account menu/ }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.waitForURL((url) => url.pathname === '/login');
    const me = await page.request.get('/api/v1/me');
    expect(me.status()).toBe(401);
    await context.close();
  });
});
