import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, expectNoHorizontalScroll, launchBrowser, newContext, screenshot, signIn } from './support/browser.js';
import { startConsoleServer, type ConsoleServer } from './support/console-server.js';

/**
 * The code a verification message carried, read where the contact-verification tests read it:
 * the test server has no email provider, so the message never leaves, and its delivery row keeps
 * the code it was to carry.
 */
async function codeSentTo(server: ConsoleServer, contactMethodId: string): Promise<string> {
  const row = await server.database.db
    .selectFrom('deliveries')
    .select('event')
    .where('contact_method_id', '=', contactMethodId)
    .where('kind', '=', 'verification')
    .orderBy('created_at', 'desc')
    .executeTakeFirstOrThrow();
  return (JSON.parse(row.event!) as { verificationCode: string }).verificationCode;
}

const method = (page: Page, name: string) => page.getByRole('article', { name });

describe('the profile and admin pages', { timeout: 90_000 }, () => {
  let server: ConsoleServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const open = async (email: string, path: string, options: { phone?: boolean; colorScheme?: 'light' | 'dark' } = {}) => {
    const context = await newContext(browser, { baseURL: server.url, ...options });
    // The machine running these may be busy: wait for the page longer than newContext's 8 s.
    context.setDefaultTimeout(20_000);
    contexts.push(context);
    const page = await context.newPage();
    await signIn(page, email, path);
    return page;
  };
  beforeAll(async () => {
    [server, browser] = await Promise.all([startConsoleServer(), launchBrowser()]);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  it('shows bob where he is paged: his webhook and email from the example, verified, and his rules as a sentence', async () => {
    const page = await open('bob@example.com', '/profile');
    await expect.poll(() => page.title()).toContain('Profile');
    await method(page, 'Webhook http://127.0.0.1:9999/pages/bob').getByText('Verified', { exact: true }).waitFor();
    await method(page, 'Email bob@example.com').getByText('Verified', { exact: true }).waitFor();
    const rules = page.getByRole('region', { name: 'Notification rules' });
    await expect.poll(() => rules.textContent()).toContain('At once: Webhook http://127.0.0.1:9999/pages/bob · after 5 min: Email bob@example.com');
    await expectAccessible(page, 'profile');
    await screenshot(page, 'profile-desktop');
  });

  it('adds an email method that stays unpaged until the code sent to it is entered, in one dialog', async () => {
    const page = await open('bob@example.com', '/profile');
    await page.getByRole('button', { name: 'Add contact method' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a contact method' });
    await dialog.getByLabel('Email address').fill('bob.pager@');
    await dialog.getByRole('button', { name: 'Send code' }).click();
    await dialog.getByText('"bob.pager@" is not an email address (email); e.g. alice@example.com').waitFor();

    await dialog.getByLabel('Email address').fill('bob.pager@example.com');
    await dialog.getByRole('button', { name: 'Send code' }).click();
    const codeStep = page.getByRole('dialog', { name: 'Enter the code' });
    await codeStep.getByLabel('Verification code').waitFor();
    // The test server has no email provider: the dialog says the code could not go out, and why.
    await codeStep.getByText('email is not configured', { exact: false }).waitFor();
    await expectAccessible(page, 'the add-and-verify dialog');
    await screenshot(page, 'profile-verify-dialog');
    await codeStep.getByRole('button', { name: 'Verify later' }).click();
    const added = method(page, 'Email bob.pager@example.com');
    await added.getByText('Not verified (not paged)').waitFor();

    const methods = (await server.api('GET', '/api/v1/users/bob/contact-methods')).body as { contact_methods: { id: string; address: string }[] };
    const id = methods.contact_methods.find((m) => m.address === 'bob.pager@example.com')!.id;
    const code = await codeSentTo(server, id);
    await added.getByRole('button', { name: 'Enter code' }).click();
    const again = page.getByRole('dialog', { name: 'Enter the code' });
    await again.getByLabel('Verification code').fill(code === '000000' ? '000001' : '000000');
    await again.getByRole('button', { name: 'Verify', exact: true }).click();
    await again.getByText('The code does not match the one sent to this contact method; 4 more tries before the code stops working').waitFor();
    await again.getByLabel('Verification code').fill(code);
    await again.getByRole('button', { name: 'Verify', exact: true }).click();
    const done = page.getByRole('dialog', { name: 'Contact method verified' });
    await done.getByText('Your notification rules do not use it yet').waitFor();
    await done.getByRole('button', { name: 'Done' }).click();
    await added.getByText('Verified', { exact: true }).waitFor();
    await added.getByText('No notification rule uses it').waitFor();
  });

  it('sends a test page and shows what became of each message as it happens', async () => {
    const page = await open('bob@example.com', '/profile');
    const methods = (await server.api('GET', '/api/v1/users/bob/contact-methods')).body as { contact_methods: { verified: boolean; disabled: boolean }[] };
    const reachable = methods.contact_methods.filter((m) => m.verified && !m.disabled).length;
    await page.getByRole('button', { name: 'Send a test page' }).click();
    const progress = page.getByLabel('Test page progress');
    await progress.getByText('Webhook http://127.0.0.1:9999/pages/bob:').waitFor();
    // No mail server is configured in the test server: the email message fails at once, and says why.
    await progress.getByText('email is not configured', { exact: false }).first().waitFor();
    expect(await progress.getByText('Failed', { exact: true }).count()).toBeGreaterThanOrEqual(1);
    expect(reachable).toBeGreaterThanOrEqual(2);
    await screenshot(page, 'profile-test-page');
  });

  it('creates an API token and shows its secret once, in a dialog that says so', async () => {
    const page = await open('bob@example.com', '/profile');
    await page.getByRole('button', { name: 'Create token' }).click();
    const create = page.getByRole('dialog', { name: 'Create an API token' });
    await create.getByLabel('Token name').fill('deploy script');
    await create.getByRole('button', { name: 'Create token' }).click();
    const shown = page.getByRole('dialog', { name: 'Copy your new token now' });
    await shown.getByText('You will not see it again').waitFor();
    const secret = (await shown.getByLabel('Token secret', { exact: true }).textContent())!.trim();
    expect(secret.length).toBeGreaterThan(20);
    const me = await fetch(`${server.url}/api/v1/me`, { headers: { authorization: `Bearer ${secret}` } });
    expect(((await me.json()) as { user: { id: string } }).user.id).toBe('bob');
    await shown.getByRole('button', { name: 'I have copied it' }).click();
    await method(page, 'Token deploy script').waitFor();
    expect(await page.getByText(secret).count()).toBe(0);
  });

  it('shows the server\'s refusal of a password change with a wrong current password, under that field', async () => {
    const page = await open('bob@example.com', '/profile');
    await page.getByLabel('Current password').fill('not my password at all');
    await page.getByLabel('New password', { exact: true }).fill('a much longer pass phrase 42');
    await page.getByLabel('New password again').fill('a much longer pass phrase 42');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Must be your current password to set a new one').waitFor();
  });

  it('fits a phone at 390 px without sideways scrolling, and reads in the dark', async () => {
    const phone = await open('bob@example.com', '/profile', { phone: true });
    await method(phone, 'Email bob@example.com').waitFor();
    await expectNoHorizontalScroll(phone);
    await screenshot(phone, 'profile-phone');
    const dark = await open('bob@example.com', '/profile', { colorScheme: 'dark' });
    await method(dark, 'Email bob@example.com').waitFor();
    await expectAccessible(dark, 'profile in the dark');
    await screenshot(dark, 'profile-dark');
  });

  it('keeps a viewer\'s contact-method actions visible but disabled, with the reason', async () => {
    const page = await open('eli@example.com', '/profile');
    const add = page.getByRole('button', { name: 'Add contact method' });
    expect(await add.getAttribute('aria-disabled')).toBe('true');
    await page.getByText('Your role (viewer) can\'t change contact methods or rules').first().waitFor();
    await page.getByText('High-urgency pages reach none of your verified methods').waitFor();
  });

  it('tells a responder on /admin that changes are for admins, and keeps the page readable', async () => {
    const page = await open('bob@example.com', '/admin');
    await page.getByText('Only admins change users and roles or read the audit log').waitFor();
    await page.getByText('Alice Liddell').waitFor();
    expect(await page.getByRole('button', { name: 'Add user' }).getAttribute('aria-disabled')).toBe('true');
    await page.getByRole('tab', { name: 'Audit log' }).click();
    await page.getByText('The audit log is for admins').waitFor();
    await expectAccessible(page, 'admin as a responder');
  });

  it('lets alice change eli\'s role, confirmed, and find the change in the audit log', async () => {
    const page = await open('alice@example.com', '/admin');
    const users = page.getByRole('table', { name: 'Users' });
    for (const name of ['Alice Liddell', 'Bob Okafor', 'Chen Wei', 'Dana Kowalski', 'Eli Haddad']) await users.getByText(name).waitFor();
    await expectAccessible(page, 'admin users');
    await screenshot(page, 'admin-desktop');

    await page.getByLabel('Role of Eli Haddad').selectOption('responder');
    const confirm = page.getByRole('dialog', { name: 'Make Eli Haddad a responder?' });
    await confirm.getByText('signed out everywhere').waitFor();
    await confirm.getByRole('button', { name: 'Change role' }).click();
    await confirm.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByLabel('Role of Eli Haddad').inputValue()).toBe('responder');
    const eli = (await server.api('GET', '/api/v1/users/eli')).body as { role: string };
    expect(eli.role).toBe('responder');

    await page.getByRole('tab', { name: 'Audit log' }).click();
    await page.waitForURL((url) => url.searchParams.get('tab') === 'audit');
    const entry = page.getByRole('article', { name: 'alice changed user eli' });
    await expect.poll(() => entry.textContent()).toContain('role: viewer → responder');
    await page.getByLabel('Target').fill('user:eli');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL((url) => url.searchParams.get('target') === 'user:eli');
    await page.getByText('Entries on user:eli, newest first').waitFor();
    await entry.waitFor();
    await expectAccessible(page, 'audit log');
    await screenshot(page, 'admin-audit-desktop');
  });

  it('shows users as cards on a phone, without sideways scrolling', async () => {
    const page = await open('alice@example.com', '/admin', { phone: true });
    await method(page, 'Eli Haddad').waitFor();
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'admin-phone');
  });
});
