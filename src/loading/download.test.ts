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
    expect(await download(URL_, () => {})).toBe('{"a":1}');
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

describe('download', () => {
  it('decodes a character split between two pieces, and reports progress per piece', async () => {
    const bytes = new TextEncoder().encode('{"a":"é"}'); // é is two bytes: split it
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(bytes.slice(0, 7));
        c.enqueue(bytes.slice(7));
        c.close();
      },
    });
    vi.stubGlobal('fetch', vi.fn(async () => new Response(body, { headers: { 'content-length': String(bytes.length) } })));
    const seen: number[] = [];
    expect(await download(URL_ + '?split', (f) => seen.push(f))).toBe('{"a":"é"}');
    expect(seen).toEqual([0.7, 1]);
  });
});
