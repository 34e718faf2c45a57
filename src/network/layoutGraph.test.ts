import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LAYOUT_MARGIN, layoutGraph, seedPositions, worldSize, type LayoutInput } from './layoutGraph';
import { nodeRadiusScale } from './sizes';

const size = { width: 800, height: 500 };
const star: LayoutInput = {
  nodes: ['hub', 'a', 'b', 'c'].map((id) => ({ id, count: id === 'hub' ? 3 : 1 })),
  edges: ['a', 'b', 'c'].map((t) => ({ source: 'hub', target: t, weight: 1 })),
};

const arbGraph = fc
  .uniqueArray(fc.stringMatching(/^[a-z]{1,6}$/), { minLength: 1, maxLength: 25 })
  .chain((ids) =>
    fc.record({
      nodes: fc.constant(ids.map((id, i) => ({ id, count: 1 + (i % 5) }))),
      edges: fc.array(
        fc.record({ source: fc.constantFrom(...ids), target: fc.constantFrom(...ids), weight: fc.integer({ min: 1, max: 9 }) }),
        { maxLength: 40 },
      ),
    }),
  )
  .map((g) => ({ ...g, edges: g.edges.filter((e) => e.source !== e.target) }));

describe('layoutGraph', () => {
  it('places every node, inside the box, the same way every time', () => {
    const p = layoutGraph(star, {}, size);
    expect(Object.keys(p).sort()).toEqual(['a', 'b', 'c', 'hub']);
    expect(layoutGraph(star, {}, size)).toEqual(p);
  });
  it('puts a hub closer to its leaves than the leaves are to each other', () => {
    const p = layoutGraph(star, {}, size);
    const d = (a: string, b: string) => Math.hypot(p[a]!.x - p[b]!.x, p[a]!.y - p[b]!.y);
    const spokes = Math.max(d('hub', 'a'), d('hub', 'b'), d('hub', 'c'));
    expect(spokes).toBeLessThan(Math.max(d('a', 'b'), d('b', 'c'), d('a', 'c')));
    expect(spokes).toBeGreaterThan(40);
  });
  it('keeps nodes near where they were when a neighbour leaves (stable across filters)', () => {
    const before = layoutGraph(star, {}, size);
    const smaller = { nodes: star.nodes.filter((n) => n.id !== 'c'), edges: star.edges.filter((e) => e.target !== 'c') };
    const after = layoutGraph(smaller, before, size);
    for (const id of ['hub', 'a', 'b']) expect(Math.hypot(after[id]!.x - before[id]!.x, after[id]!.y - before[id]!.y)).toBeLessThan(120);
  });
  it('seeds new nodes next to their already placed neighbours', () => {
    const seed = seedPositions(star, { hub: { x: 100, y: 100 } }, size);
    expect(seed.hub).toEqual({ x: 100, y: 100 });
    expect(Math.hypot(seed.a!.x - 100, seed.a!.y - 100)).toBeCloseTo(30, 5);
  });
  it('returns finite, in-bounds, deterministic positions for any graph (also warm-started)', () => {
    fc.assert(
      fc.property(arbGraph, fc.integer({ min: 120, max: 2000 }), fc.integer({ min: 120, max: 2000 }), (g, width, height) => {
        const box = { width, height };
        const p = layoutGraph(g, {}, box);
        const m = Math.min(LAYOUT_MARGIN, width / 4, height / 4);
        expect(Object.keys(p).sort()).toEqual(g.nodes.map((n) => n.id).sort());
        for (const q of Object.values(p)) {
          expect(Number.isFinite(q.x) && Number.isFinite(q.y)).toBe(true);
          expect(q.x).toBeGreaterThanOrEqual(m - 1e-9);
          expect(q.x).toBeLessThanOrEqual(width - m + 1e-9);
          expect(q.y).toBeGreaterThanOrEqual(m - 1e-9);
          expect(q.y).toBeLessThanOrEqual(height - m + 1e-9);
        }
        expect(layoutGraph(g, {}, box)).toEqual(p);
        const warm = layoutGraph(g, p, box);
        expect(layoutGraph(g, p, box)).toEqual(warm);
      }),
      { numRuns: 40 },
    );
  });
  it('lays out a large graph (cheaper steps) with its clusters together and no person over another', () => {
    // Four hubs of 50 people each; the hubs know each other.
    const hubs = ['h0', 'h1', 'h2', 'h3'];
    const leaves = hubs.flatMap((h) => Array.from({ length: 50 }, (_, i) => `${h}-${i}`));
    const graph: LayoutInput = {
      nodes: [...hubs.map((id) => ({ id, count: 60 })), ...leaves.map((id, i) => ({ id, count: 1 + (i % 7) }))],
      edges: [
        ...leaves.map((id) => ({ source: id.split('-')[0]!, target: id, weight: 1 + (id.length % 3) })),
        ...hubs.map((h, i) => ({ source: h, target: hubs[(i + 1) % 4]!, weight: 5 })),
      ],
    };
    const box = worldSize(graph.nodes.length);
    const p = layoutGraph(graph, {}, box);
    const radius = nodeRadiusScale(60);
    const r = new Map(graph.nodes.map((n) => [n.id, radius(n.count)]));
    const dist = (a: string, b: string) => Math.hypot(p[a]!.x - p[b]!.x, p[a]!.y - p[b]!.y);
    const ids = graph.nodes.map((n) => n.id);
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) expect(dist(ids[i]!, ids[j]!)).toBeGreaterThan(r.get(ids[i]!)! + r.get(ids[j]!)!);
    for (const leaf of leaves) {
      const own = leaf.split('-')[0]!;
      for (const other of hubs.filter((h) => h !== own)) expect(dist(leaf, own)).toBeLessThan(dist(leaf, other));
    }
  });

  it('ignores broken previous positions instead of spreading NaN', () => {
    const p = layoutGraph(star, { hub: { x: Number.NaN, y: 3 } }, size);
    expect(Object.values(p).every((q) => Number.isFinite(q.x) && Number.isFinite(q.y))).toBe(true);
  });
});
