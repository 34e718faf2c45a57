import type { TimeWindow } from '../store/store';

/** One day in milliseconds. */
export const DAY = 86_400_000;
/** The narrowest window: a couple of days, so single days are readable. */
export const MIN_SPAN = 2 * DAY;
/** The widest window: well over a century, so decades fit. */
export const MAX_SPAN = 150 * 365.25 * DAY;
/** Half-width of the window that a single day (or a few same-day events) is shown in. */
export const SINGLE_PAD = 15 * DAY;
/** Fixed origin of the layout's pixel space; keeps coordinates positive for any plausible date. */
export const ORIGIN = Date.UTC(1800, 0, 1);

/** Epoch ms of midnight UTC of an ISO day `YYYY-MM-DD` (NaN when malformed). */
export function isoToMs(iso: string): number {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  return Date.UTC(y, m - 1, d);
}

/** The ISO day (`YYYY-MM-DD`, UTC) that contains `ms`. */
export function msToIso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Keeps the window's centre and brings its span within [MIN_SPAN, MAX_SPAN]. */
export function clampWindow(w: TimeWindow): TimeWindow {
  const span = Math.min(MAX_SPAN, Math.max(MIN_SPAN, w.end - w.start));
  if (span === w.end - w.start) return w;
  const mid = (w.start + w.end) / 2;
  return { start: mid - span / 2, end: mid + span / 2 };
}

/** The window that shows the time extent [min, max] with 5% padding each side (±15 days around a single day). */
export function fitWindow(extent: readonly [number, number] | null, today = Date.now()): TimeWindow {
  if (!extent) return { start: today - 365 * DAY, end: today + 30 * DAY };
  const [min, max] = extent;
  if (max - min < DAY) {
    const mid = (min + max) / 2;
    return { start: mid - SINGLE_PAD, end: mid + SINGLE_PAD };
  }
  const pad = Math.max((max - min) * 0.05, DAY);
  return clampWindow({ start: min - pad, end: max + pad });
}

/** Zooms by `factor` (>1 narrows) keeping time `anchor` at the same place on screen. */
export function zoomWindow(w: TimeWindow, factor: number, anchor = (w.start + w.end) / 2): TimeWindow {
  const span = w.end - w.start;
  const next = Math.min(MAX_SPAN, Math.max(MIN_SPAN, span / factor));
  const ratio = span > 0 ? (anchor - w.start) / span : 0.5;
  const start = anchor - ratio * next;
  return { start, end: start + next };
}

/** The window moved as little as possible so that time `t` lies inside it (with a 5% margin). */
export function ensureVisible(w: TimeWindow, t: number): TimeWindow {
  const margin = (w.end - w.start) * 0.05;
  if (t < w.start + margin) return { start: t - margin, end: t - margin + (w.end - w.start) };
  if (t > w.end - margin) return { start: t + margin - (w.end - w.start), end: t + margin };
  return w;
}
