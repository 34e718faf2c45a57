import 'vitest-canvas-mock';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MarkSprites } from './markSprites';

type Call = { type: string; props: Record<string, unknown> };
const drawCalls = (ctx: CanvasRenderingContext2D) => (ctx as unknown as { __getDrawCalls(): Call[] }).__getDrawCalls();

function scaledContext(dpr: number) {
  const ctx = document.createElement('canvas').getContext('2d')!;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  return ctx;
}

describe('MarkSprites', () => {
  it('stamps a mark centred on its point, on whole device pixels, for any position and pixel ratio', () => {
    fc.assert(
      fc.property(fc.double({ min: -50, max: 2000, noNaN: true }), fc.double({ min: 0, max: 300, noNaN: true }), fc.constantFrom(1, 1.5, 2, 3), (x, y, dpr) => {
        const ctx = scaledContext(dpr);
        const sprites = new MarkSprites();
        // A mark centred on the origin shows how far the sprite's corner is from its centre.
        expect(sprites.stamp(ctx, dpr, 'circle', 0, 0, '#0072b2', '#ffffff', 1)).toBe(true);
        expect(sprites.stamp(ctx, dpr, 'circle', x, y, '#0072b2', '#ffffff', 1)).toBe(true);
        const [origin, call] = drawCalls(ctx).filter((c) => c.type === 'drawImage').map((c) => c.props as { dx: number; dy: number });
        const half = -origin!.dx;
        expect(origin!.dy).toBe(-half);
        expect(half).toBeGreaterThan(6); // the mark's radius
        const { dx, dy } = call!;
        for (const v of [dx, dy]) expect(Math.abs(v * dpr - Math.round(v * dpr))).toBeLessThan(1e-6);
        // The centre moves by half a device pixel at most.
        expect(Math.abs(dx + half - x)).toBeLessThanOrEqual(0.5 / dpr + 1e-9);
        expect(Math.abs(dy + half - y)).toBeLessThanOrEqual(0.5 / dpr + 1e-9);
      }),
    );
  });

  it('draws each look once and stamps it again after', () => {
    const ctx = scaledContext(1);
    const sprites = new MarkSprites();
    sprites.stamp(ctx, 1, 'star', 10, 10, '#d55e00', '#ffffff', 1);
    sprites.stamp(ctx, 1, 'star', 40, 10, '#d55e00', '#ffffff', 1);
    sprites.stamp(ctx, 1, 'star', 70, 10, '#0072b2', '#ffffff', 1);
    sprites.stamp(ctx, 1, 'star', 90, 10, '#d55e00', '#ffffff', 2);
    const images = drawCalls(ctx).filter((c) => c.type === 'drawImage').map((c) => c.props.img);
    expect(images).toHaveLength(4);
    expect(images[1]).toBe(images[0]);
    expect(new Set(images).size).toBe(3);
  });

  it('says so when it cannot make a sprite, so the caller draws the path', () => {
    const ctx = scaledContext(1);
    const noCanvas = { canvas: { ownerDocument: { createElement: () => ({ getContext: () => null }) } } } as unknown as CanvasRenderingContext2D;
    expect(new MarkSprites().stamp(noCanvas, 1, 'circle', 10, 10, '#000000', '#ffffff', 1)).toBe(false);
    expect(new MarkSprites().stamp(ctx, 1, 'circle', 10, 10, '#000000', '#ffffff', 1)).toBe(true);
  });
});

describe('MarkSprites past its limit', () => {
  it('starts afresh and keeps stamping when a session has shown more looks than it keeps', () => {
    const ctx = scaledContext(1);
    const sprites = new MarkSprites();
    const fills = Array.from({ length: 450 }, (_, i) => `#${i.toString(16).padStart(6, '0')}`);
    for (const fill of [...fills, fills[0]!, fills[0]!]) expect(sprites.stamp(ctx, 1, 'square', 5, 5, fill, '#ffffff', 1)).toBe(true);
    const images = drawCalls(ctx).filter((c) => c.type === 'drawImage').map((c) => c.props.img);
    expect(images).toHaveLength(452);
    // The first fill is made again after the clear (at 400), then kept.
    expect(images[450]).not.toBe(images[0]);
    expect(images[451]).toBe(images[450]);
  });
});
