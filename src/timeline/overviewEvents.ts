import type { Dataset, TimelineEvent } from '../model/schema';
import type { Filters } from '../store/filters';
import type { ExplorerState } from '../store/store';
import { filterEvents } from '../filters/filterEvents';
import { filterContext, selectVisibleEvents } from '../store/selectors';
import { eventTimes } from './items';

let last: { dataset: Dataset | null; filters: Filters; visible: TimelineEvent[]; result: TimelineEvent[] } | null = null;

/**
 * The events the overview shows: every filter but the date range applies, so the brush's context does not
 * shrink to the brush itself. Without a date range these are just the visible events.
 */
export function selectOverviewEvents(s: Pick<ExplorerState, 'dataset' | 'filters'>): TimelineEvent[] {
  const visible = selectVisibleEvents(s);
  if (last && last.dataset === s.dataset && last.filters === s.filters && last.visible === visible) return last.result;
  let result = visible;
  if (s.dataset && (s.filters.dateFrom !== null || s.filters.dateTo !== null)) {
    const ctx = filterContext(s.dataset, s.filters.query);
    result = filterEvents(s.dataset.events, s.filters, ctx, { ignore: ['dateFrom', 'dateTo'] });
  }
  last = { dataset: s.dataset, filters: s.filters, visible, result };
  return result;
}

/** [earliest start, latest end] over events in any order, or null for none. */
export function extentAnyOrder(events: readonly TimelineEvent[]): [number, number] | null {
  return eventTimes(events).extent;
}
