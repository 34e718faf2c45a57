import { useCallback, useEffect, useMemo, useState, type RefObject } from 'react';

/** Row height in pixels; rows are fixed-height, so which rows show is arithmetic, not measuring. */
export const ROW_HEIGHT = 30;
/** Viewport height assumed where layout reports none (jsdom, a panel not yet laid out). */
const FALLBACK_HEIGHT = 600;

/** Rows [start, end) to render at a scroll offset: those in view plus `overscan` on each side. */
export function rowWindow(scrollTop: number, viewport: number, count: number, rowHeight: number, overscan: number): { start: number; end: number } {
  if (count <= 0) return { start: 0, end: 0 };
  const top = Math.max(0, scrollTop);
  const first = Math.min(count - 1, Math.floor(top / rowHeight));
  const last = Math.ceil((top + Math.max(0, viewport)) / rowHeight);
  return { start: Math.max(0, first - overscan), end: Math.min(count, Math.max(first + 1, last) + overscan) };
}

/** The scroll offset that brings row `index` fully into view with the least movement (or the current one). */
export function offsetShowing(index: number, scrollTop: number, viewport: number, rowHeight: number): number {
  const top = index * rowHeight;
  if (top < scrollTop) return top;
  if (top + rowHeight > scrollTop + viewport) return Math.max(0, top + rowHeight - viewport);
  return scrollTop;
}

export interface RowItem {
  index: number;
  /** Pixel offset of the row inside the scrolled body. */
  start: number;
}

/**
 * Windowing for a list of fixed-height rows in the scroll element `scrollRef`: the rows to render, the
 * body's full height, and scrolling a row into view. Constant work per scroll or count change; a general
 * virtualizer keeps a measurement per row, ~40 ms of work for 100,000 rows on every filter change.
 */
export function useRowWindow(count: number, scrollRef: RefObject<HTMLDivElement | null>, rowHeight = ROW_HEIGHT, overscan = 10) {
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(FALLBACK_HEIGHT);
  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const onScroll = () => setScrollTop(el.scrollTop);
    el.addEventListener('scroll', onScroll, { passive: true });
    const measure = () => setViewport(el.clientHeight > 0 ? el.clientHeight : FALLBACK_HEIGHT);
    measure();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(el);
    return () => {
      el.removeEventListener('scroll', onScroll);
      observer?.disconnect();
    };
  }, [scrollRef]);
  const { start, end } = rowWindow(scrollTop, viewport, count, rowHeight, overscan);
  const items = useMemo(() => Array.from({ length: end - start }, (_, k): RowItem => ({ index: start + k, start: (start + k) * rowHeight })), [start, end, rowHeight]);
  const scrollToIndex = useCallback(
    (index: number) => {
      const el = scrollRef.current;
      if (!el) return;
      const next = offsetShowing(index, el.scrollTop, el.clientHeight > 0 ? el.clientHeight : FALLBACK_HEIGHT, rowHeight);
      if (next === el.scrollTop) return;
      el.scrollTop = next;
      setScrollTop(next); // where scrolling fires no event (jsdom), the window still moves
    },
    [scrollRef, rowHeight],
  );
  return { items, totalSize: count * rowHeight, scrollToIndex };
}
