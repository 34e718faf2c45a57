import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { GraphEdge } from './buildGraph';
import type { Positions } from './layoutGraph';
import { distanceToSegment, edgeAt, edgeOpacity, paintSegments, toSegments } from './edgeCanvas';

const edge = (source: string, target: string, weight = 1): GraphEdge => ({ key: `${source}|${target}`, source, target, weight, eventIds: [] });
const identity = { k: 1, x: 0, y: 0 };

describe('distanceToSegment', () => {
  it('measures to the nearest point of the segment, ends included', () => {
    expect(distanceToSegment({ x: 5, y: 3 }, { x: 0, y: 0 }, { x: 10, y: 0 })).toBe(3);
    expect(distanceToSegment({ x: 13, y: 4 }, { x: 0, y: 0 }, { x: 10, y: 0 })).toBe(5);
    expect(distanceToSegment({ x: 3, y: 4 }, { x: 0, y: 0 }, { x: 0, y: 0 })).toBe(5);
  });
});

describe('edgeAt', () => {
  const positions: Positions = { a: { x: 0, y: 0 }, b: { x: 100, y: 0 }, c: { x: 0, y: 100 } };
  const edges = [edge('a', 'b'), edge('a', 'c'), edge('b', 'c')];

  it('finds the link under the pointer and none away from all links', () => {
    expect(edgeAt(edges, positions, identity, { x: 50, y: 2 })?.key).toBe('a|b');
    expect(edgeAt(edges, positions, identity, { x: 3, y: 60 })?.key).toBe('a|c');
    expect(edgeAt(edges, positions, identity, { x: 50, y: 51 })?.key).toBe('b|c');
    expect(edgeAt(edges, positions, identity, { x: 20, y: 20 })).toBeNull();
  });

  it('keeps the tolerance in screen pixels under zoom and pan', () => {
    const view = { k: 2, x: 10, y: 20 }; // a|b runs along screen y = 20
    expect(edgeAt(edges, positions, view, { x: 110, y: 25 })?.key).toBe('a|b');
    expect(edgeAt(edges, positions, view, { x: 110, y: 27 })).toBeNull();
  });

  it('never finds a link whose ends have no position', () => {
    expect(edgeAt([edge('a', 'zz')], positions, identity, { x: 0, y: 0 })).toBeNull();
  });

  it('returns a link within reach and no link is nearer (generated graphs)', () => {
    const point = fc.record({ x: fc.integer({ min: 0, max: 200 }), y: fc.integer({ min: 0, max: 200 }) });
    fc.assert(
      fc.property(fc.array(point, { minLength: 2, maxLength: 12 }), point, fc.integer({ min: 1, max: 12 }), (pts, at, tolerance) => {
        const pos: Positions = Object.fromEntries(pts.map((p, i) => [`n${i}`, p]));
        const links: GraphEdge[] = [];
        for (let i = 0; i < pts.length; i++) for (let j = i + 1; j < pts.length; j += 2) links.push(edge(`n${i}`, `n${j}`));
        const d = (e: GraphEdge) => distanceToSegment(at, pos[e.source]!, pos[e.target]!);
        const hit = edgeAt(links, pos, identity, at, tolerance);
        const nearest = Math.min(...links.map(d));
        if (hit === null) expect(nearest).toBeGreaterThan(tolerance);
        else {
          expect(d(hit)).toBeLessThanOrEqual(tolerance);
          expect(d(hit)).toBe(nearest);
        }
      }),
    );
  });
});

describe('toSegments and paintSegments', () => {
  /** A 2D context that records the strokes: which colour, alpha and width each line got. */
  function recorder() {
    const strokes: { from: [number, number]; style: string; alpha: number; width: number }[] = [];
    let from: [number, number] = [0, 0];
    const ctx = {
      lineCap: '',
      lineWidth: 1,
      strokeStyle: '',
      globalAlpha: 1,
      beginPath() {},
      moveTo(x: number, y: number) {
        from = [x, y];
      },
      lineTo() {},
      stroke() {
        strokes.push({ from, style: ctx.strokeStyle, alpha: ctx.globalAlpha, width: ctx.lineWidth });
      },
    };
    return { ctx: ctx as unknown as CanvasRenderingContext2D, strokes };
  }
  const positions: Positions = { a: { x: 0, y: 0 }, b: { x: 10, y: 0 }, c: { x: 5, y: 5 } };
  const edges = [edge('a', 'b', 4), edge('a', 'c', 1), edge('b', 'zz')];
  const paint = { stroke: 'grey', strokeOn: 'black', opacity: 0.4, widthOf: (e: GraphEdge) => e.weight, highlighted: new Set<string>(), dimOthers: false };

  it('strokes every link with both ends placed, mapped through the view, at its width', () => {
    const { ctx, strokes } = recorder();
    expect(paintSegments(ctx, toSegments(edges, positions, { k: 2, x: 1, y: 1 }, paint))).toBe(2);
    expect(strokes).toEqual([
      { from: [1, 1], style: 'grey', alpha: 0.4, width: 4 },
      { from: [1, 1], style: 'grey', alpha: 0.4, width: 1 },
    ]);
  });

  it('paints highlighted links last, on top, and dims the rest when asked', () => {
    const { ctx, strokes } = recorder();
    paintSegments(ctx, toSegments(edges, positions, identity, { ...paint, highlighted: new Set(['a|b']), dimOthers: true }));
    expect(strokes.map((s) => [s.style, s.alpha, s.width])).toEqual([
      ['grey', 0.12, 1],
      ['black', 0.9, 4],
    ]);
  });
});

describe('edgeOpacity', () => {
  it('fades as links multiply, within 0.12 and 0.55', () => {
    expect(edgeOpacity(1)).toBe(0.55);
    expect(edgeOpacity(400)).toBe(0.4);
    expect(edgeOpacity(100_000)).toBe(0.12);
  });
});
