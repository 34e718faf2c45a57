import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { emptyFilters } from '../store/filters';
import type { ExplorerState } from '../store/store';
import { savedViewSchema, type SavedView } from './savedViewsFile';

/** localStorage key of the saved views. */
export const SAVED_VIEWS_KEY = 'contact-timeline:saved-views';

interface SavedViewsStore {
  views: SavedView[];
  save(name: string, state: Pick<ExplorerState, 'filters' | 'window' | 'selectedEventId' | 'laneBy' | 'colorBy'>): SavedView;
  rename(id: string, name: string): void;
  /** Moves a view by `delta` places (-1 up, +1 down), clamped to the list. */
  move(id: string, delta: number): void;
  remove(id: string): void;
  /** Appends imported views, renumbering ids that are taken already. */
  addAll(views: SavedView[]): void;
}

let counter = 0;
const newId = () => `v-${Date.now().toString(36)}-${(counter++).toString(36)}`;

/** Saved views: a small store of its own (device-local, not part of the shareable view), persisted in localStorage. */
export const useSavedViews = create<SavedViewsStore>()(
  persist(
    (set, get) => ({
      views: [],
      save: (name, s) => {
        const view: SavedView = {
          id: newId(),
          name: name.trim(),
          filters: structuredClone(s.filters),
          window: s.window ? { ...s.window } : null,
          selectedEventId: s.selectedEventId,
          laneBy: s.laneBy,
          colorBy: s.colorBy,
        };
        set({ views: [...get().views, view] });
        return view;
      },
      rename: (id, name) => set({ views: get().views.map((v) => (v.id === id && name.trim() ? { ...v, name: name.trim() } : v)) }),
      move: (id, delta) => {
        const views = [...get().views];
        const from = views.findIndex((v) => v.id === id);
        const to = Math.max(0, Math.min(views.length - 1, from + delta));
        if (from < 0 || from === to) return;
        const [v] = views.splice(from, 1);
        views.splice(to, 0, v!);
        set({ views });
      },
      remove: (id) => set({ views: get().views.filter((v) => v.id !== id) }),
      addAll: (incoming) => {
        const taken = new Set(get().views.map((v) => v.id));
        set({ views: [...get().views, ...incoming.map((v) => (taken.has(v.id) ? { ...v, id: newId() } : v))] });
      },
    }),
    {
      name: SAVED_VIEWS_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ views: s.views }),
      // A stored list damaged by hand or an old build keeps its valid views and drops the rest.
      merge: (persisted, current) => {
        const raw = (persisted as { views?: unknown } | undefined)?.views;
        const views = Array.isArray(raw) ? raw.flatMap((v) => { const r = savedViewSchema.safeParse(v); return r.success ? [{ ...r.data, filters: { ...emptyFilters(), ...r.data.filters } }] : []; }) : [];
        return { ...current, views };
      },
    },
  ),
);

/** Puts a saved view back into the explorer store. */
export function applySavedView(view: SavedView, set: (patch: Partial<ExplorerState>) => void): void {
  set({ filters: structuredClone(view.filters), window: view.window, selectedEventId: view.selectedEventId, laneBy: view.laneBy, colorBy: view.colorBy });
}
