import { useEffect, useRef, type RefObject } from 'react';
import { select } from 'd3-selection';
import { zoom, zoomTransform, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import type { TimeWindow } from '../store/store';
import { SCALE_EXTENT, transformFor, windowFor } from './zoomTransform';

/**
 * Wheel, drag and pinch zoom on `ref`, as a d3-zoom behaviour created once. User gestures report the new
 * window through `onWindow`; a window set elsewhere (buttons, keys, fit, URL) is pushed back into the
 * behaviour without echoing (those zoom events carry no sourceEvent).
 */
export function useZoom(ref: RefObject<HTMLElement | null>, w: TimeWindow, width: number, height: number, onWindow: (w: TimeWindow) => void): void {
  const behaviour = useRef<ZoomBehavior<HTMLElement, unknown> | null>(null);
  const latest = useRef({ onWindow, width });
  useEffect(() => {
    latest.current = { onWindow, width };
  });

  useEffect(() => {
    const node = ref.current;
    if (!node) return;
    const zb = zoom<HTMLElement, unknown>()
      .scaleExtent(SCALE_EXTENT)
      .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        if (!event.sourceEvent || latest.current.width <= 0) return;
        latest.current.onWindow(windowFor(event.transform, latest.current.width));
      });
    const sel = select(node);
    sel.call(zb).on('dblclick.zoom', null);
    behaviour.current = zb;
    return () => {
      sel.on('.zoom', null);
      behaviour.current = null;
    };
  }, [ref]);

  useEffect(() => {
    const node = ref.current;
    const zb = behaviour.current;
    if (!node || !zb || width <= 0) return;
    zb.extent([
      [0, 0],
      [width, Math.max(1, height)],
    ]).translateExtent([
      [0, -Infinity],
      [width, Infinity],
    ]);
    const target = transformFor(w, width);
    const current = zoomTransform(node);
    if (Math.abs(current.k - target.k) <= target.k * 1e-9 && Math.abs(current.x - target.x) < 0.5) return;
    select(node).call(zb.transform, target);
  }, [ref, w.start, w.end, width, height]);
}
