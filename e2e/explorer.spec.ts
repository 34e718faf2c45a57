/**
 * The explorer in a real browser on the seed corpus: status line, topic toggles, the event list,
 * the article panel, and an address that reproduces the view in a fresh browser.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, launchBrowser, watchOffOrigin } from './browser';

interface SeedEvent {
  id: string;
  date: { earliest: string };
  topics: string[];
  sources: { articleId: string }[];
}
interface SeedDataset {
  events: SeedEvent[];
  articles: { id: string; title: string }[];
}

/** The dates (ISO) of the rows the event list shows, read from each row's first cell ("18 Nov 2024"). */
async function listedDates(page: Page): Promise<string[]> {
  const cells = page.getByRole('grid', { name: 'Events' }).locator('[role="row"][data-index] [role="gridcell"]:first-child');
  const texts = await cells.allTextContents();
  return texts.map((t) => new Date(`${t.replace(/^~/, '').split(' – ')[0]} UTC`).toISOString().slice(0, 10));
}

async function openApp(context: BrowserContext, query = ''): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${baseUrl()}${query}`);
  await page.getByRole('status').filter({ hasText: /of \d+ events/ }).waitFor();
  return page;
}

describe('explorer', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let offOrigin: string[];
  let seed: SeedDataset;
  const status = () => page.getByRole('status').filter({ hasText: /of \d+ events/ });
  const topic = (name: string) => page.getByRole('region', { name: 'Topics' }).getByRole('button', { name: new RegExp(`^${name}`) });

  before(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
    page = await openApp(context);
    offOrigin = watchOffOrigin(page, new URL(baseUrl()).origin);
    seed = (await page.evaluate(async () => (await fetch('data/dataset.json')).json())) as SeedDataset;
  });
  after(async () => {
    await browser?.close();
  });

  it('shows "7 of 7 events" and one list row per event', async () => {
    assert.equal(await status().textContent(), '7 of 7 events');
    assert.equal((await listedDates(page)).length, 7);
  });

  it('toggling BRICS gives 3 events on the expected dates', async () => {
    const brics = page.getByRole('button', { name: /^BRICS/ });
    assert.equal(await topic('BRICS').count(), 1);
    await brics.click();
    assert.equal(await brics.getAttribute('aria-pressed'), 'true');
    assert.equal(await status().textContent(), '3 of 7 events');
    assert.deepEqual(await listedDates(page), ['2024-01-11', '2024-11-18', '2025-01-21']);
    await page.screenshot({ path: path.join('e2e', 'artifacts', 'explorer-brics.png') });
  });

  it('Ukraine includes 2024-11-18 and 2025-12-02 and excludes 2024-01-11 and 2025-01-21', async () => {
    await page.getByRole('button', { name: 'Clear all' }).click();
    await topic('Ukraine').click();
    const dates = await listedDates(page);
    for (const d of ['2024-11-18', '2025-12-02']) assert.ok(dates.includes(d), `${d} in ${dates.join(', ')}`);
    for (const d of ['2024-01-11', '2025-01-21']) assert.ok(!dates.includes(d), `${d} not in ${dates.join(', ')}`);
    await page.getByRole('button', { name: 'Remove filter: Ukraine' }).click();
    assert.equal(await status().textContent(), '7 of 7 events');
  });

  it('searching "Ukraina" finds the Ukraine events', async () => {
    await page.getByRole('searchbox', { name: 'Search' }).fill('Ukraina');
    const dates = await listedDates(page);
    for (const d of ['2024-11-18', '2025-12-02']) assert.ok(dates.includes(d), `${d} in ${dates.join(', ')}`);
    await page.getByRole('button', { name: 'Clear all' }).click();
  });

  it('clicking an event opens its article; the address reproduces the view in a fresh browser', async () => {
    await page.getByRole('button', { name: /^BRICS/ }).click();
    const rio = seed.events.find((e) => e.date.earliest === '2024-11-18' && e.topics.includes('brics'));
    assert.ok(rio, 'the seed corpus has the 2024-11-18 BRICS event');
    const headline = seed.articles.find((a) => a.id === rio.sources[0]!.articleId)!.title;
    const index = (await listedDates(page)).indexOf('2024-11-18');
    await page.getByRole('grid', { name: 'Events' }).locator(`[role="row"][data-index="${index}"]`).click();
    const panel = page.getByRole('complementary', { name: 'Article' });
    await panel.getByRole('heading', { name: headline }).waitFor();
    assert.ok((await panel.locator('.article-text mark').count()) > 0, 'names and topics are highlighted');
    fs.mkdirSync(path.join('e2e', 'artifacts'), { recursive: true });
    await page.screenshot({ path: path.join('e2e', 'artifacts', 'explorer-article.png') });

    // The address follows once the page is idle.
    await page.waitForURL(/[?&]event=/);
    const address = page.url();
    const fresh = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
    const other = await openApp(fresh, new URL(address).search);
    assert.equal(await other.getByRole('status').filter({ hasText: /of \d+ events/ }).textContent(), '3 of 7 events');
    assert.equal(await other.getByRole('button', { name: /^BRICS/ }).getAttribute('aria-pressed'), 'true');
    await other.getByRole('complementary', { name: 'Article' }).getByRole('heading', { name: headline }).waitFor();
    await fresh.close();
  });

  it('Esc closes the panel and Back steps through the changes', async () => {
    await page.keyboard.press('Escape');
    assert.equal(await page.getByRole('complementary', { name: 'Article' }).count(), 0);
    await page.waitForURL((u) => !u.searchParams.has('event'));
    await page.goBack();
    await page.getByRole('complementary', { name: 'Article' }).waitFor();
    await page.goBack();
    assert.equal(await page.getByRole('complementary', { name: 'Article' }).count(), 0);
    assert.equal(await status().textContent(), '3 of 7 events');
  });

  it('ignores a tampered address with a notice instead of failing', async () => {
    const other = await openApp(context, '?topic=atlantis&from=2024-13-45&event=nope');
    assert.equal(await other.getByRole('status').filter({ hasText: /of \d+ events/ }).textContent(), '7 of 7 events');
    await other.getByText('The address names an unknown topic "atlantis"; it was ignored.').waitFor();
    await other.close();
  });

  it('sent no request off the origin', () => {
    assert.deepEqual(offOrigin, []);
  });
});
