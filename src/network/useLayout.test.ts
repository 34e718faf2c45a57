import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { useLayout } from './useLayout';
import { layoutGraph, type LayoutInput } from './layoutGraph';
import { startEarlyLayout } from './earlyLayout';
import { layoutKey } from './storedLayout';
import { FakeLayoutWorker, afterNextPaint } from '../test/fakeLayoutWorker';

const ring = (n: number, prefix = 'p'): LayoutInput => ({
  nodes: Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, count: 1 + (i % 4) })),
  edges: Array.from({ length: n }, (_, i) => ({ source: `${prefix}${i}`, target: `${prefix}${(i + 1) % n}`, weight: 1 })),
});
const size = { width: 1200, height: 800 };

afterEach(() => {
  vi.unstubAllGlobals();
  FakeLayoutWorker.reset();
});

/** A 170-person graph whose layout came with the dataset (s<i> at x = 10 + i, y = 20), shown by useLayout; workers faked. */
function withStoredLayout() {
  vi.stubGlobal('Worker', FakeLayoutWorker);
  const g = ring(170, 's');
  const positions = Object.fromEntries(g.nodes.map((n, i) => [n.id, [10 + i, 20] as [number, number]]));
  startEarlyLayout(g, size, { key: layoutKey(g, size), positions });
  return { g, ...renderHook(({ graph }) => useLayout(graph, size, 0), { initialProps: { graph: g } }) };
}

describe('useLayout', () => {
  it('shows the layout stored with the dataset at once, with no worker job, then lays out filter changes as before', async () => {
    const { g, result, rerender } = withStoredLayout();
    expect(result.current.pending).toBe(false);
    expect(result.current.target.s3).toEqual({ x: 13, y: 20 });
    expect(result.current.positions.s3).toEqual({ x: 13, y: 20 });
    await afterNextPaint();
    expect(FakeLayoutWorker.made.flatMap((w) => w.jobs)).toHaveLength(0);
    // A filter change: a warm start from the stored places, in the worker.
    rerender({ graph: ring(160, 's') });
    await afterNextPaint();
    const jobs = FakeLayoutWorker.made.flatMap((w) => w.jobs);
    expect(jobs.map((j) => [j.graph.nodes.length, j.previous.s3])).toEqual([[160, { x: 13, y: 20 }]]);
  });

  it('keeps the places of a graph that comes back before its replacement was laid out (a change taken back)', async () => {
    const { g, result, rerender } = withStoredLayout();
    const placed = result.current.target;
    rerender({ graph: ring(160, 's') });
    rerender({ graph: g });
    await afterNextPaint();
    expect(FakeLayoutWorker.made.flatMap((w) => w.jobs)).toHaveLength(0);
    expect(result.current.pending).toBe(false);
    expect(result.current.target).toBe(placed);
    // Another graph is laid out as usual.
    rerender({ graph: ring(165, 's') });
    await afterNextPaint();
    expect(FakeLayoutWorker.made.flatMap((w) => w.jobs).map((j) => j.graph.nodes.length)).toEqual([165]);
  });

  it('lays nothing out while held, and the graph taken back keeps its places', () => {
    const g = ring(6);
    const { result, rerender } = renderHook(({ graph, hold }) => useLayout(graph, size, 0, hold), { initialProps: { graph: g, hold: false } });
    const placed = result.current.target;
    rerender({ graph: ring(5, 'q'), hold: true });
    expect(result.current.target).toBe(placed);
    rerender({ graph: g, hold: false });
    expect(result.current.target).toBe(placed);
  });

  it('lays out a small graph inline, at once', () => {
    const g = ring(6);
    const { result } = renderHook(() => useLayout(g, size, 0));
    expect(result.current.pending).toBe(false);
    expect(result.current.target).toEqual(layoutGraph(g, {}, size));
  });

  it('sends a large graph to the worker, shows seeds meanwhile, and ignores stale answers', async () => {
    vi.stubGlobal('Worker', FakeLayoutWorker);
    const first = ring(170);
    const second = ring(160);
    const { result, rerender } = renderHook(({ g }) => useLayout(g, size, 0), { initialProps: { g: first } });
    expect(result.current.pending).toBe(true);
    expect(Object.keys(result.current.positions)).toHaveLength(170);
    await afterNextPaint();
    rerender({ g: second });
    await afterNextPaint();
    const worker = FakeLayoutWorker.last!;
    expect(worker.jobs.map((j) => j.graph.nodes.length)).toEqual([170, 160]);
    act(() => worker.answer(worker.jobs[0]!));
    expect(result.current.pending).toBe(true);
    let answered = {};
    act(() => void (answered = worker.answer(worker.jobs[1]!)));
    expect(result.current.pending).toBe(false);
    expect(result.current.target).toEqual(answered);
    expect(Object.keys(result.current.positions).sort()).toEqual(second.nodes.map((n) => n.id).sort());
  });

  it('sends the worker nothing before the page has painted, and only the latest of graphs that changed meanwhile', async () => {
    vi.stubGlobal('Worker', FakeLayoutWorker);
    const { result, rerender } = renderHook(({ g }) => useLayout(g, size, 0), { initialProps: { g: ring(170) } });
    rerender({ g: ring(165) });
    rerender({ g: ring(160) });
    expect(FakeLayoutWorker.made.flatMap((w) => w.jobs)).toHaveLength(0);
    expect(result.current.pending).toBe(true);
    await afterNextPaint();
    expect(FakeLayoutWorker.made.flatMap((w) => w.jobs.map((j) => j.graph.nodes.length))).toEqual([160]);
    act(() => void FakeLayoutWorker.last!.answer());
    expect(result.current.pending).toBe(false);
    expect(Object.keys(result.current.target)).toHaveLength(160);
  });

  it('takes the layout the loader started for the same graph instead of asking again', async () => {
    vi.stubGlobal('Worker', FakeLayoutWorker);
    const g = ring(170);
    startEarlyLayout(g, size);
    const early = FakeLayoutWorker.last!;
    const { result } = renderHook(() => useLayout(g, size, 0));
    expect(FakeLayoutWorker.last).toBe(early); // no worker of its own yet
    expect(result.current.pending).toBe(true);
    let answered = {};
    await act(async () => void (answered = early.answer(early.jobs[0]!)));
    expect(early.jobs).toHaveLength(1);
    expect(result.current.pending).toBe(false);
    expect(result.current.target).toEqual(answered);
  });

  it('lays out itself when the early layout fails', async () => {
    vi.stubGlobal('Worker', FakeLayoutWorker);
    const g = ring(180);
    startEarlyLayout(g, size);
    const early = FakeLayoutWorker.last!;
    const { result } = renderHook(() => useLayout(g, size, 0));
    await act(async () => early.fail());
    await afterNextPaint();
    const own = FakeLayoutWorker.last!;
    expect(own).not.toBe(early);
    act(() => void own.answer(own.jobs[0]!));
    expect(result.current.pending).toBe(false);
    expect(Object.keys(result.current.target)).toHaveLength(180);
  });
});
