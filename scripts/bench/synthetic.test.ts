import { describe, expect, it } from 'vitest';
import { EVENT_STATUSES, EVENT_TYPES, type Range } from '../../src/model/schema';
import { parseDataset } from '../../src/model/parseDataset';
import { isInTimeOrder } from '../../src/model/timeOrder';
import { generateDataset, textPath } from './synthetic';

describe('generateDataset', () => {
  const small = generateDataset({ events: 600, inlineTexts: false });

  it('writes a dataset that parseDataset accepts whole, with no warnings, labelled synthetic', () => {
    const { dataset, warnings } = parseDataset(JSON.stringify(small.dataset));
    expect(warnings).toEqual([]);
    expect(dataset.events).toHaveLength(600);
    expect(dataset.synthetic).toBe(true);
  });

  it('writes the events in the app’s time order (earliest day, latest day, id), as the compiler does', () => {
    expect(isInTimeOrder(small.dataset.events)).toBe(true);
    expect(small.dataset.events.some((e) => e.date.precision !== 'day')).toBe(true); // the order is not just by value
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(JSON.stringify(generateDataset({ events: 200, seed: 7 }))).toBe(JSON.stringify(generateDataset({ events: 200, seed: 7 })));
    expect(JSON.stringify(generateDataset({ events: 200, seed: 7 }).dataset)).not.toBe(JSON.stringify(generateDataset({ events: 200, seed: 8 }).dataset));
  });

  it('puts every evidence range inside its article text, and the date range on the date words', () => {
    const texts = small.texts;
    for (const event of small.dataset.events) {
      for (const source of event.sources) {
        const file = texts.get(source.articleId)!;
        const text = file.text;
        // Served separately, the evidence is in the text's file, not in the dataset.
        expect(source.evidence).toBeUndefined();
        const ev = file.evidence[event.id]!;
        const ranges: Range[] = [...(ev.date ?? []), ...(ev.participants ?? []), ...(ev.type ?? []), ...(ev.location ?? []), ...(ev.summary ?? []), ...Object.values(ev.topics ?? {}).flat()];
        for (const [start, end] of ranges) {
          expect(start).toBeLessThan(end);
          expect(end).toBeLessThanOrEqual(text.length);
        }
        const [s, e] = ev.date![0]!;
        const words = text.slice(s, e);
        if (event.date.basis === 'date stated in the text') expect(words).toContain(event.date.earliest.slice(0, 4));
      }
    }
  });

  it('links texts by a relative textUrl when they are not inlined, and inlines them for small datasets', () => {
    const article = small.dataset.articles[0]!;
    expect(article.text).toBeUndefined();
    expect(article.textUrl).toBe(textPath(article.id));
    expect(small.texts.size).toBe(small.dataset.articles.length);
    const inline = generateDataset({ events: 50 });
    expect(inline.texts.size).toBe(0);
    expect(inline.dataset.articles.every((a) => typeof a.text === 'string')).toBe(true);
  });

  it('has a realistic spread: hundreds of actors, ~15 countries, 20 topics, every type and status, multi-source events, 3-5 KB articles', () => {
    const { dataset, texts } = small;
    expect(dataset.actors.length).toBeGreaterThan(200);
    expect(new Set(dataset.actors.map((a) => a.country)).size).toBeGreaterThanOrEqual(15);
    expect(dataset.topics).toHaveLength(20);
    expect(dataset.topics.every((t) => t.labels.en && t.labels.id && t.terms.length > 0)).toBe(true);
    expect(new Set(dataset.events.map((e) => e.type))).toEqual(new Set(EVENT_TYPES));
    expect(new Set(dataset.events.map((e) => e.status))).toEqual(new Set(EVENT_STATUSES));
    expect(dataset.events.some((e) => e.sources.length > 1)).toBe(true);
    const years = dataset.events.map((e) => Number(e.date.earliest.slice(0, 4)));
    expect(Math.max(...years) - Math.min(...years)).toBeGreaterThanOrEqual(20);
    for (const { text } of texts.values()) {
      expect(text.length).toBeGreaterThanOrEqual(2900);
      expect(text.length).toBeLessThan(6000);
    }
  });
});
