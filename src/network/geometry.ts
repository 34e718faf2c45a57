import type { Point, Positions, Size } from './layoutGraph';

/** A zoom transform as plain numbers: screen = world * k + (x, y). */
export interface View {
  k: number;
  x: number;
  y: number;
}

/** Room kept around the fitted nodes, in pixels (labels sit to the right of the nodes, so give that side more). */
export interface Padding {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The transform that fits all `positions` (with padding) into a viewport of `size`, never zooming past 2×. */
export function fitView(positions: Positions, size: Size, padding: number | Padding = 48): View {
  const pad = typeof padding === 'number' ? { left: padding, right: padding, top: padding, bottom: padding } : padding;
  const pts = Object.values(positions);
  if (pts.length === 0) return { k: 1, x: 0, y: 0 };
  const xs = pts.map((p) => p.x);
  const ys = pts.map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const w = Math.max(1, size.width - pad.left - pad.right);
  const h = Math.max(1, size.height - pad.top - pad.bottom);
  const k = Math.min(2, w / Math.max(1, x1 - x0), h / Math.max(1, y1 - y0));
  return { k, x: pad.left + w / 2 - k * ((x0 + x1) / 2), y: pad.top + h / 2 - k * ((y0 + y1) / 2) };
}

/** Smoothstep easing, 0 → 1. */
export function ease(t: number): number {
  const c = Math.min(1, Math.max(0, t));
  return c * c * (3 - 2 * c);
}

/** Positions part-way (`t` in 0..1, eased) from `from` to `to`; nodes new in `to` start at their target. */
export function tweenPositions(from: Positions, to: Positions, t: number): Positions {
  const e = ease(t);
  const out: Positions = {};
  for (const [id, b] of Object.entries(to)) {
    const a: Point = from[id] ?? b;
    out[id] = { x: a.x + (b.x - a.x) * e, y: a.y + (b.y - a.y) * e };
  }
  return out;
}

/** A label's box on screen: left, top, right, bottom. */
export type Box = [number, number, number, number];

/**
 * Which labels to show so none overlap another label or an obstacle (the node circles): candidates in
 * priority order (most important first) each claim their box unless it hits one already claimed; `always`
 * ids are shown regardless (hovered, highlighted, filtered on). The first `leaders` candidates (the
 * busiest people, whose names matter most) only avoid other labels, not the circles.
 */
export function placeLabels(
  candidates: readonly { id: string; box: Box }[],
  always: ReadonlySet<string>,
  obstacles: readonly Box[] = [],
  leaders = 0,
): Set<string> {
  const shown = new Set<string>();
  const labels: Box[] = [];
  const hits = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
  for (const c of candidates) if (always.has(c.id)) (shown.add(c.id), labels.push(c.box));
  candidates.forEach((c, i) => {
    if (shown.has(c.id) || labels.some((b) => hits(b, c.box))) return;
    if (i >= leaders && obstacles.some((b) => hits(b, c.box))) return;
    shown.add(c.id);
    labels.push(c.box);
  });
  return shown;
}
