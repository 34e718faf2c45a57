import type { Actor, TimelineEvent } from '../model/schema';
import type { Filters } from '../store/filters';

/** Lookups that filtering needs besides the events themselves. */
export interface FilterContext {
  /** Actor id → country code, for the country filter. */
  countryOf: ReadonlyMap<string, string>;
  /** Ids of the events the full-text query matches, or null when there is no query. */
  searchMatches: ReadonlySet<string> | null;
}

/** Builds the actor → country lookup. */
export function countryIndex(actors: readonly Actor[]): Map<string, string> {
  return new Map(actors.map((a) => [a.id, a.country]));
}

/** Options to leave one filter out, e.g. to count what each topic toggle would show. */
export interface FilterOptions {
  ignore?: ReadonlyArray<keyof Filters>;
}

/** True when `event` passes every filter (except those in `options.ignore`). */
export function matchesFilters(event: TimelineEvent, f: Filters, ctx: FilterContext, options: FilterOptions = {}): boolean {
  const ignore = options.ignore ?? [];
  if (!ignore.includes('topics') && f.topics.length > 0) {
    const ok = f.topicMode === 'all' ? f.topics.every((t) => event.topics.includes(t)) : f.topics.some((t) => event.topics.includes(t));
    if (!ok) return false;
  }
  if (!ignore.includes('participants') && f.participants.length > 0) {
    const ok =
      f.participantMode === 'all'
        ? f.participants.every((p) => event.participants.includes(p))
        : f.participants.some((p) => event.participants.includes(p));
    if (!ok) return false;
  }
  if (!ignore.includes('countries') && f.countries.length > 0) {
    if (!event.participants.some((p) => f.countries.includes(ctx.countryOf.get(p) ?? ''))) return false;
  }
  if (!ignore.includes('types') && f.types.length > 0 && !f.types.includes(event.type)) return false;
  if (!ignore.includes('statuses') && f.statuses.length > 0 && !f.statuses.includes(event.status)) return false;
  // A date span overlapping the chosen range counts: an uncertain date is not excluded by a false point.
  if (!ignore.includes('dateFrom') && f.dateFrom !== null && event.date.latest < f.dateFrom) return false;
  if (!ignore.includes('dateTo') && f.dateTo !== null && event.date.earliest > f.dateTo) return false;
  if (!ignore.includes('query') && ctx.searchMatches !== null && !ctx.searchMatches.has(event.id)) return false;
  if (!ignore.includes('article') && f.article !== null && !event.sources.some((s) => s.articleId === f.article)) return false;
  return true;
}

/** Returns the events that pass the filters, in their original order. */
export function filterEvents(events: readonly TimelineEvent[], f: Filters, ctx: FilterContext, options: FilterOptions = {}): TimelineEvent[] {
  return events.filter((e) => matchesFilters(e, f, ctx, options));
}
