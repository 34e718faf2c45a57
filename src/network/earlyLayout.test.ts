import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LayoutInput } from './layoutGraph';
import { FakeLayoutWorker } from '../test/fakeLayoutWorker';
import { layoutKey } from './storedLayout';

const ring = (n: number): LayoutInput => ({
  nodes: Array.from({ length: n }, (_, i) => ({ id: `p${i}`, count: 1 })),
  edges: Array.from({ length: n }, (_, i) => ({ source: `p${i}`, target: `p${(i + 1) % n}`, weight: 1 })),
});
const size = { width: 1200, height: 800 };

// The module keeps its worker started ahead between calls: a fresh copy per test.
const load = () => import('./earlyLayout');
beforeEach(() => {
  vi.resetModules();
  FakeLayoutWorker.reset();
  vi.stubGlobal('Worker', FakeLayoutWorker);
});
afterEach(() => vi.unstubAllGlobals());

describe('early layout', () => {
  it('lays a large graph out in the worker started ahead, for exactly that graph and size', async () => {
    const { warmUpLayoutWorker, startEarlyLayout, earlyLayoutOf } = await load();
    warmUpLayoutWorker();
    const g = ring(200);
    startEarlyLayout(g, size);
    expect(FakeLayoutWorker.made).toHaveLength(1);
    const worker = FakeLayoutWorker.made[0]!;
    expect(worker.jobs.map((j) => [j.graph.nodes.length, j.previous, j.size])).toEqual([[200, {}, size]]);
    const positions = { p0: { x: 1, y: 2 } };
    worker.answer(worker.jobs[0], positions);
    await expect(earlyLayoutOf(g, size)).resolves.toEqual(positions);
    expect(worker.terminated).toBe(true);
    expect(earlyLayoutOf(g, { width: 1200, height: 801 })).toBeUndefined();
    expect(earlyLayoutOf(ring(200), size)).toBeUndefined();
  });

  it('leaves small graphs to the view and stops the worker started ahead', async () => {
    const { warmUpLayoutWorker, startEarlyLayout, earlyLayoutOf } = await load();
    warmUpLayoutWorker();
    const g = ring(20);
    startEarlyLayout(g, size);
    expect(earlyLayoutOf(g, size)).toBeUndefined();
    expect(FakeLayoutWorker.made[0]!.terminated).toBe(true);
  });

  it('hands the worker started ahead to the view when the loader did not use it', async () => {
    const { warmUpLayoutWorker, takeLayoutWorker } = await load();
    warmUpLayoutWorker();
    expect(takeLayoutWorker()).toBe(FakeLayoutWorker.made[0]);
    expect(takeLayoutWorker()).not.toBe(FakeLayoutWorker.made[0]);
  });

  it('drops a worker started ahead that failed before it was needed, and starts another', async () => {
    const { warmUpLayoutWorker, startEarlyLayout, earlyLayoutOf } = await load();
    warmUpLayoutWorker();
    const failed = FakeLayoutWorker.made[0]!;
    failed.fail();
    expect(failed.terminated).toBe(true);
    const g = ring(200);
    startEarlyLayout(g, size);
    expect(FakeLayoutWorker.made).toHaveLength(2);
    expect(failed.jobs).toEqual([]);
    FakeLayoutWorker.made[1]!.answer(undefined, {});
    await expect(earlyLayoutOf(g, size)).resolves.toEqual({});
  });

  it('rejects when the worker cannot start', async () => {
    const { startEarlyLayout, earlyLayoutOf } = await load();
    const g = ring(200);
    startEarlyLayout(g, size);
    FakeLayoutWorker.made[0]!.fail();
    await expect(earlyLayoutOf(g, size)).rejects.toThrow(/could not start/);
  });

  it('takes the layout stored with the dataset for exactly its graph: no worker job, and the worker started ahead stays for later', async () => {
    const { warmUpLayoutWorker, startEarlyLayout, readyLayoutOf, earlyLayoutOf, takeLayoutWorker } = await load();
    warmUpLayoutWorker();
    const g = ring(200);
    const positions = Object.fromEntries(g.nodes.map((n, i) => [n.id, [i, 2 * i] as [number, number]]));
    startEarlyLayout(g, size, { key: layoutKey(g, size), positions });
    expect(readyLayoutOf(g, size)?.p7).toEqual({ x: 7, y: 14 });
    expect(earlyLayoutOf(g, size)).toBeUndefined();
    expect(readyLayoutOf(g, { width: 1200, height: 801 })).toBeUndefined();
    expect(FakeLayoutWorker.made[0]!.jobs).toEqual([]);
    expect(takeLayoutWorker()).toBe(FakeLayoutWorker.made[0]);
  });

  it('lays out as before when the stored layout was made for another graph', async () => {
    const { startEarlyLayout, readyLayoutOf, earlyLayoutOf } = await load();
    const g = ring(200);
    const other = ring(201);
    startEarlyLayout(g, size, { key: layoutKey(other, size), positions: {} });
    expect(readyLayoutOf(g, size)).toBeUndefined();
    expect(earlyLayoutOf(g, size)).toBeInstanceOf(Promise);
    expect(FakeLayoutWorker.made[0]!.jobs).toHaveLength(1);
  });
});
