import { create } from 'zustand';
import type { ExplorerState } from '../store/store';

/** What is being presented: the current view (overview + one slide per event) or the saved views in order. */
export type DeckKind = 'current' | 'views';

/** The explorer's view as it was before a briefing of saved views, to put back afterwards. */
export type ViewSnapshot = Pick<ExplorerState, 'filters' | 'window' | 'selectedEventId' | 'laneBy' | 'colorBy'>;

interface PresentationStore {
  deck: DeckKind | null;
  start(deck: DeckKind): void;
  stop(): void;
}

/** Whether a presentation is open and of which deck (UI state of the briefing feature only). */
export const usePresentation = create<PresentationStore>()((set) => ({
  deck: null,
  start: (deck) => set({ deck }),
  stop: () => set({ deck: null }),
}));

/** The slide index after a key press, or null when the key is not a slide key. Pure, for the key tests. */
export function nextSlide(key: string, index: number, count: number): number | null {
  const last = Math.max(0, count - 1);
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
    case ' ':
      return Math.min(last, index + 1);
    case 'ArrowLeft':
    case 'PageUp':
      return Math.max(0, index - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}

/** Data URL of an SVG document, for an `<img>` (CSP allows data: images; inline SVG markup would need parsing). */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
