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
import { parseDataset } from '../src/model/parseDataset';

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
    // Read as the app reads it: the generator writes long lists as tables.
    dataset = parseDataset(fs.readFileSync(file, 'utf8')).dataset;
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

  it('paints the many links on a canvas; the pointer still finds one, names it and filters to its shared events', { timeout: 60_000 }, async () => {
    const region = page.getByRole('region', { name: 'Participants network' });
    await region.locator('.net-edge-canvas canvas').waitFor({ timeout: 20_000 });
    assert.equal(await region.locator('[data-edge]').count(), 0, 'no SVG links beside the canvas');
    const svg = region.locator('svg.net-svg');
    const tip = page.getByRole('tooltip');
    // Look for a spot over a link (and over no person) by moving a synthetic pointer across the drawing,
    // then hover it for real; the layout may still be settling, so look again if a person got there first.
    let spot: { x: number; y: number } | null = null;
    let shared: RegExpExecArray | null = null;
    let text = '';
    for (let attempt = 0; attempt < 6 && !shared; attempt++) {
      await page.waitForTimeout(500);
      // People move while a layout is under way (after the toggles above): look once it has arrived.
      await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), null, { timeout: 20_000 });
      spot = await svg.evaluate((el: SVGSVGElement) => {
        const box = el.getBoundingClientRect();
        for (let y = box.top + 20; y < box.bottom - 20; y += 5) {
          for (let x = box.left + 20; x < box.right - 20; x += 5) {
            if (document.elementFromPoint(x, y) !== el) continue;
            el.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y, bubbles: true }));
            if (el.classList.contains('is-over-edge')) return { x, y };
          }
        }
        return null;
      });
      if (!spot) continue;
      await page.mouse.move(spot.x + 1, spot.y);
      await page.mouse.move(spot.x, spot.y);
      await tip.waitFor({ timeout: 5000 });
      text = (await tip.textContent()) ?? '';
      // A link's tooltip is titled by its two people ("A – B"); a person's tooltip is titled by one name.
      const title = (await tip.locator('strong').first().textContent().catch(() => '')) ?? '';
      shared = / – /.test(title) ? /(\d+) shared events?/.exec(text.replace(/[,.](?=\d{3})/g, '')) : null;
    }
    assert.ok(spot && shared, `a link under the pointer shows its two people and their shared events: ${text.slice(0, 120)}`);
    await page.mouse.click(spot.x, spot.y);
    await page.getByRole('status').filter({ hasText: `${fmt(Number(shared[1]))} of ${fmt(N)} events` }).waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Clear all' }).first().click();
    await page.getByRole('status').filter({ hasText: `${fmt(N)} of ${fmt(N)} events` }).waitFor({ timeout: 20_000 });
  });

  it('lays out and paints the network on the page when its workers cannot start', { timeout: 90_000 }, async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
    const broken = await context.newPage();
    await broken.route(/(edgePainter|layout)\.worker/, (route) => route.fulfill({ status: 404, body: 'not found' }));
    await broken.goto(`${baseUrl()}?dataset=generated/scale-10000/dataset.json&lang=en`);
    await broken.getByRole('status').filter({ hasText: `${fmt(N)} of ${fmt(N)} events` }).waitFor({ timeout: 60_000 });
    const inked = () =>
      broken.locator('.net-edge-canvas canvas').evaluate((c: HTMLCanvasElement) => {
        let ctx: CanvasRenderingContext2D | null = null;
        try {
          ctx = c.getContext('2d');
        } catch {
          return -1; // still handed to the worker
        }
        if (!ctx || c.width === 0) return 0;
        const { data } = ctx.getImageData(0, 0, c.width, c.height);
        let n = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
        return n;
      });
    let painted = 0;
    for (let i = 0; i < 40 && painted <= 0; i++) {
      await broken.waitForTimeout(250);
      painted = await inked().catch(() => 0);
    }
    assert.ok(painted > 1000, `links painted on the page's own canvas (${painted} inked pixels)`);
    // The layout finished on the page: the network is not left "Arranging…".
    await broken.getByRole('region', { name: 'Participants network' }).getByText('Arranging…').waitFor({ state: 'detached', timeout: 20_000 });
    await context.close();
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
