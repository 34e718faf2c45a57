import type { TimelineEvent } from '../model/schema';
import type { Filters } from '../store/filters';
import { FACETS, facetTest, getFacetIndex, type Facet, type FacetIndex } from './facetIndex';
import { compileIndexed, type FilterContext } from './filterEvents';
import { queryTerms } from '../search/searchIndex';

export { FACETS, type Facet } from './facetIndex';

/** For each facet, value → number of events that would match if that facet alone were left out. */
export type FacetCounts = Record<Facet, Map<string, number>>;

const totalsOf = new WeakMap<FacetIndex, Int32Array[]>();

/** Every facet value's number of events, with nothing filtered (each event holds a value at most once). */
function totals(index: FacetIndex): Int32Array[] {
  let t = totalsOf.get(index);
  if (!t) {
    t = FACETS.map((facet) => {
      const { names, flat } = index.columns[facet];
      const tally = new Int32Array(names.length);
      for (let j = 0; j < flat.length; j++) tally[flat[j]!]!++;
      return tally;
    });
    totalsOf.set(index, t);
  }
  return t;
}

/** True when only facets (topics, people, countries, types, statuses) narrow the set. */
function onlyFacets(f: Filters): boolean {
  return f.dateFrom === null && f.dateTo === null && f.article === null && queryTerms(f.query).length === 0;
}

/**
 * Live counts for every facet value in one pass: an event counts towards a facet when it passes every
 * other filter, so a toggle's count says what choosing it (alone, in that facet) would show.
 * `visible`, when given, must be the positions in `events` of the events that pass `f`: with at most
 * one facet set (a toggle, a search), the facets not set then count just those events instead of testing
 * every event again, and the one set counts the unfiltered totals when nothing else narrows the set.
 */
export function countFacets(events: readonly TimelineEvent[], f: Filters, ctx: FilterContext, visible?: Int32Array): FacetCounts {
  const index = getFacetIndex(events, ctx.countryOf);
  const columns = FACETS.map((facet) => index.columns[facet]);
  // One test per facet that is set (the others pass everything).
  const active = FACETS.map((facet, i) => [i, facet] as const).filter(([, facet]) => f[facet].length > 0);
  const tallies: Int32Array[] = columns.map((c) => new Int32Array(c.names.length));
  const add = (facetNo: number, e: number) => {
    const tally = tallies[facetNo]!;
    const { start, flat } = columns[facetNo]!;
    for (let j = start[e]!, end = start[e + 1]!; j < end; j++) tally[flat[j]!]!++;
  };
  const rest = compileIndexed(events, f, ctx, { ignore: FACETS });
  if (visible && active.length <= 1) {
    // A facet that is not set counts the visible events; the one that is set (if any) counts the events
    // the other filters let through: all of them when there are none (the unfiltered totals).
    const set = active.length === 1 ? active[0]![0] : -1;
    // Nothing filtered at all (filters cleared): every facet counts the unfiltered totals.
    if (set < 0 && onlyFacets(f)) return countsFrom(totals(index), columns);
    for (let k = 0; k < FACETS.length; k++) if (k !== set) tallyEvents(tallies[k]!, columns[k]!, visible);
    if (set >= 0 && onlyFacets(f)) tallies[set] = totals(index)[set]!;
    else if (set >= 0) for (let e = 0; e < events.length; e++) if (rest(e)) add(set, e);
    return countsFrom(tallies, columns);
  }
  const mode = (k: Facet) => (k === 'topics' ? f.topicMode : k === 'participants' ? f.participantMode : 'any');
  const only = active.map(([, facet]) => facetTest(index.columns[facet], f[facet], mode(facet)));
  for (let e = 0; e < events.length; e++) {
    if (!rest(e)) continue;
    let failed = -1;
    let failures = 0;
    for (let i = 0; i < active.length && failures < 2; i++) {
      if (!only[i]!(e)) {
        failures++;
        failed = active[i]![0];
      }
    }
    if (failures === 0) for (let k = 0; k < FACETS.length; k++) add(k, e);
    else if (failures === 1) add(failed, e);
  }
  return countsFrom(tallies, columns);
}

/**
 * Adds the values that `events` (positions) hold in `column` to `tally`: one facet at a time, in a plain
 * loop (a call per event and facet cost ~2x as much at 35,000 visible events).
 */
function tallyEvents(tally: Int32Array, column: { start: Int32Array; flat: Int32Array }, events: Int32Array): void {
  const { start, flat } = column;
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    for (let j = start[e]!, end = start[e + 1]!; j < end; j++) tally[flat[j]!]!++;
  }
}

/** Tallies by value number as value → count maps (values without events left out). */
function countsFrom(tallies: readonly Int32Array[], columns: ReadonlyArray<{ names: readonly string[] }>): FacetCounts {
  const counts = {} as FacetCounts;
  FACETS.forEach((facet, k) => {
    const map = new Map<string, number>();
    const names = columns[k]!.names;
    tallies[k]!.forEach((n, v) => n > 0 && map.set(names[v]!, n));
    counts[facet] = map;
  });
  return counts;
}
