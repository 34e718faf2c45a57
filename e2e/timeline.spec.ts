/**
 * The timeline in a real browser on the seed corpus: the canvas paints marks, wheel zoom and "Fit all"
 * change the window, the keyboard and a click select events, and the overview brush filters by date.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser, watchOffOrigin } from './browser';

describe('timeline', () => {
  let browser: Browser;
  let page: Page;
  let offOrigin: string[];
  const range = () => page.locator('.timeline-range').textContent();
  const chart = () => page.getByRole('group', { name: /^Timeline chart, \d+ events/ });
  const status = () => page.getByRole('status').filter({ hasText: /of \d+ events/ });

  before(async () => {
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB', reducedMotion: 'reduce' });
    page = await context.newPage();
    offOrigin = watchOffOrigin(page, new URL(baseUrl()).origin);
    await page.goto(baseUrl());
    await chart().waitFor();
  });
  after(async () => {
    await browser?.close();
  });

  it('paints the marks on the canvas', async () => {
    const painted = await page.locator('.timeline-canvas-box canvas').evaluate((c: HTMLCanvasElement) => {
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
      return n;
    });
    assert.ok(painted > 100, `expected painted pixels, got ${painted}`);
  });

  it('zooms in with the wheel and back out with "Fit all"', async () => {
    const fit = await range();
    const box = (await chart().boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 30);
    for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -200);
    await page.waitForFunction((before) => document.querySelector('.timeline-range')?.textContent !== before, fit);
    assert.notEqual(await range(), fit);
    await page.getByRole('button', { name: 'Fit all' }).click();
    await page.waitForFunction((before) => document.querySelector('.timeline-range')?.textContent === before, fit);
  });

  it('selects the first event with the keyboard and announces it', async () => {
    await chart().focus();
    await page.keyboard.press('Home');
    await page.waitForFunction(() => /event=/.test(location.search));
    const said = await page.locator('[aria-live="polite"]', { hasText: /^Selected: / }).textContent();
    assert.match(said ?? '', /^Selected: .+: .+/);
  });

  it('selects an event by clicking its mark', async () => {
    const first = new URL(page.url()).searchParams.get('event');
    await page.keyboard.press('End');
    // The address follows once the page is idle.
    await page.waitForFunction((prev) => new URL(location.href).searchParams.get('event') !== prev, first);
    const last = new URL(page.url()).searchParams.get('event');
    const box = (await chart().boundingBox())!;
    let clicked: string | null = null;
    for (let x = box.x + 4; x < box.x + box.width && !clicked; x += 3) {
      await page.mouse.move(x, box.y + 4 + 9);
      if (await page.getByRole('tooltip').count()) {
        await page.mouse.click(x, box.y + 4 + 9);
        await page.waitForFunction((prev) => new URL(location.href).searchParams.get('event') !== prev, last);
        clicked = new URL(page.url()).searchParams.get('event');
      }
    }
    assert.ok(clicked && clicked !== last, 'a click on a mark selects its event');
  });

  it('brushes the overview into a date-range filter and clears it', async () => {
    const all = await status().textContent();
    const box = (await page.getByRole('region', { name: 'Overview' }).locator('svg').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.05, box.y + 20);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.3, box.y + 20, { steps: 4 });
    await page.mouse.up();
    await page.waitForFunction((before) => [...document.querySelectorAll('[role=status]')].every((s) => s.textContent !== before), all);
    await page.waitForURL(/from=\d{4}-\d{2}-\d{2}/);
    await page.mouse.click(box.x + box.width * 0.8, box.y + 20);
    await status().filter({ hasText: all! }).waitFor();
  });

  it('never requests anything off the origin', () => {
    assert.deepEqual(offOrigin, []);
  });
});
