import { afterEach, describe, expect, it, vi } from 'vitest';
import { download, prefetch } from './download';

const URL_ = 'http://127.0.0.1:1/data/early.json';
afterEach(() => vi.unstubAllGlobals());

describe('prefetch', () => {
  it('starts the request once; download picks it up instead of asking again, and the next download asks anew', async () => {
    const fetchMock = vi.fn(async () => new Response('{"a":1}'));
    vi.stubGlobal('fetch', fetchMock);
    prefetch(URL_);
    prefetch(URL_);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(new TextDecoder().decode(await download(URL_, () => {}))).toBe('{"a":1}');
    expect(fetchMock).toHaveBeenCalledTimes(1);
    await download(URL_, () => {});
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('reports a failed early request when the download awaits it, as a named dataset error', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    prefetch(URL_);
    await expect(download(URL_, () => {})).rejects.toThrow(/could not be downloaded \(Failed to fetch\)/);
  });
});
