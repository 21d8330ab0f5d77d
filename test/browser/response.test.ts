import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, expectNoHorizontalScroll, launchBrowser, newContext, screenshot, signIn } from './support/browser.js';
import { startConsoleServer, type ConsoleServer } from './support/console-server.js';

const SLOW = 90_000;

/**
 * The response on the incident page: assign the commander, post a status update, see when the
 * next one is due, open the drafted hand-off; accessible, at desktop and phone sizes.
 */
describe('the response in the console', () => {
  let server: ConsoleServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startConsoleServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const eventually = <T,>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 8_000 });

  it('assigns the commander, posts an update, shows the next update due, and drafts the hand-off', async () => {
    const declared = await server.api('POST', '/api/v1/incidents', { title: 'Checkout database connections exhausted', severity: 'SEV-1', service: 'checkout' });
    expect(declared.status, JSON.stringify(declared.body)).toBe(201);
    const number = (declared.body as { number: number }).number;

    const context = await newContext(browser, { baseURL: server.url });
    const page = await context.newPage();
    await signIn(page, 'bob@example.com', `/incidents/${number}`);
    const roles = page.getByRole('region', { name: 'Roles' });
    const commander = roles.getByRole('article', { name: 'Incident commander' });
    await eventually(() => commander.textContent()).toContain('Unassigned');
    await expect.poll(() => page.getByTestId('update-due').textContent()).toBe('No status update expected');

    await commander.getByLabel('Who is incident commander').selectOption({ label: 'Bob Okafor' });
    await commander.getByRole('button', { name: 'Assign', exact: true }).click();
    await eventually(() => commander.textContent()).toContain('Bob Okafor');
    await eventually(() => page.getByTestId('update-due').textContent()).toMatch(/^Next update due in 1[45] min/);

    const updates = page.getByRole('region', { name: 'Status updates' });
    await updates.getByLabel('Status', { exact: true }).selectOption('identified');
    await updates.getByText('Stakeholders', { exact: true }).click();
    await updates.getByLabel('Message', { exact: true }).fill('A third of payments fail; the pool is being raised');
    await updates.getByRole('button', { name: 'Post update', exact: true }).click();
    await eventually(() => updates.getByRole('list', { name: 'Posted updates' }).textContent()).toContain('A third of payments fail');
    expect(await updates.getByRole('list', { name: 'Posted updates' }).textContent()).toContain('Stakeholders');
    await eventually(() => page.getByRole('region', { name: 'Timeline' }).textContent()).toContain('Stakeholder update · Identified');
    await expectAccessible(page, 'the incident page with its response panels');
    await screenshot(page, 'response-desktop');

    await page.getByRole('button', { name: 'Hand off…', exact: true }).click();
    const dialog = page.getByRole('dialog');
    const draft = dialog.getByLabel('Hand-off (Markdown)');
    await eventually(() => draft.inputValue()).toContain(`# Escalation hand-off: incident #${number}`);
    const text = await draft.inputValue();
    expect(text).toContain('## Impact\nA third of payments fail; the pool is being raised');
    expect(text).toMatch(/## Next steps needed\n$/);
    await dialog.getByLabel('Why escalate').fill('Need the database team');
    // Sent without next steps, it is refused and says why.
    await dialog.getByRole('button', { name: 'Send with escalation', exact: true }).click();
    await eventually(() => dialog.getByRole('alert').textContent()).toContain('"Next steps needed" section is empty');
    await draft.fill(`${text}Fail over to the replica.\n`);
    await expectAccessible(page, 'the hand-off dialog');
    await screenshot(page, 'response-handoff-desktop');
    await dialog.getByRole('button', { name: 'Send with escalation', exact: true }).click();
    await eventually(() => page.getByRole('dialog').count()).toBe(0);
    const incident = await server.api('GET', `/api/v1/incidents/${number}`);
    expect((incident.body as { timeline: { kind: string; message: string }[] }).timeline.find((e) => e.kind === 'handoff')?.message).toBe('Hand-off with the escalation — next steps needed: Fail over to the replica.');
    await context.close();

    // Fifteen minutes on, nobody posted: the update is overdue (moved there in the database rather than waited for).
    const incidentId = (incident.body as { id: string }).id;
    await server.database.db.updateTable('update_cadence').set({ due_at: Date.now() - 3 * 60_000 }).where('incident_id', '=', incidentId).execute();
    const phone = await newContext(browser, { baseURL: server.url, phone: true, colorScheme: 'dark' });
    const small = await phone.newPage();
    await signIn(small, 'bob@example.com', `/incidents/${number}`);
    await eventually(() => small.getByTestId('update-due').textContent()).toMatch(/Update overdue by 3 min/);
    await expectNoHorizontalScroll(small);
    await expectAccessible(small, 'the incident page at 390 px, dark, the update overdue');
    await screenshot(small, 'response-phone-dark');
    // The full page is tall: the panels themselves, at the size a phone shows them.
    await small.getByRole('region', { name: 'Status updates' }).screenshot({ path: 'test/browser/screenshots/response-phone-updates.png' });
    await small.getByRole('region', { name: 'Roles' }).screenshot({ path: 'test/browser/screenshots/response-phone-roles.png' });
    await phone.close();
  }, SLOW);
});
