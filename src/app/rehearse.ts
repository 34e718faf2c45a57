import { useEffect } from 'react';
import { flushSync } from 'react-dom';
import { gather } from '../model/subsets';
import type { Dataset, TimelineEvent } from '../model/schema';
import { useExplorer } from '../store/store';
import { afterPageSettles } from './afterPageSettles';
import type { ExplorerState } from '../store/store';
import type { Filters } from '../store/filters';
import { filterContext, getCountryOf, getSearch, selectLookups } from '../store/selectors';
import { filterPositions } from '../filters/filterEvents';
import { countFacets } from '../filters/countFacets';
import { getFacetIndex } from '../filters/facetIndex';
import { registerSubset } from '../model/subsets';
import { networkModel } from '../network/networkModel';
import { buildEntries } from '../timeline/items';
import { colourKeys, extentOf } from '../timeline/useTimelineModel';
import { createLayoutCache } from '../timeline/chartLayout';
import { fitWindow } from '../timeline/timeScale';

/**
 * A topic filter for the rehearsal: the topic whose count is the median of all topics' (a subset large
 * enough to run every loop a real change runs, and none that the reader has chosen), or null when the
 * events have no topics.
 */
export function rehearsalFilters(dataset: Dataset, filters: Filters): Filters | null {
  const column = getFacetIndex(dataset.events, getCountryOf(dataset)).columns.topics;
  const counts = new Int32Array(column.names.length);
  for (const n of column.flat) counts[n]!++;
  const ranked = column.names
    .map((name, n) => ({ name, count: counts[n]! }))
    .filter((t) => t.count > 0 && !filters.topics.includes(t.name))
    .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1));
  const median = ranked[Math.floor(ranked.length / 2)];
  return median ? { ...filters, topics: [median.name], topicMode: 'any' } : null;
}

/**
 * What a filter change computes (the visible events, facet counts, the network's graph, the timeline's
 * marks and lanes, a search keystroke's matches), as steps to run on `filters`, one task each, then the
 * change and a keystroke rendered unseen (rehearseRender). The results are thrown away: the store ends as it
 * was, and the caches they fill are keyed by arrays nobody else holds.
 */
export function rehearsalSteps(state: Pick<ExplorerState, 'dataset' | 'showMentioned' | 'colorBy' | 'laneBy'>, filters: Filters, width: number): Array<() => void> {
  const dataset = state.dataset;
  if (!dataset) return [];
  const ctx = filterContext(dataset, filters.query);
  let subset: TimelineEvent[] = [];
  return [
    () => {
      const positions = filterPositions(dataset.events, filters, ctx);
      subset = gather(dataset.events, positions);
      registerSubset(subset, dataset.events, positions);
    },
    () => void countFacets(dataset.events, filters, ctx),
    () => void networkModel(subset, dataset, state.showMentioned),
    () => {
      const people = getFacetIndex(dataset.events, getCountryOf(dataset)).columns.participants;
      colourKeys(subset, state.colorBy, selectLookups({ dataset }).actors, { of: dataset.events, people });
      const { entries, groups } = buildEntries(subset, state.laneBy);
      createLayoutCache()(entries, groups.length, fitWindow(extentOf(entries)), width);
    },
    // The change itself, rendered and taken back unseen (see rehearseRender).
    () => rehearseRender({ filters, window: null }),
    // A keystroke: once the search index is ready (it is built in idle time), one letter's matches, computed
    // and then rendered unseen.
    () =>
      void getSearch(dataset)
        .prepare()
        .then(() => {
          const typed = { ...filters, topics: [], query: 'a' };
          filterPositions(dataset.events, typed, filterContext(dataset, typed.query));
          setTimeout(() => {
            const now = useExplorer.getState();
            if (now.dataset === dataset) rehearseRender({ filters: { ...now.filters, query: 'a' } });
          }, 0);
        }),
  ];
}

/**
 * Renders `patch` and takes it back within one task (two synchronous renders, network included), so the
 * browser never paints it: the components' update paths are compiled then, not on the reader's first click
 * (at 100,000 events a warmed first topic toggle measured ~150 ms against ~220 ms cold on a slow machine).
 * The store says `rehearsing` meanwhile, so the address does not follow. Skipped once the reader has begun
 * (something focused, selected or hovered): a rehearsal must not disturb what they are doing.
 */
export function rehearseRender(patch: Partial<ExplorerState>): void {
  const s = useExplorer.getState();
  if (s.selectedEventId || s.hoveredEventId || s.hoveredActorId || s.rehearsing) return;
  if (typeof document !== 'undefined' && document.activeElement && document.activeElement !== document.body) return;
  const back = Object.fromEntries(Object.keys(patch).map((k) => [k, s[k as keyof ExplorerState]])) as Partial<ExplorerState>;
  try {
    flushSync(() => useExplorer.setState({ ...patch, rehearsing: true }));
  } finally {
    flushSync(() => useExplorer.setState({ ...back, rehearsing: false }));
  }
}

/**
 * Runs `steps` in order, each in a task of its own, while `wanted()` holds; returns a function that
 * cancels the steps not yet run.
 */
export function runInTasks(steps: ReadonlyArray<() => void>, wanted: () => boolean): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let at = 0;
  const next = () => {
    if (!wanted()) return;
    steps[at++]?.();
    if (at < steps.length) timer = setTimeout(next, 0);
  };
  next();
  return () => {
    at = steps.length;
    clearTimeout(timer);
  };
}

/** Longest wait for the page to settle before rehearsing anyway. */
const SETTLE_MAX_MS = 3000;

/**
 * Once the first screen has settled, runs a filter change nobody asked for (rehearsalFilters) through the
 * computations a real one needs, a step per task, and discards it. The browser compiles those paths
 * then, not on the reader's first click: at 100,000 events a first topic toggle took ~240 ms, ~215 ms
 * after the rehearsal (later toggles ~145 ms: the rest is React's and the DOM's first updates). Stops when
 * the dataset changes; returns a function that cancels what is left.
 */
export function rehearseFirstChange(
  getState: () => ExplorerState,
  afterSettled: (task: () => void, maxWaitMs: number) => () => void,
  width = 1000,
): () => void {
  const dataset = getState().dataset;
  let cancelSteps = () => {};
  const cancelSettle = afterSettled(() => {
    const state = getState();
    const filters = dataset && state.dataset === dataset ? rehearsalFilters(dataset, state.filters) : null;
    if (filters) cancelSteps = runInTasks(rehearsalSteps(state, filters, width), () => getState().dataset === dataset);
  }, SETTLE_MAX_MS);
  return () => {
    cancelSettle();
    cancelSteps();
  };
}

/**
 * Rehearses a filter change for each dataset the app shows, once the page showing it has settled: started
 * after the render that shows the dataset, so the views that are still busy (the network's layout) say so
 * before the rehearsal looks.
 */
export function useRehearsedFirstChange(): void {
  const dataset = useExplorer((s) => s.dataset);
  useEffect(() => (dataset ? rehearseFirstChange(useExplorer.getState, afterPageSettles) : undefined), [dataset]);
}
