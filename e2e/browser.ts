import { chromium, type Browser, type Page } from 'playwright-core';

/** Launches Debian's Chromium headless, with the flags this closed network needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Requests that went anywhere but the test server, collected for the "nothing leaves the machine" check. */
export function watchOffOrigin(page: Page, origin: string): string[] {
  const off: string[] = [];
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:') && !url.startsWith('about:')) off.push(url);
  });
  return off;
}

/** The base URL of the app under test (set by e2e/run.ts). */
export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set: run the browser tests with "npm run test:browser".');
  return url;
}
