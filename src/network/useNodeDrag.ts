import { useCallback, useMemo, useRef, type PointerEvent, type RefObject } from 'react';
import type { Point } from './layoutGraph';
import type { View } from './geometry';

const CLICK_SLOP = 4;

/**
 * Pointer handlers that drag a node (pointer capture on the node's element, so the click that ends a
 * press goes to the node; the zoom behaviour ignores drags that start on nodes). A drag is not also a
 * click: `wasDrag()` says so once, right after it ends.
 */
export function useNodeDrag(svgRef: RefObject<SVGSVGElement | null>, view: View, moveNode: (id: string, p: Point) => void) {
  const drag = useRef<{ id: string; x: number; y: number; moved: boolean; pointerId: number; element: Element } | null>(null);
  const justDragged = useRef(false);
  const viewRef = useRef(view);
  viewRef.current = view;

  const moveRef = useRef(moveNode);
  moveRef.current = moveNode;

  const onPointerDown = useCallback((ev: PointerEvent<Element>, id: string, element: Element) => {
    if (ev.button !== 0) return;
    drag.current = { id, x: ev.clientX, y: ev.clientY, moved: false, pointerId: ev.pointerId, element };
    element.setPointerCapture?.(ev.pointerId);
  }, []);
  const onPointerMove = useCallback((ev: PointerEvent<Element>) => {
    const d = drag.current;
    const svg = svgRef.current;
    if (!d || !svg || d.pointerId !== ev.pointerId) return;
    if (!d.moved && Math.hypot(ev.clientX - d.x, ev.clientY - d.y) < CLICK_SLOP) return;
    d.moved = true;
    const rect = svg.getBoundingClientRect();
    const v = viewRef.current;
    moveRef.current(d.id, { x: (ev.clientX - rect.left - v.x) / v.k, y: (ev.clientY - rect.top - v.y) / v.k });
  }, [svgRef]);
  const onPointerUp = useCallback((ev: PointerEvent<Element>) => {
    const d = drag.current;
    if (!d || d.pointerId !== ev.pointerId) return;
    justDragged.current = d.moved;
    drag.current = null;
    if (d.element.hasPointerCapture?.(ev.pointerId)) d.element.releasePointerCapture(ev.pointerId);
  }, []);
  const wasDrag = useCallback(() => {
    const was = justDragged.current;
    justDragged.current = false;
    return was;
  }, []);
  return useMemo(() => ({ onPointerDown, onPointerMove, onPointerUp, wasDrag }), [onPointerDown, onPointerMove, onPointerUp, wasDrag]);
}
