import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeDataset } from '../test/makeDataset';
import { DatasetError } from '../model/parseDataset';
import { fetchDataset, type LoadProgress } from './fetchDataset';

const URL_ = 'http://127.0.0.1:1/data/dataset.json';
function serve(body: string, init: ResponseInit = {}) {
  vi.stubGlobal('fetch', vi.fn(async () => new Response(body, { headers: { 'content-length': String(new TextEncoder().encode(body).length) }, ...init })));
}
afterEach(() => vi.unstubAllGlobals());

describe('fetchDataset (no Worker in jsdom: validates on the page)', () => {
  it('loads a valid dataset, reporting download, parse and index phases in order', async () => {
    serve(JSON.stringify(makeDataset()));
    const phases: LoadProgress['phase'][] = [];
    const { dataset, warnings } = await fetchDataset(URL_, (p) => phases.push(p.phase));
    expect(dataset.events).toHaveLength(7);
    expect(warnings).toEqual([]);
    expect([...new Set(phases)]).toEqual(['download', 'parse', 'index']);
    expect(phases.filter((p) => p === 'download').length).toBeGreaterThan(0);
  });
  it('says a missing dataset was not found and how to create it', async () => {
    serve('not found', { status: 404 });
    await expect(fetchDataset(URL_)).rejects.toThrow(/not found \(HTTP 404\)/);
    await expect(fetchDataset(URL_)).rejects.toMatchObject({ hint: expect.stringMatching(/npm run compile/) });
  });
  it('says a truncated dataset is truncated', async () => {
    const text = JSON.stringify(makeDataset());
    serve(text.slice(0, 500));
    await expect(fetchDataset(URL_)).rejects.toThrow(/truncated/);
  });
  it('rejects a dataset that announces more than the size limit before downloading it', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('{}', { headers: { 'content-length': String(2 ** 31) } })));
    await expect(fetchDataset(URL_)).rejects.toThrow(/more than this app can hold/);
  });
  it('turns a network failure into a DatasetError', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(fetchDataset(URL_)).rejects.toBeInstanceOf(DatasetError);
  });
  it('skips and reports a bad record, and resolves text links against the dataset', async () => {
    const ds = makeDataset();
    ds.articles[0] = { ...ds.articles[0]!, text: undefined, textUrl: 'texts/a0.json' };
    serve(JSON.stringify({ ...ds, events: [...ds.events, { id: 'broken' }] }));
    const { dataset, warnings } = await fetchDataset(URL_);
    expect(dataset.events).toHaveLength(7);
    expect(warnings).toMatchObject([{ kind: 'event', id: 'broken' }]);
    expect(dataset.articles[0]!.textUrl).toBe('http://127.0.0.1:1/data/texts/a0.json');
  });
});
