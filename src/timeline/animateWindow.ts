import type { TimeWindow } from '../store/store';

/** True when the user asked for reduced motion (or the environment cannot tell, as in tests): then windows jump. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia !== 'function' || matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** The window a fraction `t` (0..1) of the way from `a` to `b`: centre linear, span geometric, so zooming feels even. */
export function interpolateWindow(a: TimeWindow, b: TimeWindow, t: number): TimeWindow {
  const ca = (a.start + a.end) / 2;
  const cb = (b.start + b.end) / 2;
  const sa = a.end - a.start;
  const sb = b.end - b.start;
  const centre = ca + (cb - ca) * t;
  const span = sa * Math.pow(sb / sa, t);
  return { start: centre - span / 2, end: centre + span / 2 };
}

let frame = 0;

/** Stops a running window animation (a user's own zoom or pan takes over). */
export function cancelWindowAnimation(): void {
  if (frame && typeof cancelAnimationFrame === 'function') cancelAnimationFrame(frame);
  frame = 0;
}

/**
 * Moves the window from `from` to `to` over 250 ms, calling `set` each frame and `set(final)` at the end
 * (`final` may be null, "fit"). With reduced motion it calls `set(final)` at once.
 */
export function animateWindow(from: TimeWindow, to: TimeWindow, set: (w: TimeWindow | null) => void, final: TimeWindow | null = to): void {
  cancelWindowAnimation();
  if (prefersReducedMotion() || typeof requestAnimationFrame !== 'function') return set(final);
  const t0 = performance.now();
  const step = (now: number) => {
    const t = Math.min(1, (now - t0) / 250);
    if (t >= 1) {
      frame = 0;
      return set(final);
    }
    const eased = t * (2 - t);
    set(interpolateWindow(from, to, eased));
    frame = requestAnimationFrame(step);
  };
  frame = requestAnimationFrame(step);
}
