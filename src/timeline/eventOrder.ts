import type { TimelineEvent } from '../model/schema';
import { compareByDate } from '../model/timeOrder';

export { compareByDate } from '../model/timeOrder';

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
