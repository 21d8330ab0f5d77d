/** Debian's Chromium, headless and touching no network, as the browser tests launch it (`test/browser/support/browser.ts`). */
import { chromium, type Browser } from 'playwright-core';
import { onCleanup } from './cleanup.js';

export async function launchChromium(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env.VIGIL_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  onCleanup('close Chromium', async () => {
    await browser.close().catch(() => undefined);
  });
  return browser;
}
