import { useEffect, type RefObject } from 'react';

/** While `open`, calls `close` when the pointer goes down or focus moves outside the element (menus close themselves). */
export function useDismiss(ref: RefObject<HTMLElement | null>, open: boolean, close: () => void): void {
  useEffect(() => {
    if (!open) return;
    const outside = (target: EventTarget | null) => target instanceof Node && !ref.current?.contains(target);
    const onPointer = (e: PointerEvent) => outside(e.target) && close();
    const onFocus = (e: FocusEvent) => outside(e.target) && close();
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('focusin', onFocus);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('focusin', onFocus);
    };
  }, [ref, open, close]);
}
