import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent } from 'd3-zoom';
import type { Size } from './layoutGraph';
import type { View } from './geometry';

/**
 * Wraps d3-zoom as a behaviour on the SVG: wheel, drag on the background and pinch zoom and pan; D3 writes
 * the transform into state and React renders. Drags that start on a node (`[data-node]`) are left to the
 * node. `userMoved` turns true once the user zooms or pans, so automatic fitting stops overriding them.
 */
export function useZoom(ref: RefObject<SVGSVGElement | null>, size: Size) {
  const [view, setViewState] = useState<View>({ k: 1, x: 0, y: 0 });
  const [userMoved, setUserMoved] = useState(false);
  const behaviour = useMemo(() => zoom<SVGSVGElement, unknown>().scaleExtent([0.05, 12]), []);
  const sizeRef = useRef(size);
  sizeRef.current = size;

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const target = select(el);
    behaviour
      .filter((e: Event & { ctrlKey?: boolean; button?: number }) => {
        const onNode = e.target instanceof Element && e.target.closest('[data-node], [data-edge]');
        return (!e.ctrlKey || e.type === 'wheel') && !e.button && !onNode;
      })
      .on('zoom', (e: D3ZoomEvent<SVGSVGElement, unknown>) => {
        setViewState({ k: e.transform.k, x: e.transform.x, y: e.transform.y });
        if (e.sourceEvent) setUserMoved(true);
      });
    target.call(behaviour);
    return () => void target.on('.zoom', null);
  }, [ref, behaviour]);

  // jsdom and some SVG setups cannot measure the element, so the extent comes from the measured size.
  useEffect(() => void behaviour.extent([[0, 0], [size.width, size.height]]), [behaviour, size.width, size.height]);

  /** Sets the view programmatically (fit, reset); D3 keeps its own copy in step. */
  const setView = useCallback(
    (v: View) => {
      const el = ref.current;
      const t = zoomIdentity.translate(v.x, v.y).scale(v.k);
      if (el) select(el).call(behaviour.transform, t);
      else setViewState(v);
    },
    [ref, behaviour],
  );
  /** Zooms about the centre of the view (buttons and keys); counts as the user's own move. */
  const zoomBy = useCallback(
    (factor: number) => {
      const el = ref.current;
      const { width, height } = sizeRef.current;
      setUserMoved(true);
      if (el) select(el).call(behaviour.scaleBy, factor, [width / 2, height / 2]);
    },
    [ref, behaviour],
  );
  return { view, setView, zoomBy, userMoved, setUserMoved };
}
