import { create } from 'zustand';
import type { Dataset, EventStatus, EventType } from '../model/schema';
import type { DatasetWarning } from '../model/parseDataset';
import { inTimeOrder } from '../model/timeOrder';
import { emptyFilters, toggleIn, type Filters } from './filters';
import type { Lang } from '../i18n/lang';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';
export type ColorBy = 'pairing' | 'topic';
export type LaneBy = 'none' | 'type' | 'participant' | 'topic';

/** The visible time window of the timeline, as epoch milliseconds. */
export interface TimeWindow {
  start: number;
  end: number;
}

export interface ExplorerState {
  status: LoadStatus;
  /** Loading progress, 0..1 with a phase name, while status is "loading". */
  progress: { phase: 'download' | 'parse' | 'index'; fraction: number } | null;
  error: { message: string; hint: string } | null;
  dataset: Dataset | null;
  /** Records skipped while loading, shown to the user. */
  warnings: DatasetWarning[];
  filters: Filters;
  selectedEventId: string | null;
  hoveredEventId: string | null;
  hoveredActorId: string | null;
  /** null means "fit the visible events". */
  window: TimeWindow | null;
  lang: Lang;
  colorBy: ColorBy;
  laneBy: LaneBy;
  showMentioned: boolean;
  /** True only inside a rehearsal (app/rehearse): a change rendered and taken back in one task, never painted. */
  rehearsing: boolean;
  /** Short messages for the user (ignored URL parameters and the like). */
  notices: string[];
}

export interface ExplorerActions {
  startLoading(): void;
  setProgress(progress: ExplorerState['progress']): void;
  loadDataset(dataset: Dataset, warnings?: DatasetWarning[]): void;
  failLoading(message: string, hint: string): void;
  setFilters(patch: Partial<Filters>): void;
  toggleTopic(id: string): void;
  toggleParticipant(id: string): void;
  toggleCountry(id: string): void;
  toggleType(type: EventType): void;
  toggleStatus(status: EventStatus): void;
  setDateRange(from: string | null, to: string | null): void;
  setQuery(query: string): void;
  clearFilters(): void;
  selectEvent(id: string | null): void;
  hoverEvent(id: string | null): void;
  hoverActor(id: string | null): void;
  setWindow(window: TimeWindow | null): void;
  setLang(lang: Lang): void;
  setColorBy(colorBy: ColorBy): void;
  setLaneBy(laneBy: LaneBy): void;
  setShowMentioned(show: boolean): void;
  addNotice(message: string): void;
  dismissNotice(index: number): void;
}

export type ExplorerStore = ExplorerState & ExplorerActions;

/** The state of a fresh app (no dataset yet). */
export function initialState(): ExplorerState {
  return {
    status: 'idle',
    progress: null,
    error: null,
    dataset: null,
    warnings: [],
    filters: emptyFilters(),
    selectedEventId: null,
    hoveredEventId: null,
    hoveredActorId: null,
    window: null,
    lang: 'en',
    colorBy: 'pairing',
    laneBy: 'none',
    showMentioned: false,
    rehearsing: false,
    notices: [],
  };
}

export const useExplorer = create<ExplorerStore>()((set) => {
  // A filter change re-fits the timeline to what remains visible.
  const patchFilters = (fn: (f: Filters) => Partial<Filters>) =>
    set((s) => ({ filters: { ...s.filters, ...fn(s.filters) }, window: null }));
  return {
    ...initialState(),
    startLoading: () => set({ status: 'loading', progress: { phase: 'download', fraction: 0 }, error: null }),
    setProgress: (progress) => set({ progress }),
    loadDataset: (dataset, warnings = []) => set({ status: 'ready', dataset: inTimeOrder(dataset), warnings, progress: null, error: null }),
    failLoading: (message, hint) => set({ status: 'error', error: { message, hint }, progress: null }),
    setFilters: (patch) => patchFilters(() => patch),
    toggleTopic: (id) => patchFilters((f) => ({ topics: toggleIn(f.topics, id) })),
    toggleParticipant: (id) => patchFilters((f) => ({ participants: toggleIn(f.participants, id), participantMode: 'any' })),
    toggleCountry: (id) => patchFilters((f) => ({ countries: toggleIn(f.countries, id) })),
    toggleType: (type) => patchFilters((f) => ({ types: toggleIn(f.types, type) })),
    toggleStatus: (status) => patchFilters((f) => ({ statuses: toggleIn(f.statuses, status) })),
    setDateRange: (dateFrom, dateTo) => patchFilters(() => ({ dateFrom, dateTo })),
    // Typing narrows the set but should not yank the zoom window on every keystroke.
    setQuery: (query) => set((s) => ({ filters: { ...s.filters, query } })),
    clearFilters: () => set({ filters: emptyFilters(), window: null }),
    selectEvent: (selectedEventId) => set({ selectedEventId }),
    hoverEvent: (hoveredEventId) => set({ hoveredEventId }),
    hoverActor: (hoveredActorId) => set({ hoveredActorId }),
    setWindow: (window) => set({ window }),
    setLang: (lang) => set({ lang }),
    setColorBy: (colorBy) => set({ colorBy }),
    setLaneBy: (laneBy) => set({ laneBy }),
    setShowMentioned: (showMentioned) => set({ showMentioned }),
    addNotice: (message) => set((s) => ({ notices: [...s.notices, message] })),
    dismissNotice: (index) => set((s) => ({ notices: s.notices.filter((_, i) => i !== index) })),
  };
});

/** Puts the store back to a fresh state (tests call this after each case). */
export function resetExplorer(patch: Partial<ExplorerState> = {}): void {
  useExplorer.setState({ ...initialState(), ...patch });
}
