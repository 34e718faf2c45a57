/**
 * Bad input in a real browser: every hostile dataset fixture gives a message that names the problem (an
 * alert for fatal ones, the warnings region for skipped records), the page is never blank, article text
 * with markup stays inert, and no request leaves 127.0.0.1.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, launchBrowser, watchOffOrigin } from './browser';
import { writeBigText } from './fixtures/makeFixtures';

let browser: Browser;
let context: BrowserContext;
const offOrigin: string[] = [];

async function open(dataset: string): Promise<Page> {
  const page = await context.newPage();
  offOrigin.push(...watchOffOrigin(page, new URL(baseUrl()).origin));
  await page.goto(`${baseUrl()}?dataset=${encodeURIComponent(dataset)}&lang=en`);
  return page;
}

/** Waits for the error screen and returns its text. */
async function alertText(page: Page): Promise<string> {
  const alert = page.getByRole('alert').first();
  await alert.waitFor({ timeout: 15_000 });
  return alert.innerText();
}

async function assertNotBlank(page: Page): Promise<void> {
  const text = await page.locator('body').innerText();
  assert.ok(text.trim().length > 20, `page is blank: "${text}"`);
}

describe('hostile datasets', () => {
  before(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
  });
  after(async () => {
    await browser?.close();
  });

  const fatal: [string, RegExp][] = [
    ['fixtures/does-not-exist.json', /was not found \(HTTP 404\)[\s\S]*npm run compile/],
    ['fixtures/not-json.json', /not valid JSON[\s\S]*npm run compile/],
    ['fixtures/empty.json', /dataset file is empty/],
    ['fixtures/truncated.json', /truncated/],
    ['fixtures/wrong-version.json', /schema version 99, but this app reads version 1/],
    ['fixtures/not-a-dataset.json', /not a contact-timeline dataset/],
  ];
  for (const [dataset, message] of fatal) {
    it(`explains ${path.basename(dataset)} on an error screen with how to fix it`, async () => {
      const page = await open(dataset);
      const text = await alertText(page);
      assert.match(text, message);
      assert.match(text, /How to fix it/);
      await assertNotBlank(page);
      await page.close();
    });
  }

  for (const dataset of ['//evil.com/x.json', 'https://evil.com/data.json', 'javascript:alert(1)', 'data:application/json,{}']) {
    it(`refuses ?dataset=${dataset} (off the origin) without requesting it`, async () => {
      const page = await open(dataset);
      assert.match(await alertText(page), /only datasets from http:\/\/127\.0\.0\.1:\d+ are loaded|not a valid address/);
      await page.close();
    });
  }

  it('skips a bad date, an unknown actor and a duplicate id, shows the rest and says what was skipped', async () => {
    const page = await open('fixtures/bad-records.json');
    await page.getByRole('status').filter({ hasText: '7 of 7 events' }).waitFor({ timeout: 15_000 });
    const region = page.getByRole('region', { name: 'Warnings' });
    await region.getByText('3 invalid records were skipped').click();
    const details = await region.innerText();
    assert.match(details, /bad-date: date\.earliest "2024-02-30" is not a calendar date/);
    assert.match(details, /unknown-actor: unknown actor id nobody-at-all/);
    assert.match(details, /duplicate event id "e-2023-02-22-lavrov"/);
    await page.close();
  });

  it('shows article text with markup, script, RTL and zero-width characters as inert text', async () => {
    const page = await open('fixtures/hostile-text.json');
    await page.getByRole('status').filter({ hasText: '7 of 7 events' }).waitFor({ timeout: 15_000 });
    const row = page.getByRole('row').filter({ hasText: 'onerror' }).first();
    await row.click({ timeout: 5000 });
    const panel = page.getByRole('complementary', { name: /article/i });
    await panel.getByText('window.__pwned = "script"', { exact: false }).first().waitFor({ timeout: 5000 });
    assert.match(await panel.innerText(), /<script>window\.__pwned = "script"<\/script>/);
    assert.match(await panel.innerText(), /<img src="x" onerror=/);
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned), undefined);
    assert.equal(await page.locator('img[src="x"]').count(), 0);
    assert.equal(await page.locator('a[href^="javascript:"]').count(), 0);
    assert.equal(await page.locator('body script').count(), await page.locator('body script[src]').count());
    await page.close();
  });

  it('loads a dataset carrying 50 MB of article text without a blank or frozen page', { timeout: 120_000 }, async () => {
    const dir = process.env.E2E_GENERATED_DIR;
    assert.ok(dir, 'E2E_GENERATED_DIR is set by e2e/run.ts');
    writeBigText(path.join(dir, 'big-text.json'));
    const page = await open('generated/big-text.json');
    await page.getByRole('status').filter({ hasText: '7 of 7 events' }).waitFor({ timeout: 90_000 });
    await assertNotBlank(page);
    await page.close();
  });

  it('never requested anything off 127.0.0.1', () => {
    assert.deepEqual(offOrigin, []);
  });
});
