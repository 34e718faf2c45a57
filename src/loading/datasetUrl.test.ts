import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATASET, resolveDatasetUrl } from './datasetUrl';

const page = 'http://127.0.0.1:4173/app/index.html?dataset=x';

describe('resolveDatasetUrl', () => {
  it('loads the bundled dataset when there is no parameter', () => {
    expect(resolveDatasetUrl(null, page)).toEqual({ url: `http://127.0.0.1:4173/app/${DEFAULT_DATASET}` });
    expect(resolveDatasetUrl('  ', page)).toEqual({ url: `http://127.0.0.1:4173/app/${DEFAULT_DATASET}` });
  });
  it('resolves same-origin paths against the page', () => {
    expect(resolveDatasetUrl('generated/bench-1000/dataset.json', page)).toEqual({ url: 'http://127.0.0.1:4173/app/generated/bench-1000/dataset.json' });
    expect(resolveDatasetUrl('/fixtures/x.json', page)).toEqual({ url: 'http://127.0.0.1:4173/fixtures/x.json' });
  });
  it.each([
    '//evil.com/x.json',
    'https://evil.com',
    'http://evil.com/data.json',
    '/\\evil.com/x.json',
    'javascript:alert(1)',
    'data:application/json,{"version":1}',
    'http://127.0.0.1:9999/dataset.json',
    'blob:http://127.0.0.1:4173/abc',
  ])('refuses %s, naming the origin it will load from', (param) => {
    const result = resolveDatasetUrl(param, page);
    expect(result).toHaveProperty('error');
    expect((result as { error: string }).error).toMatch(/only datasets from http:\/\/127\.0\.0\.1:4173 are loaded|not a valid address/);
  });
  it('never returns an address off the page origin, whatever the parameter', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl(), fc.webPath()), (param) => {
        const result = resolveDatasetUrl(param, page);
        if ('url' in result) expect(new URL(result.url).origin).toBe('http://127.0.0.1:4173');
      }),
      { numRuns: 100 },
    );
  }, 30_000);
});
