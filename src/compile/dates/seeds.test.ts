import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleDateAsEventDate, findArticleDate, findDateMentions, findYearHints, parseAnniversaries, resolveMention } from './index';
import type { ResolveContext } from './types';
import { describeArticleDate } from './findArticleDate';

const ANNIVERSARIES = parseAnniversaries(readFileSync('data/anniversaries.yaml', 'utf8'), 'data/anniversaries.yaml');
const FILES = readdirSync('data/articles');

function seed(prefix: string): string {
  const file = FILES.find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`seed ${prefix} missing`);
  return readFileSync(`data/articles/${file}`, 'utf8');
}

function contextFor(text: string, constraints: ResolveContext['constraints'] = []): ResolveContext {
  return { articleDate: findArticleDate({ text }).value, horizon: '2026-11-22', constraints, yearHints: findYearHints(text, ANNIVERSARIES) };
}

function resolve(text: string, raw: string, ctx: ResolveContext) {
  const mention = findDateMentions(text).find((m) => m.raw === raw);
  if (!mention) throw new Error(`no mention '${raw}'`);
  return resolveMention(mention, ctx);
}

describe('seed articles', () => {
  it('000: dates the phone call by the header 2024-01-11', () => {
    const text = seed('000');
    const date = findArticleDate({ text });
    expect(date).toMatchObject({ value: '2024-01-11', from: 'header', raw: '2024-01-11 11:00:51' });
    const event = articleDateAsEventDate(date.value!, describeArticleDate(date));
    expect(event).toMatchObject({ value: '2024-01-11', precision: 'day', latest: '2024-01-11' });
    expect(event.basis).toBe("no date in the text; the contact is dated by the article's publication date 2024-01-11 (header '2024-01-11 11:00:51')");
    expect(event.confidence).toBeCloseTo(0.6);
  });

  it("001: 'pada hari Rabu' is 2023-02-22 and 'pada hari Selasa' 2023-02-21", () => {
    const text = seed('001');
    const ctx = contextFor(text);
    expect(ctx.articleDate).toBe('2023-02-23');
    expect(resolve(text, 'pada hari Rabu', ctx).value).toBe('2023-02-22');
    expect(resolve(text, 'pada hari Selasa', ctx).value).toBe('2023-02-21');
    expect(resolve(text, 'pekan lalu', ctx)).toMatchObject({ earliest: '2023-02-13', latest: '2023-02-19' });
  });

  it("002: header 2024-11-20, 'Senin (18/11) lalu' 2024-11-18, never the 2022 teaser", () => {
    const text = seed('002');
    const ctx = contextFor(text);
    expect(findArticleDate({ text })).toMatchObject({ value: '2024-11-20', raw: 'Rabu, 20 November 2024 12:7:31 WIB' });
    expect(resolve(text, 'pada hari Senin (18/11) lalu', ctx)).toMatchObject({ value: '2024-11-18', confidence: 0.95 });
    expect(ctx.yearHints.map((h) => h.year)).toEqual([2024, 2024, 2024]);
  });

  it("003: no article date; 'Selasa (2/12)' is 2025-12-02 from Shoigu's tenure and the anniversaries", () => {
    const text = seed('003');
    const shoigu = { earliest: '2024-05-12', reason: 'Shoigu has been Security Council Secretary since 2024-05-12' };
    const ctx = contextFor(text, [shoigu]);
    expect(ctx.articleDate).toBeNull();
    expect(ctx.yearHints.map((h) => h.year)).toEqual([2025, 2025]);
    const r = resolve(text, 'pada hari Selasa (2/12)', ctx);
    expect(r.value).toBe('2025-12-02');
    expect(r.confidence).toBeGreaterThanOrEqual(0.8);
    expect(r.basis).toContain('a Tuesday 2 December falls in');
    expect(r.basis).toContain('rules out 1997, 2003, 2008, 2014');
    expect(r.basis).toContain('(1996 + 30 = next year) gives 2025');
  });

  it("004: no article date ('1 bulan yang lalu' is not one); 'Selasa (21/1)' is 2025-01-21, 2020 the alternative", () => {
    const text = seed('004');
    const ctx = contextFor(text);
    expect(ctx.articleDate).toBeNull();
    expect(new Set(ctx.yearHints.map((h) => h.year))).toEqual(new Set([2025]));
    const r = resolve(text, 'pada Selasa (21/1)', ctx);
    expect(r.value).toBe('2025-01-21');
    expect(r.alternatives[0]).toBe('2020-01-21');
    expect(r.confidence).toBeLessThan(0.9);
  });
});
