import { observeElementRect, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import type { RefObject } from 'react';

/** Row height in pixels; rows are fixed-height so 100,000 of them need no measuring. */
export const ROW_HEIGHT = 30;
const FALLBACK_RECT = { width: 800, height: 600 };

/**
 * A row virtualizer over the scroll element. Where layout reports a zero-sized element (jsdom, a panel
 * not yet laid out) it assumes a 600 px viewport, so the first rows still render.
 */
export function useListVirtualizer(count: number, scrollRef: RefObject<HTMLDivElement | null>): Virtualizer<HTMLDivElement, Element> {
  return useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    initialRect: FALLBACK_RECT,
    observeElementRect: (instance, cb) =>
      observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : FALLBACK_RECT)),
  });
}
