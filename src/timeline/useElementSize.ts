import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * Width of an element's content box in CSS pixels, kept current with a ResizeObserver (a fixed fallback
 * where there is none, as in jsdom). Measured once before the first paint, so the chart is drawn in the
 * first render rather than in a second one after the observer's first report (at 100,000 events that
 * second render held up the network's layout reply by ~50 ms).
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback = 800): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const node = ref.current;
    if (!node) return;
    if (typeof ResizeObserver === 'undefined') {
      setWidth(node.clientWidth || fallback);
      return;
    }
    // The content box, as the observer reports it (clientWidth is rounded; this, like the observer, is not).
    const style = getComputedStyle(node);
    const px = (v: string) => parseFloat(v) || 0;
    const now = node.getBoundingClientRect().width - px(style.paddingLeft) - px(style.paddingRight) - px(style.borderLeftWidth) - px(style.borderRightWidth);
    if (now > 0) setWidth(Math.floor(now));
    const ro = new ResizeObserver((items) => {
      const w = items[0]?.contentRect.width ?? 0;
      setWidth(Math.floor(w));
    });
    ro.observe(node);
    return () => ro.disconnect();
  }, [ref, fallback]);
  return width;
}

/** Sizes a canvas for the device pixel ratio and returns its 2D context scaled to CSS pixels (null without canvas support). */
export function prepareCanvas(canvas: HTMLCanvasElement | null, width: number, height: number): CanvasRenderingContext2D | null {
  if (!canvas || width <= 0 || height <= 0) return null;
  const dpr = typeof window !== 'undefined' ? window.devicePixelRatio || 1 : 1;
  const w = Math.round(width * dpr);
  const h = Math.round(height * dpr);
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  let ctx: CanvasRenderingContext2D | null = null;
  try {
    ctx = canvas.getContext('2d');
  } catch {
    return null; // jsdom without a canvas package throws "not implemented"
  }
  if (!ctx) return null;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  return ctx;
}
