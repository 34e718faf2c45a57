import type { Dataset, TimelineEvent } from '../model/schema';
import { countryIndex, filterPositions, type FilterContext } from '../filters/filterEvents';
import { buildSearch, queryTerms, type EventSearch } from '../search/searchIndex';
import { compareByDate, isInTimeOrder } from '../model/timeOrder';
import { gather, registerSubset, subsetOf } from '../model/subsets';
import type { Filters } from './filters';
import type { ExplorerState } from './store';

/** Remembers the last result for the same inputs (by identity), so selectors return stable references. */
function memoLast<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | null = null;
  let last: R;
  return (...args: A) => {
    if (lastArgs && args.length === lastArgs.length && args.every((a, i) => Object.is(a, lastArgs![i]))) return last;
    lastArgs = args;
    last = fn(...args);
    return last;
  };
}

const searchFor = new WeakMap<Dataset, EventSearch>();
/** The dataset's search index, built on first use and kept for the dataset's lifetime. */
export function getSearch(dataset: Dataset): EventSearch {
  let s = searchFor.get(dataset);
  if (!s) searchFor.set(dataset, (s = buildSearch(dataset)));
  return s;
}

/**
 * Ids of the events a full-text query matches, or null for a blank query. A blank query never builds the
 * index: the first render of a large dataset does not pay for search nobody asked for yet.
 */
export function matchQuery(dataset: Dataset, query: string): ReadonlySet<string> | null {
  if (queryTerms(query).length === 0) return null;
  return getSearch(dataset).search(query);
}

const countriesFor = new WeakMap<Dataset, Map<string, string>>();
/** Actor id → country code for the dataset. */
export function getCountryOf(dataset: Dataset): Map<string, string> {
  let c = countriesFor.get(dataset);
  if (!c) countriesFor.set(dataset, (c = countryIndex(dataset.actors)));
  return c;
}

/**
 * What filtering needs besides the filters: the country lookup and the query's matches, by position for
 * filtering the dataset's own events (the id set is built only if something asks for it).
 */
export function filterContext(dataset: Dataset, query: string): FilterContext {
  const mask = queryTerms(query).length === 0 ? null : getSearch(dataset).mask(query);
  return {
    countryOf: getCountryOf(dataset),
    searchMask: mask ? { events: dataset.events, mask } : null,
    get searchMatches() {
      return matchQuery(dataset, query);
    },
  };
}


const visible = memoLast((dataset: Dataset | null, filters: Filters): TimelineEvent[] => {
  if (!dataset) return [];
  const positions = filterPositions(dataset.events, filters, filterContext(dataset, filters.query));
  // Nothing filtered out: the dataset's own array (its caches, such as parsed times, are the visible ones).
  const events = positions.length === dataset.events.length ? dataset.events : gather(dataset.events, positions);
  registerSubset(events, dataset.events, positions);
  return events;
});

/**
 * Where each event of a visible-events array (as selectVisibleEvents returned it) sits in its dataset's
 * events, for indexes built over the whole dataset; undefined for any other array.
 */
export function positionsInDataset(visibleEvents: readonly TimelineEvent[]): Int32Array | undefined {
  return subsetOf(visibleEvents)?.positions;
}

/** The events that pass the current filters (a stable array while dataset and filters are unchanged). */
export function selectVisibleEvents(s: Pick<ExplorerState, 'dataset' | 'filters'>): TimelineEvent[] {
  return visible(s.dataset, s.filters);
}

/** True when `positions` only ever increase (a subset taken in order keeps its whole's order). */
function ascending(positions: Int32Array): boolean {
  for (let i = 1; i < positions.length; i++) if (positions[i]! <= positions[i - 1]!) return false;
  return true;
}

// The store keeps events in time order (see loadDataset), so a subset taken in order is already sorted:
// the dataset's order is checked once, not on every filter change; anything else is checked and sorted here.
const sortedByDate = memoLast((events: TimelineEvent[]) => {
  const from = subsetOf(events);
  if (from && isInTimeOrder(from.whole) && ascending(from.positions)) return events;
  return isInTimeOrder(events) ? events : [...events].sort(compareByDate);
});

/** The visible events in time order (earliest first, ties by id). */
export function selectVisibleEventsByDate(s: Pick<ExplorerState, 'dataset' | 'filters'>): TimelineEvent[] {
  return sortedByDate(selectVisibleEvents(s));
}

/** Finds an event by id (a Map fits). */
export interface EventLookup {
  get(id: string): TimelineEvent | undefined;
}

/** The id → event map of an event array, made on the first lookup: a first render at 100k events needs none. */
class LazyEventLookup implements EventLookup {
  #map: Map<string, TimelineEvent> | null = null;
  constructor(private readonly events: readonly TimelineEvent[]) {}
  get(id: string): TimelineEvent | undefined {
    this.#map ??= new Map(this.events.map((e) => [e.id, e]));
    return this.#map.get(id);
  }
}

const byId = memoLast((dataset: Dataset | null): EventLookup => new LazyEventLookup(dataset?.events ?? []));
/** Event id → event, over the whole dataset. */
export function selectEventById(s: Pick<ExplorerState, 'dataset'>): EventLookup {
  return byId(s.dataset);
}

const lookups = memoLast((dataset: Dataset | null) => ({
  actors: new Map((dataset?.actors ?? []).map((a) => [a.id, a])),
  topics: new Map((dataset?.topics ?? []).map((t) => [t.id, t])),
  places: new Map((dataset?.places ?? []).map((p) => [p.id, p])),
  articles: new Map((dataset?.articles ?? []).map((a) => [a.id, a])),
  countries: new Map((dataset?.countries ?? []).map((c) => [c.id, c])),
}));
/** Id → record maps for actors, topics, places, articles and countries. */
export function selectLookups(s: Pick<ExplorerState, 'dataset'>) {
  return lookups(s.dataset);
}
