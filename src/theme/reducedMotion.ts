import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';
const media = () => (typeof matchMedia === 'function' ? matchMedia(QUERY) : null);

/** True when the user asked the system for less motion (views then jump instead of gliding). */
export function prefersReducedMotion(): boolean {
  return media()?.matches ?? false;
}

/** The reduced-motion preference, live: re-renders when the user changes it. */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const m = media();
      m?.addEventListener('change', onChange);
      return () => m?.removeEventListener('change', onChange);
    },
    prefersReducedMotion,
    () => false,
  );
}
