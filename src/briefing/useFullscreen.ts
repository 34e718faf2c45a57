import { useEffect, type RefObject } from 'react';

/**
 * Asks for full screen on the element while mounted; when the browser refuses or lacks the API, the element
 * simply stays a fixed full-viewport overlay (its CSS). Leaving full screen by the browser's own means calls `onExit`.
 */
export function useFullscreen(ref: RefObject<HTMLElement | null>, onExit: () => void): void {
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof el.requestFullscreen !== 'function') return;
    let entered = false;
    const onChange = () => {
      if (document.fullscreenElement === el) entered = true;
      else if (entered) onExit();
    };
    document.addEventListener('fullscreenchange', onChange);
    el.requestFullscreen().catch(() => {
      /* refused (no user gesture, iframe, policy): the overlay is the fallback */
    });
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement === el) void document.exitFullscreen?.().catch(() => {});
    };
  }, [ref, onExit]);
}
