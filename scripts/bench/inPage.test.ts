import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchAndParse } from './inPage';

afterEach(() => vi.unstubAllGlobals());

describe('fetchAndParse (the bench floor)', () => {
  it('times a download and parse of the dataset, asking the browser not to cache it', async () => {
    const fetch = vi.fn(async () => new Response('{"version":1,"events":[]}'));
    vi.stubGlobal('fetch', fetch);
    const ms = await fetchAndParse('/generated/bench-1000/dataset.json');
    expect(ms).toBeGreaterThanOrEqual(0);
    expect(fetch).toHaveBeenCalledWith('/generated/bench-1000/dataset.json', { cache: 'no-store' });
  });

  it('gives null for a missing file, and fails on text that is not JSON (no figure from a broken file)', async () => {
    vi.stubGlobal('fetch', async () => new Response('not found', { status: 404 }));
    expect(await fetchAndParse('/missing.json')).toBeNull();
    vi.stubGlobal('fetch', async () => new Response('{"version":'));
    await expect(fetchAndParse('/truncated.json')).rejects.toThrow(SyntaxError);
  });
});
