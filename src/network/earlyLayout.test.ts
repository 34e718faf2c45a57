import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LayoutInput } from './layoutGraph';
import type { LayoutReply, LayoutRequest } from './layoutMessages';

/** Stands in for the browser's Worker: keeps the jobs, and counts how many were made. */
class FakeWorker {
  static made: FakeWorker[] = [];
  jobs: LayoutRequest[] = [];
  terminated = false;
  onmessage: ((e: MessageEvent<LayoutReply>) => void) | null = null;
  onerror: (() => void) | null = null;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(job: LayoutRequest) {
    this.jobs.push(job);
  }
  terminate() {
    this.terminated = true;
  }
}

const ring = (n: number): LayoutInput => ({
  nodes: Array.from({ length: n }, (_, i) => ({ id: `p${i}`, count: 1 })),
  edges: Array.from({ length: n }, (_, i) => ({ source: `p${i}`, target: `p${(i + 1) % n}`, weight: 1 })),
});
const size = { width: 1200, height: 800 };

// The module keeps its worker started ahead between calls: a fresh copy per test.
const load = () => import('./earlyLayout');
beforeEach(() => {
  vi.resetModules();
  FakeWorker.made = [];
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => vi.unstubAllGlobals());

describe('early layout', () => {
  it('lays a large graph out in the worker started ahead, for exactly that graph and size', async () => {
    const { warmUpLayoutWorker, startEarlyLayout, earlyLayoutOf } = await load();
    warmUpLayoutWorker();
    const g = ring(200);
    startEarlyLayout(g, size);
    expect(FakeWorker.made).toHaveLength(1);
    const worker = FakeWorker.made[0]!;
    expect(worker.jobs.map((j) => [j.graph.nodes.length, j.previous, j.size])).toEqual([[200, {}, size]]);
    const positions = { p0: { x: 1, y: 2 } };
    worker.onmessage?.({ data: { id: 0, positions } } as unknown as MessageEvent<LayoutReply>);
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
    expect(FakeWorker.made[0]!.terminated).toBe(true);
  });

  it('hands the worker started ahead to the view when the loader did not use it', async () => {
    const { warmUpLayoutWorker, takeLayoutWorker } = await load();
    warmUpLayoutWorker();
    expect(takeLayoutWorker()).toBe(FakeWorker.made[0]);
    expect(takeLayoutWorker()).not.toBe(FakeWorker.made[0]);
  });

  it('drops a worker started ahead that failed before it was needed, and starts another', async () => {
    const { warmUpLayoutWorker, startEarlyLayout, earlyLayoutOf } = await load();
    warmUpLayoutWorker();
    const failed = FakeWorker.made[0]!;
    failed.onerror?.();
    expect(failed.terminated).toBe(true);
    const g = ring(200);
    startEarlyLayout(g, size);
    expect(FakeWorker.made).toHaveLength(2);
    expect(failed.jobs).toEqual([]);
    FakeWorker.made[1]!.onmessage?.({ data: { id: 0, positions: {} } } as unknown as MessageEvent<LayoutReply>);
    await expect(earlyLayoutOf(g, size)).resolves.toEqual({});
  });

  it('rejects when the worker cannot start', async () => {
    const { startEarlyLayout, earlyLayoutOf } = await load();
    const g = ring(200);
    startEarlyLayout(g, size);
    FakeWorker.made[0]!.onerror?.();
    await expect(earlyLayoutOf(g, size)).rejects.toThrow(/could not start/);
  });
});
