import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeDataset } from '../test/makeDataset';
import { applyVerdict } from '../model/parseDataset';
import type { WorkerReply } from './judgeInWorker';

/** Loads the worker module against a fake worker scope and returns a function that posts bytes to it. */
async function loadWorker(): Promise<(text: string) => WorkerReply> {
  const scope: { onmessage?: (e: MessageEvent<ArrayBuffer>) => void; postMessage: (r: WorkerReply) => void } = { postMessage: () => {} };
  vi.stubGlobal('self', scope);
  vi.resetModules();
  await import('./parse.worker');
  return (text) => {
    let reply: WorkerReply | undefined;
    scope.postMessage = (r) => (reply = r);
    scope.onmessage!({ data: new TextEncoder().encode(text).buffer } as MessageEvent<ArrayBuffer>);
    return reply!;
  };
}
afterEach(() => vi.unstubAllGlobals());

describe('parse.worker', () => {
  it('posts back a verdict that rebuilds the dataset on the page, bad records left out', async () => {
    const post = await loadWorker();
    const ds = makeDataset();
    const text = JSON.stringify({ ...ds, events: [...ds.events, { id: 'broken' }] });
    const reply = post(text);
    if (!reply.ok) throw new Error(reply.message);
    const { dataset, warnings } = applyVerdict(JSON.parse(text), structuredClone(reply.verdict));
    expect(dataset.events.map((e) => e.id)).toEqual(ds.events.map((e) => e.id));
    expect(warnings).toMatchObject([{ kind: 'event', id: 'broken', index: 7 }]);
  });
  it('posts back the message and hint of a fatal problem instead of throwing', async () => {
    const post = await loadWorker();
    expect(post('{"version": 2')).toEqual({ ok: false, message: expect.stringMatching(/truncated/), hint: expect.stringMatching(/npm run compile/) });
    expect(post(JSON.stringify({ ...makeDataset(), version: 2 }))).toMatchObject({ ok: false, message: expect.stringMatching(/schema version 2/) });
  });
});
