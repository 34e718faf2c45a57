import type { TimelineEvent } from '../model/schema';

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The order of selectVisibleEventsByDate: earliest day, then latest day, then id (code-unit order, as the store sorts). */
export function compareByDate(a: TimelineEvent, b: TimelineEvent): number {
  return cmp(a.date.earliest, b.date.earliest) || cmp(a.date.latest, b.date.latest) || cmp(a.id, b.id);
}

/**
 * Index of `target` in `events` (sorted by compareByDate), or -1: a binary search, so finding the selected
 * event among 100,000 needs no id → index map rebuilt on every filter change.
 */
export function indexOfEvent(events: readonly TimelineEvent[], target: TimelineEvent | null | undefined): number {
  if (!target) return -1;
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareByDate(events[mid]!, target) < 0) lo = mid + 1;
    else hi = mid;
  }
  return events[lo]?.id === target.id ? lo : -1;
}
