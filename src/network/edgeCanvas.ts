import type { GraphEdge } from './buildGraph';
import type { Point, Positions } from './layoutGraph';
import type { View } from './geometry';

/** Beyond this many drawn links they are painted on a canvas: 1,500 SVG links cost tens of ms per filter change. */
export const SVG_EDGE_LIMIT = 300;

/** Opacity of a link that is neither highlighted nor dimmed: many links fade so the structure shows, not a grey mass. */
export function edgeOpacity(edgeCount: number): number {
  return Math.min(0.55, Math.max(0.12, 8 / Math.sqrt(Math.max(1, edgeCount))));
}

/** Distance from `p` to the segment a–b. */
export function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/**
 * The link under a screen point: the nearest whose line passes within `tolerance` screen pixels (ties: the
 * later drawn, which is on top), or null. Links whose ends have no position are not drawn, so never hit.
 */
export function edgeAt(edges: readonly GraphEdge[], positions: Positions, view: View, screen: Point, tolerance = 6): GraphEdge | null {
  const world = { x: (screen.x - view.x) / view.k, y: (screen.y - view.y) / view.k };
  const reach = tolerance / view.k;
  let best: GraphEdge | null = null;
  let bestDistance = Infinity;
  for (const e of edges) {
    const a = positions[e.source];
    const b = positions[e.target];
    if (!a || !b) continue;
    // Cheap box test first: most links are nowhere near the pointer.
    if (world.x < Math.min(a.x, b.x) - reach || world.x > Math.max(a.x, b.x) + reach) continue;
    if (world.y < Math.min(a.y, b.y) - reach || world.y > Math.max(a.y, b.y) + reach) continue;
    const d = distanceToSegment(world, a, b);
    if (d <= reach && d <= bestDistance) {
      best = e;
      bestDistance = d;
    }
  }
  return best;
}

export interface EdgePaint {
  /** Colour of an ordinary link and of a highlighted one (CSS colours). */
  stroke: string;
  strokeOn: string;
  /** Opacity of an ordinary link (see edgeOpacity); highlighted links are 0.9, dimmed ones 0.12. */
  opacity: number;
  widthOf: (e: GraphEdge) => number;
  highlighted: ReadonlySet<string>;
  dimOthers: boolean;
}

/** Links as plain numbers, ready to paint (here or in a worker): screen coordinates, widths, highlight flags. */
export interface Segments {
  /** x1, y1, x2, y2 per link, in screen pixels. */
  lines: Float32Array;
  widths: Float32Array;
  /** 1 for a highlighted link. */
  on: Uint8Array;
  stroke: string;
  strokeOn: string;
  /** Alpha of the links that are not highlighted. */
  alpha: number;
}

/** The links with both ends placed, as Segments through `view` (links without positions are left out). */
export function toSegments(edges: readonly GraphEdge[], positions: Positions, view: View, paint: EdgePaint): Segments {
  const lines = new Float32Array(edges.length * 4);
  const widths = new Float32Array(edges.length);
  const on = new Uint8Array(edges.length);
  let n = 0;
  for (const e of edges) {
    const a = positions[e.source];
    const b = positions[e.target];
    if (!a || !b) continue;
    const at = n * 4;
    lines[at] = view.x + view.k * a.x;
    lines[at + 1] = view.y + view.k * a.y;
    lines[at + 2] = view.x + view.k * b.x;
    lines[at + 3] = view.y + view.k * b.y;
    widths[n] = paint.widthOf(e);
    on[n] = paint.highlighted.has(e.key) ? 1 : 0;
    n++;
  }
  return {
    lines: lines.slice(0, n * 4),
    widths: widths.slice(0, n),
    on: on.slice(0, n),
    stroke: paint.stroke,
    strokeOn: paint.strokeOn,
    alpha: paint.dimOthers ? 0.12 : paint.opacity,
  };
}

/** The drawing calls paintSegments makes (a 2D context of a canvas or of an OffscreenCanvas). */
type Context2D = Pick<CanvasRenderingContext2D, 'lineCap' | 'lineWidth' | 'strokeStyle' | 'globalAlpha' | 'beginPath' | 'moveTo' | 'lineTo' | 'stroke'>;

/** Paints segments: ordinary links first, highlighted ones last (on top). Returns how many were painted. */
export function paintSegments(ctx: Context2D, s: Segments): number {
  ctx.lineCap = 'butt';
  const pass = (highlighted: number) => {
    for (let i = 0; i < s.widths.length; i++) {
      if (s.on[i] !== highlighted) continue;
      ctx.lineWidth = s.widths[i]!;
      ctx.beginPath();
      ctx.moveTo(s.lines[i * 4]!, s.lines[i * 4 + 1]!);
      ctx.lineTo(s.lines[i * 4 + 2]!, s.lines[i * 4 + 3]!);
      ctx.stroke();
    }
  };
  ctx.strokeStyle = s.stroke;
  ctx.globalAlpha = s.alpha;
  pass(0);
  if (s.on.includes(1)) {
    ctx.strokeStyle = s.strokeOn;
    ctx.globalAlpha = 0.9;
    pass(1);
  }
  ctx.globalAlpha = 1;
  return s.widths.length;
}
