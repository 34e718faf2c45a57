import type { Dataset } from '../model/schema';
import { countryIndex, type FilterContext } from './filterEvents';

/** A filter context without a search query, for tests. */
export function plainContext(ds: Dataset): FilterContext {
  return { countryOf: countryIndex(ds.actors), searchMatches: null };
}
