import type { Dataset } from '../model/schema';
import type { Filters } from '../store/filters';
import { filterContext, positionsInDataset, selectVisibleEvents } from '../store/selectors';
import type { ExplorerState } from '../store/store';
import { countFacets, type FacetCounts } from './countFacets';

let last: { dataset: Dataset; filters: Filters; counts: FacetCounts } | null = null;

/** Live counts for every facet under the current filters (recomputed only when dataset or filters change). */
export function selectFacetCounts(s: Pick<ExplorerState, 'dataset' | 'filters'>): FacetCounts | null {
  if (!s.dataset) return null;
  if (last && last.dataset === s.dataset && last.filters === s.filters) return last.counts;
  const ctx = filterContext(s.dataset, s.filters.query);
  // The visible events are filtered already (the views need them anyway): counts start from them.
  const visible = positionsInDataset(selectVisibleEvents(s));
  last = { dataset: s.dataset, filters: s.filters, counts: countFacets(s.dataset.events, s.filters, ctx, visible) };
  return last.counts;
}
