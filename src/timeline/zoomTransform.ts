import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import type { TimeWindow } from '../store/store';
import { MAX_SPAN, MIN_SPAN } from './timeScale';

/** The zoom behaviour's reference range: its identity transform maps these centuries onto the chart width. */
export const BASE_START = Date.UTC(1800, 0, 1);
export const BASE_END = Date.UTC(2200, 0, 1);
const BASE_SPAN = BASE_END - BASE_START;

/** d3-zoom's scale extent that allows windows from MAX_SPAN down to MIN_SPAN. */
export const SCALE_EXTENT: [number, number] = [BASE_SPAN / MAX_SPAN, BASE_SPAN / MIN_SPAN];

/** The zoom transform that shows window `w` on a chart `width` pixels wide. */
export function transformFor(w: TimeWindow, width: number): ZoomTransform {
  const k = BASE_SPAN / (w.end - w.start);
  const x0 = ((w.start - BASE_START) / BASE_SPAN) * width;
  return zoomIdentity.translate(-x0 * k, 0).scale(k);
}

/** The window a zoom transform shows on a chart `width` pixels wide. */
export function windowFor(t: Pick<ZoomTransform, 'x' | 'k'>, width: number): TimeWindow {
  const start = BASE_START + (-t.x / t.k / width) * BASE_SPAN;
  return { start, end: start + BASE_SPAN / t.k };
}
