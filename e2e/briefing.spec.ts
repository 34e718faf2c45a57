/**
 * Briefing in a real browser: present the BRICS view slide by slide, download CSV and PNG exports,
 * start in Indonesian from ?lang=id, and check the main view, the network and a slide with axe-core.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser, watchOffOrigin } from './browser';

fs.mkdirSync('e2e/artifacts', { recursive: true });
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const NETWORK = '[aria-label="Participants network"]';

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Runs axe-core on `selector` and returns the serious and critical violations, described. */
async function seriousViolations(page: Page, selector: string | { include: string[][]; exclude: string[][] }): Promise<string[]> {
  // The built app's CSP forbids inline scripts, so axe is evaluated through the DevTools protocol instead.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async (sel) => {
    const w = window as unknown as { axe: { run(ctx: unknown, opts: object): Promise<{ violations: AxeViolation[] }> } };
    const r = await w.axe.run(sel, { resultTypes: ['violations'] });
    return r.violations;
  }, selector);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

async function openApp(page: Page, query = '') {
  await page.goto(`${baseUrl()}${query}`);
  await page.getByRole('status').filter({ hasText: /7 (of|dari) 7/ }).waitFor();
}

async function download(page: Page, buttonName: string): Promise<Buffer> {
  const menu = page.getByRole('button', { name: 'Export', exact: true });
  if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: buttonName }).click()]);
  const path = await file.path();
  return fs.readFileSync(path);
}

describe('briefing', () => {
  let browser: Browser;
  let page: Page;
  let offOrigin: string[];
  before(async () => {
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true, locale: 'en-GB' });
    page = await context.newPage();
    offOrigin = watchOffOrigin(page, new URL(baseUrl()).origin);
  });
  after(async () => {
    await browser?.close();
  });

  it('presents the BRICS view: an overview, then 1 / 3 … 3 / 3 in date order, Esc leaves', async () => {
    await openApp(page);
    await page.getByRole('button', { name: /^BRICS/ }).click();
    await page.getByRole('status').filter({ hasText: '3 of 7' }).waitFor();
    await page.getByRole('button', { name: 'Present' }).click();
    const dialog = page.getByRole('dialog', { name: 'Presentation' });
    await dialog.waitFor();
    const counter = dialog.locator('.presentation-counter');
    assert.equal(await counter.textContent(), 'Overview');
    await dialog.getByRole('img', { name: /Timeline of 3 events/ }).waitFor();
    await page.screenshot({ path: 'e2e/artifacts/briefing-overview.png' });
    const dates: string[] = [];
    for (const n of [1, 2, 3]) {
      await page.keyboard.press(n === 2 ? 'Space' : 'ArrowRight');
      assert.equal(await counter.textContent(), `${n} / 3`);
      assert.equal(await counter.getAttribute('aria-label'), `Slide ${n} of 3`);
      dates.push((await dialog.locator('time').getAttribute('datetime')) ?? '');
      if (n === 2) {
        await page.screenshot({ path: 'e2e/artifacts/briefing-event.png' });
        assert.deepEqual(await seriousViolations(page, '.presentation'), []);
      }
    }
    assert.deepEqual(dates, ['2024-01-11', '2024-11-18', '2025-01-21']);
    await page.keyboard.press('ArrowRight');
    assert.equal(await counter.textContent(), '3 / 3');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('exports the visible events as CSV with a header and 3 rows', async () => {
    const csv = (await download(page, 'Export CSV')).toString('utf8');
    const lines = csv.trim().split('\r\n');
    assert.equal(lines.length, 4, csv);
    assert.match(lines[0]!, /^id,date,earliest,latest/);
    assert.deepEqual(lines.slice(1).map((l) => l.split(',')[1]), ['2024-01-11', '2024-11-18', '2025-01-21']);
  });

  it('exports the timeline and the network as valid PNG images and the timeline as SVG', async () => {
    const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const png = await download(page, 'Export timeline PNG');
    assert.ok(png.subarray(0, 8).equals(signature), 'timeline PNG signature');
    assert.ok(png.readUInt32BE(16) >= 2000, `PNG is drawn at 2× (width ${png.readUInt32BE(16)})`);
    const net = await download(page, 'Export network PNG');
    assert.ok(net.subarray(0, 8).equals(signature), 'network PNG signature');
    const svg = (await download(page, 'Export timeline SVG')).toString('utf8');
    assert.equal(svg.match(/class="mark"/g)?.length, 3);
  });

  it('exports the briefing as a PowerPoint file: the overview and one slide per event', async () => {
    const pptx = await download(page, 'Export PowerPoint');
    assert.equal(pptx.subarray(0, 2).toString('latin1'), 'PK', 'a .pptx is a zip file');
    assert.ok(pptx.includes(Buffer.from('ppt/slides/slide4.xml')), 'four slides');
    assert.ok(!pptx.includes(Buffer.from('ppt/slides/slide5.xml')), 'no more than four');
  });

  it('prints an A4-landscape page with the timeline, the network and the event table, no buttons', async () => {
    await page.emulateMedia({ media: 'print' });
    try {
      const rows = page.locator('.print-table tbody tr');
      await rows.first().waitFor();
      assert.equal(await rows.count(), 3);
      // The citation: outlet, “headline”, publication date (and the URL when the article has one).
      assert.match((await rows.nth(1).textContent()) ?? '', /Rio de Janeiro.*“Menlu Tiongkok dan Rusia Bahas Hubungan Bilateral di Rio de Janeiro”, 20 Nov 2024/);
      assert.equal(await page.locator('button:visible').count(), 0, 'no buttons on paper');
      const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
      const box = /MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)/.exec(pdf);
      assert.ok(box, 'the PDF has a page box');
      assert.ok(Math.abs(Number(box[1]) - 842) < 2 && Math.abs(Number(box[2]) - 595) < 2, `A4 landscape, got ${box[1]}×${box[2]}`);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('passes axe on the main view (no serious or critical violations)', async () => {
    await openApp(page);
    await page.screenshot({ path: 'e2e/artifacts/briefing-main.png' });
    assert.deepEqual(await seriousViolations(page, { include: [['body']], exclude: [[NETWORK]] }), []);
  });

  it('passes axe on the network (no serious or critical violations)', async () => {
    assert.deepEqual(await seriousViolations(page, NETWORK), []);
  });

  it('starts in Indonesian with ?lang=id, and sets <html lang>', async () => {
    await openApp(page, '?lang=id');
    await page.getByRole('status').filter({ hasText: '7 dari 7 peristiwa' }).waitFor();
    await page.getByRole('heading', { name: 'Topik' }).waitFor();
    await page.getByRole('heading', { name: 'Peserta' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'id');
    await page.getByRole('button', { name: /Presentasi/ }).click();
    await page.getByRole('dialog', { name: 'Presentasi' }).getByText('Ikhtisar', { exact: true }).first().waitFor();
    await page.screenshot({ path: 'e2e/artifacts/briefing-overview-id.png' });
    await page.keyboard.press('Escape');
  });

  it('never requested anything off the origin', () => {
    assert.deepEqual(offOrigin, []);
  });
});
