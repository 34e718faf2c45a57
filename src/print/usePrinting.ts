import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * True while the page is being printed. The print sheet is drawn only then (flushSync, so it is in the DOM
 * before the browser lays out the printed page): drawing it on every filter change would waste work.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const on = () => flushSync(() => setPrinting(true));
    const off = () => setPrinting(false);
    const media = typeof matchMedia === 'function' ? matchMedia('print') : null;
    const onMedia = (e: MediaQueryListEvent) => (e.matches ? on() : off());
    window.addEventListener('beforeprint', on);
    window.addEventListener('afterprint', off);
    media?.addEventListener('change', onMedia);
    if (media?.matches) on();
    return () => {
      window.removeEventListener('beforeprint', on);
      window.removeEventListener('afterprint', off);
      media?.removeEventListener('change', onMedia);
    };
  }, []);
  return printing;
}
