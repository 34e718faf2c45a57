import { scaleSqrt } from 'd3-scale';

/** Node radius in pixels for `count` events when the busiest node has `maxCount` (area ∝ count). */
export function nodeRadius(count: number, maxCount: number): number {
  return nodeRadiusScale(maxCount)(count);
}

/** nodeRadius as one function for a whole graph (one scale, not one per node). */
export function nodeRadiusScale(maxCount: number): (count: number) => number {
  return scaleSqrt().domain([0, Math.max(1, maxCount)]).range([4, 24]).clamp(true);
}

/** Edge stroke width in pixels for `weight` shared events when the heaviest edge has `maxWeight`. */
export function edgeWidth(weight: number, maxWeight: number): number {
  return edgeWidthScale(maxWeight)(weight);
}

/** edgeWidth as one function for a whole graph (one scale, not one per link). */
export function edgeWidthScale(maxWeight: number): (weight: number) => number {
  return scaleSqrt().domain([1, Math.max(2, maxWeight)]).range([1.5, 9]).clamp(true);
}
