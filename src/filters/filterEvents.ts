import type { Actor, TimelineEvent } from '../model/schema';
import { gather } from '../model/subsets';
import type { Filters } from '../store/filters';
import { FACETS, facetTest, getFacetIndex } from './facetIndex';

/** Lookups that filtering needs besides the events themselves. */
export interface FilterContext {
  /** Actor id → country code, for the country filter. */
  countryOf: ReadonlyMap<string, string>;
  /** Ids of the events the full-text query matches, or null when there is no query. */
  searchMatches: ReadonlySet<string> | null;
  /**
   * The same matches by position in `events` (1 = matches), for filtering that array by position without
   * hashing 100,000 ids; used only by compileIndexed over that very array.
   */
  searchMask?: { events: readonly TimelineEvent[]; mask: Uint8Array } | null;
}

/** Builds the actor → country lookup. */
export function countryIndex(actors: readonly Actor[]): Map<string, string> {
  return new Map(actors.map((a) => [a.id, a.country]));
}

/** Options to leave one filter out, e.g. to count what each topic toggle would show. */
export interface FilterOptions {
  ignore?: ReadonlyArray<keyof Filters>;
}

type Check = (e: TimelineEvent) => boolean;

/** True when `list` has any (or, in "all" mode, every) member of `wanted`; plain loops, as this runs per event. */
function membership(wanted: readonly string[], mode: 'any' | 'all', list: (e: TimelineEvent) => readonly string[]): Check {
  if (mode === 'all') {
    return (e) => {
      const have = list(e);
      for (const w of wanted) if (!have.includes(w)) return false;
      return true;
    };
  }
  if (wanted.length === 1) {
    const only = wanted[0]!;
    return (e) => list(e).includes(only);
  }
  const set = new Set(wanted);
  return (e) => {
    for (const x of list(e)) if (set.has(x)) return true;
    return false;
  };
}

/**
 * Compiles the filters into one predicate holding only the active checks, with sets for lookups, so
 * that running it over 100,000 events costs a few milliseconds.
 */
export function compileFilters(f: Filters, ctx: FilterContext, options: FilterOptions = {}): Check {
  const on = (k: keyof Filters) => !(options.ignore ?? []).includes(k);
  const checks: Check[] = [];
  if (on('topics') && f.topics.length > 0) checks.push(membership(f.topics, f.topicMode, (e) => e.topics));
  if (on('participants') && f.participants.length > 0) checks.push(membership(f.participants, f.participantMode, (e) => e.participants));
  if (on('countries') && f.countries.length > 0) {
    const countries = new Set(f.countries);
    checks.push((e) => e.participants.some((p) => countries.has(ctx.countryOf.get(p) ?? '')));
  }
  if (on('types') && f.types.length > 0) {
    const types = new Set<string>(f.types);
    checks.push((e) => types.has(e.type));
  }
  if (on('statuses') && f.statuses.length > 0) {
    const statuses = new Set<string>(f.statuses);
    checks.push((e) => statuses.has(e.status));
  }
  // A date span overlapping the chosen range counts: an uncertain date is not excluded by a false point.
  const from = f.dateFrom;
  const to = f.dateTo;
  if (on('dateFrom') && from !== null) checks.push((e) => e.date.latest >= from);
  if (on('dateTo') && to !== null) checks.push((e) => e.date.earliest <= to);
  // Read only when the query counts: the id set may be built on demand.
  const matches = on('query') ? ctx.searchMatches : null;
  if (matches !== null) checks.push((e) => matches.has(e.id));
  const article = f.article;
  if (on('article') && article !== null) checks.push((e) => e.sources.some((s) => s.articleId === article));
  if (checks.length === 0) return () => true;
  if (checks.length === 1) return checks[0]!;
  return (e) => {
    for (const check of checks) if (!check(e)) return false;
    return true;
  };
}

/** True when `event` passes every filter (except those in `options.ignore`). */
export function matchesFilters(event: TimelineEvent, f: Filters, ctx: FilterContext, options: FilterOptions = {}): boolean {
  return compileFilters(f, ctx, options)(event);
}

/**
 * Compiles the filters into a test on positions in `events`: facet filters (topics, people, countries,
 * types, statuses) run on the array's integer facet index, the rest on the events themselves.
 */
export function compileIndexed(events: readonly TimelineEvent[], f: Filters, ctx: FilterContext, options: FilterOptions = {}): (i: number) => boolean {
  const ignore = options.ignore ?? [];
  const facets = FACETS.filter((k) => f[k].length > 0 && !ignore.includes(k));
  const byMask = !ignore.includes('query') && ctx.searchMask?.events === events ? ctx.searchMask.mask : null;
  const rest = compileFilters(f, ctx, { ignore: [...ignore, ...FACETS, ...(byMask ? (['query'] as const) : [])] });
  const index = facets.length > 0 ? getFacetIndex(events, ctx.countryOf) : null;
  const mode = (k: (typeof FACETS)[number]) => (k === 'topics' ? f.topicMode : k === 'participants' ? f.participantMode : 'any');
  const tests = index ? facets.map((k) => facetTest(index.columns[k], f[k], mode(k))) : [];
  if (byMask) tests.unshift((i) => byMask[i] === 1);
  if (tests.length === 0) return (i) => rest(events[i]!);
  return (i) => {
    for (const test of tests) if (!test(i)) return false;
    return rest(events[i]!);
  };
}

/** Positions in `events` of the events that pass the filters, ascending. */
export function filterPositions(events: readonly TimelineEvent[], f: Filters, ctx: FilterContext, options: FilterOptions = {}): Int32Array {
  const keep = compileIndexed(events, f, ctx, options);
  const out = new Int32Array(events.length);
  let n = 0;
  for (let i = 0; i < events.length; i++) if (keep(i)) out[n++] = i;
  return out.slice(0, n);
}

/** Returns the events that pass the filters, in their original order. */
export function filterEvents(events: readonly TimelineEvent[], f: Filters, ctx: FilterContext, options: FilterOptions = {}): TimelineEvent[] {
  return gather(events, filterPositions(events, f, ctx, options));
}
