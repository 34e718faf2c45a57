import { useEffect, useRef } from 'react';
import { ease, fitView, type Padding, type View } from './geometry';
import type { Positions, Size } from './layoutGraph';

const FIT_MS = 450;
const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Keeps the view fitted to the laid-out nodes until the user zooms or pans themselves; the view glides to
 * each new fit with the nodes when `glide` (small graphs). Changing `fitToken` fits again on demand.
 */
export function useAutoFit(
  target: Positions,
  size: Size,
  zoom: { view: View; setView: (v: View) => void; userMoved: boolean },
  fitToken: number,
  padding: Padding,
  glide: boolean,
) {
  const viewRef = useRef(zoom.view);
  viewRef.current = zoom.view;
  const fitted = useRef(false);
  const { setView, userMoved } = zoom;
  const { width, height } = size;
  useEffect(() => {
    if (userMoved || Object.keys(target).length === 0) return;
    const to = fitView(target, { width, height }, padding);
    const from = viewRef.current;
    if (!fitted.current || !glide || reducedMotion() || typeof requestAnimationFrame !== 'function') {
      fitted.current = true;
      setView(to);
      return;
    }
    let raf = 0;
    let start: number | null = null;
    const step = (now: number) => {
      start ??= now;
      const t = ease(Math.min(1, (now - start) / FIT_MS));
      setView({ k: from.k + (to.k - from.k) * t, x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t });
      if (t < 1) raf = requestAnimationFrame(step);
    };
    raf = requestAnimationFrame(step);
    return () => cancelAnimationFrame(raf);
  }, [target, width, height, userMoved, fitToken, setView, padding, glide]);
}
