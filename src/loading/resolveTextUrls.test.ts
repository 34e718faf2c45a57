import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeDataset } from '../test/makeDataset';
import { resolveTextUrls } from './resolveTextUrls';

describe('resolveTextUrls', () => {
  it('resolves text links against the dataset file, not the page', () => {
    const articles = makeDataset().articles.map((a) => ({ ...a, text: undefined, textUrl: `texts/${a.id}.json` }));
    expect(resolveTextUrls(articles, 'http://127.0.0.1:1/generated/bench-10/dataset.json')).toEqual([]);
    expect(articles[0]!.textUrl).toBe('http://127.0.0.1:1/generated/bench-10/texts/a0.json');
  });
  it('drops off-site and script links with one notice that names them', () => {
    const [a, b, c] = makeDataset().articles;
    const articles = [
      { ...a!, textUrl: 'https://evil.com/t.json' },
      { ...b!, textUrl: 'javascript:alert(1)' },
      { ...c!, textUrl: 'texts/ok.json' },
    ];
    const notices = resolveTextUrls(articles, 'http://127.0.0.1:1/data/dataset.json');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/2 article text address\(es\) are not on this site.*a0.*evil\.com.*a1/);
    expect(articles.map((x) => x.textUrl)).toEqual([undefined, undefined, 'http://127.0.0.1:1/data/texts/ok.json']);
  });
  it('resolves any link exactly as the URL standard does (the fast path for plain paths included)', () => {
    const base = 'http://127.0.0.1:1/data/sub/dataset.json?x=1#y';
    const chars = fc.constantFrom('a', 'B', '1', '.', '/', '-', '_', '~', '%', '?', '#', ':', '\\', ' ', 'é', '@');
    fc.assert(
      fc.property(fc.array(chars, { minLength: 1, maxLength: 12 }).map((cs) => cs.join('')), (link) => {
        const [a] = makeDataset().articles;
        const articles = [{ ...a!, textUrl: link }];
        resolveTextUrls(articles, base);
        let expected: string | undefined;
        try {
          const url = new URL(link, base);
          expected = url.origin === 'http://127.0.0.1:1' ? url.href : undefined;
        } catch {
          expected = undefined;
        }
        expect(articles[0]!.textUrl).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
