/**
 * Scale in a real browser: a generated 10,000-event dataset (texts served as separate files) loads through
 * ?dataset=, the status line counts it, and topic toggles give the counts computed here from the same file.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser, watchOffOrigin } from './browser';
import { writeDataset } from '../scripts/generate';
import { FILLER } from '../scripts/bench/vocabulary';
import type { Dataset } from '../src/model/schema';

const N = 10_000;
const fmt = (n: number) => n.toLocaleString('en-GB');

describe('10,000 generated events', () => {
  let browser: Browser;
  let page: Page;
  let dataset: Dataset;
  let offOrigin: string[];
  before(async () => {
    const dir = process.env.E2E_GENERATED_DIR;
    assert.ok(dir, 'E2E_GENERATED_DIR is set by e2e/run.ts');
    const file = path.join(dir, 'scale-10000', 'dataset.json');
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
    writeDataset(file, N);
    dataset = JSON.parse(fs.readFileSync(file, 'utf8')) as Dataset;
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
    page = await context.newPage();
    offOrigin = watchOffOrigin(page, new URL(baseUrl()).origin);
    await page.goto(`${baseUrl()}?dataset=generated/scale-10000/dataset.json&lang=en`);
  });
  after(async () => {
    await browser?.close();
  });

  it('loads all of them, labelled as synthetic', { timeout: 90_000 }, async () => {
    await page.getByRole('status').filter({ hasText: `${fmt(N)} of ${fmt(N)} events` }).waitFor({ timeout: 60_000 });
    assert.equal(await page.getByText('Synthetic data', { exact: false }).count() > 0, true);
    assert.equal(await page.getByRole('region', { name: 'Warnings' }).count(), 0);
  });

  it('counts what a topic toggle leaves, as computed from the file', { timeout: 60_000 }, async () => {
    const brics = dataset.events.filter((e) => e.topics.includes('brics')).length;
    const bricsOrSco = dataset.events.filter((e) => e.topics.includes('brics') || e.topics.includes('sco')).length;
    assert.ok(brics > 0 && brics < N && bricsOrSco > brics);
    await page.getByRole('button', { name: /^BRICS\b/ }).first().click();
    await page.getByRole('status').filter({ hasText: `${fmt(brics)} of ${fmt(N)} events` }).waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: /^SCO\b/ }).first().click();
    await page.getByRole('status').filter({ hasText: `${fmt(bricsOrSco)} of ${fmt(N)} events` }).waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: /^SCO\b/ }).first().click();
    await page.getByRole('button', { name: /^BRICS\b/ }).first().click();
    await page.getByRole('status').filter({ hasText: `${fmt(N)} of ${fmt(N)} events` }).waitFor({ timeout: 20_000 });
  });

  it('opens an article whose text is fetched from its own file next to the dataset', { timeout: 60_000 }, async () => {
    await page.getByRole('row').nth(1).click();
    const panel = page.getByRole('complementary', { name: /article/i });
    const sentence = [...FILLER.en, ...FILLER.id].map((s) => s.slice(0, 40));
    await panel.getByText(new RegExp(sentence.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'))).first().waitFor({ timeout: 20_000 });
  });

  it('never requested anything off 127.0.0.1', () => {
    assert.deepEqual(offOrigin, []);
  });
});
