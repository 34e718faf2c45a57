import { useEffect, useRef, type RefObject } from 'react';
import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { select } from 'd3-selection';

/**
 * A horizontal d3-brush on the SVG group `ref` (the one behaviour here that adds its own few elements:
 * overlay, selection and handles). A user's brush reports pixels through `onBrush` (null when cleared);
 * `selection` set from outside moves the brush silently.
 */
export function useBrush(ref: RefObject<SVGGElement | null>, width: number, height: number, selection: [number, number] | null, onBrush: (px: [number, number] | null) => void): void {
  const behaviour = useRef<BrushBehavior<unknown> | null>(null);
  const latest = useRef(onBrush);
  useEffect(() => {
    latest.current = onBrush;
  });
  useEffect(() => {
    const node = ref.current;
    if (!node || width <= 0) return;
    const brush = brushX<unknown>()
      .extent([
        [0, 0],
        [width, height],
      ])
      .on('end', (event: D3BrushEvent<unknown>) => {
        if (!event.sourceEvent) return;
        const s = event.selection as [number, number] | null;
        latest.current(s && s[1] - s[0] >= 1 ? s : null);
      });
    select(node).call(brush);
    behaviour.current = brush;
    return () => {
      select(node).on('.brush', null).selectAll('*').remove();
      behaviour.current = null;
    };
  }, [ref, width, height]);
  useEffect(() => {
    const node = ref.current;
    const brush = behaviour.current;
    if (!node || !brush) return;
    select(node).call(brush.move, selection);
  }, [ref, selection?.[0], selection?.[1], width, height]);
}
