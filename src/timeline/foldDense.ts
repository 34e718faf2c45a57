import type { LaneItems, LaneLayout } from './layoutLanes';

/** A count bubble standing for marks that did not fit: "+37". */
export interface CountBubble {
  group: number;
  /** Pixel extent, in the layout's coordinates. */
  x0: number;
  x1: number;
  count: number;
  /** Time extent of the folded items (a click zooms here). */
  start: number;
  end: number;
  /** Index (into the items) of the earliest folded item. */
  first: number;
}

/** Marks to draw and bubbles for the rest; `shown.length` + Σ bubble counts = items laid out. */
export interface FoldedLayout {
  /** Indexes (into the items) of marks drawn as themselves. */
  shown: number[];
  bubbles: CountBubble[];
}

/**
 * Level of detail: items the lane layout could not fit (lane -1) fold into count bubbles, one per
 * crowd. A crowd grows while the next folded item starts within `bubbleWidth` pixels of the crowd's
 * first, so bubbles of one swimlane never overlap; every folded item is in exactly one bubble.
 */
export function foldDense(items: LaneItems, layout: LaneLayout, bubbleWidth: number): FoldedLayout {
  const shown: number[] = [];
  const bubbles: CountBubble[] = [];
  // The crowd still open in each swimlane, by swimlane number (an array: this runs for every folded item,
  // ~100,000 at the zoomed-out view of a large dataset).
  const open: (CountBubble | undefined)[] = [];
  const { lane, x0, from } = layout;
  for (let i = 0; i < lane.length; i++) {
    const index = from + i;
    if (lane[i]! >= 0) {
      shown.push(index);
      continue;
    }
    const group = items.group[index]!;
    const end = items.end[index]!;
    const left = x0[i]!;
    let b = open[group];
    if (b && left < b.x0 + bubbleWidth) {
      b.count++;
      if (end > b.end) b.end = end;
      continue;
    }
    b = { group, x0: left, x1: left + bubbleWidth, count: 1, start: items.start[index]!, end, first: index };
    open[group] = b;
    bubbles.push(b);
  }
  return { shown, bubbles };
}
