import type { TimelineEvent } from '../model/schema';
import type { Filters } from '../store/filters';
import { FACETS, facetTest, getFacetIndex, type Facet } from './facetIndex';
import { compileIndexed, type FilterContext } from './filterEvents';

export { FACETS, type Facet } from './facetIndex';

/** For each facet, value → number of events that would match if that facet alone were left out. */
export type FacetCounts = Record<Facet, Map<string, number>>;

/**
 * Live counts for every facet value in one pass: an event counts towards a facet when it passes every
 * other filter, so a toggle's count says what choosing it (alone, in that facet) would show.
 */
export function countFacets(events: readonly TimelineEvent[], f: Filters, ctx: FilterContext): FacetCounts {
  const index = getFacetIndex(events, ctx.countryOf);
  const columns = FACETS.map((facet) => index.columns[facet]);
  const tallies = columns.map((c) => new Int32Array(c.names.length));
  const rest = compileIndexed(events, f, ctx, { ignore: FACETS });
  // One test per facet that is set (the others pass everything).
  const active = FACETS.map((facet, i) => [i, facet] as const).filter(([, facet]) => f[facet].length > 0);
  const mode = (k: Facet) => (k === 'topics' ? f.topicMode : k === 'participants' ? f.participantMode : 'any');
  const only = active.map(([, facet]) => facetTest(index.columns[facet], f[facet], mode(facet)));
  const add = (facetNo: number, e: number) => {
    const tally = tallies[facetNo]!;
    const { start, flat } = columns[facetNo]!;
    for (let j = start[e]!, end = start[e + 1]!; j < end; j++) tally[flat[j]!]!++;
  };
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
  const counts = {} as FacetCounts;
  FACETS.forEach((facet, k) => {
    const map = new Map<string, number>();
    const names = columns[k]!.names;
    tallies[k]!.forEach((n, v) => n > 0 && map.set(names[v]!, n));
    counts[facet] = map;
  });
  return counts;
}
