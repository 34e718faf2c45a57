import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../model/schema';
import { isInTimeOrder } from '../model/timeOrder';
import { compileCorpus } from './compileCorpus';
import { articleFiles, repoData, repoOptions } from './fixtures/repo';

const { dataset, report } = compileCorpus(articleFiles('data/articles'), repoData(), repoOptions());
const row = (e: (typeof dataset.events)[number]) => [e.sources[0]!.articleId.slice(0, 3), e.date.value, e.type, [...e.participants].sort().join('+'), e.location];

describe('the five seed articles', () => {
  it('compile into exactly the seven events of issue 2', () => {
    expect(dataset.events.map(row).sort((a, b) => String(a).localeCompare(String(b)))).toEqual([
      ['000', '2024-01-11', 'phone_call', 'sergey-lavrov+wang-yi', null],
      ['001', '2023-02-21', 'consultation', 'nikolai-patrushev+wang-yi', 'moscow'],
      ['001', '2023-02-22', 'meeting', 'sergey-lavrov+wang-yi', 'moscow'],
      ['001', '2023-02-22', 'meeting', 'vladimir-putin+wang-yi', 'moscow'],
      ['002', '2024-11-18', 'meeting', 'sergey-lavrov+wang-yi', 'rio-de-janeiro'],
      ['003', '2025-12-02', 'consultation', 'sergei-shoigu+wang-yi', 'moscow'],
      ['004', '2025-01-21', 'video_call', 'vladimir-putin+xi-jinping', null],
    ]);
  });

  it.each([
    ['000', ['brics', 'middle-east'], ['ukraine']],
    ['002', ['brics', 'sco', 'ukraine', 'korean-peninsula'], []],
    ['003', ['ukraine', 'japan', 'taiwan'], ['brics']],
    ['004', ['brics', 'sco', 'taiwan'], ['ukraine']],
    ['001', [], ['brics']],
  ])('article %s has topics %j and not %j', (prefix, has, hasNot) => {
    for (const e of dataset.events.filter((x) => x.sources[0]!.articleId.startsWith(prefix))) {
      for (const t of has) expect(e.topics).toContain(t);
      for (const t of hasNot) expect(e.topics).not.toContain(t);
    }
  });

  it('makes no event from the teaser dated 18 October 2022 after "Berita Lainnya"', () => {
    expect(dataset.events.some((e) => e.date.value.startsWith('2022'))).toBe(false);
    const a002 = dataset.articles.find((a) => a.id.startsWith('002'))!;
    expect(a002.text).not.toContain('Forum Pangan');
    expect(a002.text).not.toContain('banner');
    expect(a002.text).not.toContain('CMG');
  });

  it('names Xi and Putin as mentioned, not participants, in their ministers’ phone call', () => {
    const call = dataset.events.find((e) => e.type === 'phone_call')!;
    expect(call.mentioned).toEqual(expect.arrayContaining(['xi-jinping', 'vladimir-putin']));
    expect(call.title).toBe('Wang Yi – Lavrov phone call');
    expect(call.date.basis).toMatch(/publication date 2024-01-11/);
    expect(call.date.confidence).toBeLessThan(0.7);
  });

  it('explains 003’s year with Shoigu’s tenure and the anniversary arithmetic', () => {
    const e = dataset.events.find((x) => x.sources[0]!.articleId.startsWith('003'))!;
    expect(e.date.basis).toMatch(/Shoigu has been Security Council Secretary since 2024-05-12/);
    expect(e.date.basis).toMatch(/1996 \+ 30/);
  });

  it('says in the basis which of 001’s contacts the Ukraine exchange is assigned to', () => {
    const withUkraine = dataset.events.filter((e) => e.sources[0]!.articleId.startsWith('001') && e.topics.includes('ukraine'));
    expect(withUkraine).toHaveLength(1);
    expect(withUkraine[0]!.date.basis).toMatch(/ukraine from 'Dalam pertemuan tersebut, .*refers back.*nearest contact reported before it, this consultation/);
  });

  it('shares the topics after "Dalam dua pertemuan tersebut" between the Putin and Lavrov meetings', () => {
    const meetings = dataset.events.filter((e) => e.sources[0]!.articleId.startsWith('001') && e.type === 'meeting');
    for (const m of meetings) expect(m.topics).toContain('covid-19');
    expect(meetings.find((m) => m.participants.includes('vladimir-putin'))!.date.basis).toMatch(/Dalam dua pertemuan tersebut/);
  });

  it('reads titles, outlets and publication dates, and reports every article', () => {
    const byPrefix = (p: string) => dataset.articles.find((a) => a.id.startsWith(p))!;
    expect(byPrefix('002').outlet).toBe('Radio Bharata Online');
    expect(byPrefix('004').outlet).toBe('Beritaja');
    expect(byPrefix('004').title).toBe('Xi Jinping Dan Putin Gelar Dialog Bahas Kesetaraan Internasional');
    expect(byPrefix('000').published).toBe('2024-01-11');
    expect(byPrefix('001').published).toBe('2023-02-23');
    expect(report.articles.map((a) => a.file)).toHaveLength(5);
    expect(report.articles.find((a) => a.file.startsWith('001'))!.outcome).toMatch(/^3 events/);
  });

  it('writes the events in the app’s time order, so the app keeps them as they are', () => {
    expect(isInTimeOrder(dataset.events)).toBe(true);
  });

  it('passes the shared dataset schema, with every evidence range inside its article text', () => {
    expect(datasetSchema.safeParse(dataset).success).toBe(true);
    for (const e of dataset.events) for (const s of e.sources) {
      const len = dataset.articles.find((a) => a.id === s.articleId)!.text!.length;
      const ranges = [...s.evidence!.date, ...s.evidence!.participants, ...s.evidence!.type, ...s.evidence!.location, ...s.evidence!.summary, ...Object.values(s.evidence!.topics).flat()];
      expect(ranges.length).toBeGreaterThan(0);
      for (const [a, b] of ranges) expect(0 <= a && a <= b && b <= len).toBe(true);
    }
  });

  it('gives ids that do not depend on file order', () => {
    const reversed = compileCorpus(articleFiles('data/articles').reverse(), repoData(), repoOptions());
    expect(reversed.dataset.events.map((e) => e.id)).toEqual(dataset.events.map((e) => e.id));
  });
});
