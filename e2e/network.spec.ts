/**
 * The participant network in a real browser: the region is there with one button per person, clicking
 * Wang Yi filters to his 6 of 7 events, clicking again clears it, and clicking the Wang Yi – Lavrov link
 * leaves the 3 events they share. Hovering a person shows the tooltip.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser, watchOffOrigin } from './browser';

describe('participant network', () => {
  let browser: Browser;
  let page: Page;
  let offOrigin: string[];
  const status = () => page.getByRole('status').filter({ hasText: /\d+ of \d+ events/ }).first();
  const region = () => page.getByRole('region', { name: 'Participants network' });
  const person = (name: string) => region().getByRole('button', { name: new RegExp(`^${name},`) });

  before(async () => {
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
    page = await context.newPage();
    offOrigin = watchOffOrigin(page, new URL(baseUrl()).origin);
    await page.goto(`${baseUrl()}?lang=en`);
    await status().filter({ hasText: '7 of 7 events' }).waitFor();
  });
  after(async () => {
    await browser?.close();
  });

  it('shows the six participants as buttons named after them', async () => {
    for (const name of ['Wang Yi', 'Sergey Lavrov', 'Vladimir Putin', 'Xi Jinping', 'Nikolai Patrushev', 'Sergei Shoigu']) {
      assert.equal(await person(name).count(), 1, `${name} node`);
    }
    await region().getByRole('button', { name: 'Wang Yi – Sergey Lavrov, 3 shared events' }).waitFor();
  });

  it('filters to 6 of 7 events when Wang Yi is clicked, and back when clicked again', async () => {
    await person('Wang Yi').click();
    await status().filter({ hasText: '6 of 7 events' }).waitFor();
    assert.equal(await person('Wang Yi').getAttribute('aria-pressed'), 'true');
    await person('Wang Yi').click();
    await status().filter({ hasText: '7 of 7 events' }).waitFor();
  });

  it('shows a tooltip with the contacts when a person is hovered', async () => {
    await person('Sergey Lavrov').hover();
    const tip = page.getByRole('tooltip').filter({ hasText: 'Sergey Lavrov' });
    await tip.waitFor();
    assert.match((await tip.textContent()) ?? '', /3 events/);
    await page.mouse.move(0, 0);
  });

  it('filters to the 3 shared events when the Wang Yi – Lavrov link is activated', async () => {
    await region().getByRole('button', { name: /^Wang Yi – Sergey Lavrov/ }).focus();
    await page.keyboard.press('Enter');
    await status().filter({ hasText: '3 of 7 events' }).waitFor();
  });

  it('requested nothing off the origin', () => {
    assert.deepEqual(offOrigin, []);
  });
});
