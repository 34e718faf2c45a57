/** What lane layout needs of the marks, as columns: time extents and swimlanes; sorted by `start`. */
export interface LaneItems {
  readonly length: number;
  readonly start: ArrayLike<number>;
  readonly end: ArrayLike<number>;
  readonly group: ArrayLike<number>;
}

/** How marks are sized and how many lanes a swimlane may use. */
export interface LaneOptions {
  /** Half-width of a mark in pixels. */
  radius: number;
  /** Minimum empty pixels between two marks in one lane. */
  gap: number;
  /** Lanes per swimlane; an item that fits in none gets lane -1 (to be folded). Default: unlimited. */
  maxLanes?: number;
  /** Number of swimlanes (items' `group` is below it). Default 1. */
  groupCount?: number;
  /** Lay out only items[from, to): the part of the timeline near the window. */
  from?: number;
  to?: number;
  /** Typed arrays to write into when large enough (zoom frames then allocate nothing big). */
  reuse?: LaneBuffers;
}

/** Reusable storage for layoutLanes' per-item arrays. */
export interface LaneBuffers {
  lane: Int32Array;
  x0: Float64Array;
  x1: Float64Array;
}

/** Result of `layoutLanes`, as typed arrays indexed by item − from (no object per item). */
export interface LaneLayout {
  from: number;
  to: number;
  /** Lane of each item, or -1 when it did not fit within `maxLanes`. */
  lane: Int32Array;
  /** Pixel extent of each item's mark, in the scale's coordinates. */
  x0: Float64Array;
  x1: Float64Array;
  /** Lanes in use per swimlane. */
  laneCount: Int32Array;
}

/**
 * Greedy interval stacking (as vis-timeline's Stack.js, Observable Plot's dodge): each item goes into the
 * lowest lane of its swimlane whose last mark ends `gap` pixels before it starts, so no two marks in a lane
 * overlap. Items must be sorted by start. Cost O(n × lanes), and the app bounds lanes by the chart height.
 */
export function layoutLanes(items: LaneItems, x: (t: number) => number, options: LaneOptions): LaneLayout {
  const { radius, gap, maxLanes = Infinity, groupCount = 1, from = 0, to = items.length, reuse } = options;
  const n = Math.max(0, to - from);
  const fits = reuse !== undefined && reuse.lane.length >= n;
  const lane = fits ? reuse.lane.subarray(0, n) : new Int32Array(n);
  const x0 = fits ? reuse.x0.subarray(0, n) : new Float64Array(n);
  const x1 = fits ? reuse.x1.subarray(0, n) : new Float64Array(n);
  const laneCount = new Int32Array(groupCount);
  // ends[g][l]: right edge of the last mark placed in lane l of swimlane g.
  const ends: number[][] = Array.from({ length: groupCount }, () => []);
  // Once a swimlane uses all its lanes, the earliest of their right edges: an item starting before it
  // fits in none, which settles most items of a dense, zoomed-out chart with one comparison.
  const freeFrom = new Float64Array(groupCount).fill(-Infinity);
  const { start, end, group } = items;
  for (let i = 0; i < n; i++) {
    const g = group[from + i]!;
    const left = x(start[from + i]!) - radius;
    const right = Math.max(x(end[from + i]!), left + radius) + radius;
    x0[i] = left;
    x1[i] = right;
    if (freeFrom[g]! + gap > left) {
      lane[i] = -1;
      continue;
    }
    const laneEnds = ends[g]!;
    let l = 0;
    while (l < laneEnds.length && laneEnds[l]! + gap > left) l++;
    if (l >= maxLanes) {
      lane[i] = -1;
      continue;
    }
    laneEnds[l] = right;
    lane[i] = l;
    if (l + 1 > laneCount[g]!) laneCount[g] = l + 1;
    if (laneEnds.length >= maxLanes) {
      let min = Infinity;
      for (const end of laneEnds) if (end < min) min = end;
      freeFrom[g] = min;
    }
  }
  return { from, to: from + n, lane, x0, x1, laneCount };
}

/** Index of the first start that is ≥ `t` (starts sorted ascending). */
export function lowerBound(starts: ArrayLike<number>, t: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
