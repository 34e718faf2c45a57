import type { TimeWindow } from '../store/store';
import { foldDense, type FoldedLayout } from './foldDense';
import type { LaneEntries } from './items';
import { layoutLanes, lowerBound, type LaneBuffers, type LaneLayout } from './layoutLanes';
import { ORIGIN } from './timeScale';

/** Fixed sizes of the chart, in CSS pixels. */
export const GEOMETRY = { rowHeight: 18, radius: 6, gap: 3, bubbleWidth: 40, bandGap: 6, top: 4 } as const;

/** Everything drawing and hit-testing need: the lane layout, its folds, and how it maps to the screen. */
export interface ChartLayout {
  /** Pixels per millisecond. */
  k: number;
  /** Layout x of the window's left edge: screen x = layout x − offset. */
  offset: number;
  width: number;
  groupCount: number;
  /** Rows per swimlane; the last row of each holds its count bubbles. */
  rows: number;
  /** Laid-out time range (the window plus a window's width either side, so small pans reuse it). */
  rangeStart: number;
  rangeEnd: number;
  lanes: LaneLayout;
  fold: FoldedLayout;
}

/** Rows per swimlane for a number of swimlanes: roomy with one, compact with many. */
export function rowsFor(groupCount: number): number {
  return groupCount <= 1 ? 9 : groupCount <= 3 ? 6 : groupCount <= 6 ? 4 : 3;
}

/** Height of the marks area for a number of swimlanes. */
export function chartHeight(groupCount: number): number {
  const g = Math.max(1, groupCount);
  return GEOMETRY.top + g * (rowsFor(g) * GEOMETRY.rowHeight + GEOMETRY.bandGap);
}

/** Top y of swimlane `g`. */
export function bandTop(chart: Pick<ChartLayout, 'rows'>, g: number): number {
  return GEOMETRY.top + g * (chart.rows * GEOMETRY.rowHeight + GEOMETRY.bandGap);
}

const longest = new WeakMap<LaneEntries, number>();
/** The longest date span among the entries (cached per entries), to find spans reaching into a window from its left. */
export function longestSpan(entries: LaneEntries): number {
  let m = longest.get(entries);
  if (m === undefined) {
    m = 0;
    const { start, end } = entries;
    for (let i = 0; i < entries.length; i++) if (end[i]! - start[i]! > m) m = end[i]! - start[i]!;
    longest.set(entries, m);
  }
  return m;
}

/** Lays out and folds the entries around the window at its zoom level (pure; O(n × rows) over the range). */
export function computeChartLayout(entries: LaneEntries, groupCount: number, w: TimeWindow, width: number, reuse?: LaneBuffers): ChartLayout {
  const span = w.end - w.start;
  const k = width / span;
  const rows = rowsFor(groupCount);
  const rangeStart = w.start - span;
  const rangeEnd = w.end + span;
  const from = lowerBound(entries.start, rangeStart - longestSpan(entries));
  const to = lowerBound(entries.start, rangeEnd + 1);
  const x = (t: number) => (t - ORIGIN) * k;
  const lanes = layoutLanes(entries, x, { radius: GEOMETRY.radius, gap: GEOMETRY.gap, maxLanes: rows - 1, groupCount, from, to, reuse });
  const fold = foldDense(entries, lanes, GEOMETRY.bubbleWidth);
  return { k, offset: x(w.start), width, groupCount, rows, rangeStart, rangeEnd, lanes, fold };
}

/**
 * A memo over computeChartLayout: a pan at the same zoom level reuses the last layout (lanes do not
 * jump while dragging) as long as the window stays inside the laid-out range. Each new layout is written
 * into the same typed arrays, so only the latest layout a cache returned stays valid.
 */
export function createLayoutCache() {
  let last: { entries: LaneEntries; layout: ChartLayout } | null = null;
  let buffers: LaneBuffers | undefined;
  return (entries: LaneEntries, groupCount: number, w: TimeWindow, width: number): ChartLayout => {
    const k = width / (w.end - w.start);
    const l = last?.layout;
    if (l && last!.entries === entries && l.groupCount === groupCount && l.width === width && Math.abs(l.k - k) <= l.k * 1e-9 && w.start >= l.rangeStart && w.end <= l.rangeEnd) {
      return { ...l, offset: (w.start - ORIGIN) * l.k };
    }
    if (!buffers || buffers.lane.length < entries.length) {
      const n = entries.length;
      buffers = { lane: new Int32Array(n), x0: new Float64Array(n), x1: new Float64Array(n) };
    }
    last = { entries, layout: computeChartLayout(entries, groupCount, w, width, buffers) };
    return last.layout;
  };
}
