import type { CountBubble } from './foldDense';
import { GEOMETRY, bandTop, type ChartLayout } from './chartLayout';
import type { LaneEntries } from './items';

/** What lies under the pointer: a mark (its entry index) or a count bubble. */
export type Hit = { kind: 'mark'; entry: number; x: number; y: number } | { kind: 'bubble'; bubble: CountBubble; x: number; y: number };

/** Screen centre y of a row in a swimlane. */
export function rowY(chart: ChartLayout, group: number, row: number): number {
  return bandTop(chart, group) + row * GEOMETRY.rowHeight + GEOMETRY.rowHeight / 2;
}

/**
 * Finds the mark or bubble at screen point (px, py), from the same layout that was drawn. The swimlane and
 * row come from y; the scan over shown marks is bounded by what fits on screen (lanes × width / mark width).
 */
export function hitTest(chart: ChartLayout, entries: LaneEntries, px: number, py: number): Hit | null {
  const bandH = chart.rows * GEOMETRY.rowHeight + GEOMETRY.bandGap;
  const group = Math.floor((py - GEOMETRY.top) / bandH);
  if (group < 0 || group >= chart.groupCount) return null;
  const row = Math.floor((py - bandTop(chart, group)) / GEOMETRY.rowHeight);
  if (row < 0 || row >= chart.rows) return null;
  const lx = px + chart.offset;
  const y = rowY(chart, group, row);
  if (row === chart.rows - 1) {
    const bubble = chart.fold.bubbles.find((b) => b.group === group && b.x0 <= lx && lx <= b.x1);
    return bubble ? { kind: 'bubble', bubble, x: bubble.x0 - chart.offset, y } : null;
  }
  const { lanes } = chart;
  let best = -1;
  let bestDist = Infinity;
  for (const i of chart.fold.shown) {
    const j = i - lanes.from;
    if (lanes.lane[j] !== row || entries.group[i] !== group) continue;
    if (lx < lanes.x0[j]! - 1 || lx > lanes.x1[j]! + 1) continue;
    const d = Math.abs(lx - (lanes.x0[j]! + GEOMETRY.radius));
    if (d < bestDist) [best, bestDist] = [i, d];
  }
  return best < 0 ? null : { kind: 'mark', entry: best, x: lanes.x0[best - lanes.from]! + GEOMETRY.radius - chart.offset, y };
}

/** True when two hits point at the same mark or bubble (or both at nothing). */
export function sameHit(a: Hit | null, b: Hit | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.kind === 'mark' && b.kind === 'mark') return a.entry === b.entry && a.x === b.x;
  if (a.kind === 'bubble' && b.kind === 'bubble') return a.bubble === b.bubble && a.x === b.x;
  return false;
}
