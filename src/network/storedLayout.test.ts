import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { makeDataset } from '../test/makeDataset';
import { layoutBox, layoutGraph, type LayoutInput } from './layoutGraph';
import { layoutKey, layoutToStore, networkLayoutFor, storedPositions, withNetworkLayout } from './storedLayout';
import { networkModel } from './networkModel';
import { selectVisibleEvents } from '../store/selectors';
import { emptyFilters } from '../store/filters';
import { inTimeOrder } from '../model/timeOrder';

const graph = (edges: Array<[string, string, number]>, counts: Record<string, number>): LayoutInput => ({
  nodes: Object.entries(counts).map(([id, count]) => ({ id, count })),
  edges: edges.map(([source, target, weight]) => ({ source, target, weight })),
});
const size = { width: 900, height: 560 };

describe('layoutKey', () => {
  const g = graph([['a', 'b', 2], ['b', 'c', 1]], { a: 2, b: 3, c: 1 });

  it('is the same for the same input and differs when anything a layout reads differs', () => {
    const key = layoutKey(g, size);
    expect(layoutKey(graph([['a', 'b', 2], ['b', 'c', 1]], { a: 2, b: 3, c: 1 }), size)).toBe(key);
    expect(key).toMatch(/^v1:3:2:[0-9a-f]{16}$/);
    expect(layoutKey(graph([['a', 'b', 3], ['b', 'c', 1]], { a: 2, b: 3, c: 1 }), size)).not.toBe(key);
    expect(layoutKey(graph([['a', 'b', 2], ['b', 'c', 1]], { a: 2, b: 4, c: 1 }), size)).not.toBe(key);
    expect(layoutKey(graph([['a', 'c', 2], ['b', 'c', 1]], { a: 2, b: 3, c: 1 }), size)).not.toBe(key);
    expect(layoutKey(graph([['b', 'c', 1], ['a', 'b', 2]], { a: 2, b: 3, c: 1 }), size)).not.toBe(key);
    expect(layoutKey(g, { width: 900, height: 561 })).not.toBe(key);
  });

  it('tells apart any two different graphs of a few people (generated)', () => {
    const anyGraph = fc
      .uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'ab'), { minLength: 1 })
      .chain((ids) =>
        fc.record({
          nodes: fc.constant(ids.map((id, i) => ({ id, count: i + 1 }))),
          edges: fc.array(fc.record({ source: fc.constantFrom(...ids), target: fc.constantFrom(...ids), weight: fc.integer({ min: 1, max: 3 }) }), { maxLength: 4 }),
        }),
      );
    fc.assert(
      fc.property(anyGraph, anyGraph, (a, b) => {
        const same = JSON.stringify(a) === JSON.stringify(b);
        expect(layoutKey(a, size) === layoutKey(b, size)).toBe(same);
      }),
    );
  });
});

describe('stored layouts', () => {
  const g = graph([['a', 'b', 2], ['b', 'c', 1]], { a: 2, b: 3, c: 1 });

  it('stores the layout the app would compute, to a tenth of a pixel, and gives it back for the same graph only', () => {
    const stored = layoutToStore(g);
    const box = layoutBox(g);
    const fresh = layoutGraph(g, {}, box);
    const back = storedPositions(stored, g, box)!;
    for (const id of ['a', 'b', 'c']) {
      expect(Math.abs(back[id]!.x - fresh[id]!.x)).toBeLessThanOrEqual(0.05);
      expect(Math.abs(back[id]!.y - fresh[id]!.y)).toBeLessThanOrEqual(0.05);
    }
    expect(storedPositions(stored, graph([['a', 'b', 2]], { a: 2, b: 3, c: 1 }), box)).toBeNull();
    expect(storedPositions(undefined, g, box)).toBeNull();
  });

  it('is not used when a person has no position, even with the right key', () => {
    const stored = layoutToStore(g);
    const { c: _dropped, ...rest } = stored.positions;
    expect(storedPositions({ ...stored, positions: rest }, g, layoutBox(g))).toBeNull();
  });

  it('is made for the network the app first shows for a dataset (all events, in time order)', () => {
    const dataset = makeDataset();
    const stored = networkLayoutFor({ ...dataset, events: [...dataset.events].reverse() });
    const ordered = inTimeOrder(dataset);
    const { drawn } = networkModel(selectVisibleEvents({ dataset: ordered, filters: emptyFilters() }), ordered, false);
    const positions = storedPositions(stored ?? undefined, drawn, layoutBox(drawn));
    expect(positions).not.toBeNull();
    expect(Object.keys(positions!).sort()).toEqual(drawn.nodes.map((n) => n.id).sort());
  });

  it('is not stored for a dataset with nobody in it', () => {
    const empty = { ...makeDataset(), events: [] };
    expect(networkLayoutFor(empty)).toBeNull();
    expect(withNetworkLayout(empty)).toBe(empty);
    expect(withNetworkLayout(makeDataset()).networkLayout?.key).toMatch(/^v1:/);
  });
});
