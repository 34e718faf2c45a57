import type { TimelineEvent } from '../model/schema';
import { emptyFilters, type Filters } from '../store/filters';
import { matchesFilters, type FilterContext } from './filterEvents';

/** The filter groups shown as lists with counts. */
export const FACETS = ['topics', 'participants', 'countries', 'types', 'statuses'] as const;
export type Facet = (typeof FACETS)[number];

/** For each facet, value → number of events that would match if that facet alone were left out. */
export type FacetCounts = Record<Facet, Map<string, number>>;

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function addEvent(counts: FacetCounts, facet: Facet, e: TimelineEvent, ctx: FilterContext): void {
  if (facet === 'topics') for (const t of e.topics) bump(counts.topics, t);
  else if (facet === 'participants') for (const p of e.participants) bump(counts.participants, p);
  else if (facet === 'countries') for (const c of new Set(e.participants.map((p) => ctx.countryOf.get(p) ?? ''))) c && bump(counts.countries, c);
  else if (facet === 'types') bump(counts.types, e.type);
  else bump(counts.statuses, e.status);
}

/**
 * Live counts for every facet value in one pass: an event counts towards a facet when it passes every
 * other filter, so a toggle's count says what choosing it (alone, in that facet) would show.
 */
export function countFacets(events: readonly TimelineEvent[], f: Filters, ctx: FilterContext): FacetCounts {
  const counts: FacetCounts = { topics: new Map(), participants: new Map(), countries: new Map(), types: new Map(), statuses: new Map() };
  // One single-facet filter per facet, so each facet test is one cheap matchesFilters call.
  const only = FACETS.map((facet) => ({ ...emptyFilters(), [facet]: f[facet], topicMode: f.topicMode, participantMode: f.participantMode }) as Filters);
  for (const e of events) {
    if (!matchesFilters(e, f, ctx, { ignore: FACETS })) continue;
    let failed: Facet | null = null;
    let failures = 0;
    for (let i = 0; i < FACETS.length && failures < 2; i++) {
      if (!matchesFilters(e, only[i]!, ctx)) {
        failures++;
        failed = FACETS[i]!;
      }
    }
    if (failures === 0) for (const facet of FACETS) addEvent(counts, facet, e, ctx);
    else if (failures === 1 && failed) addEvent(counts, failed, e, ctx);
  }
  return counts;
}
