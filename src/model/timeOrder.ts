import type { Dataset, TimelineEvent } from './schema';

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Time order: earliest day, then latest day, then id (code-unit order). */
export function compareByDate(a: TimelineEvent, b: TimelineEvent): number {
  return cmp(a.date.earliest, b.date.earliest) || cmp(a.date.latest, b.date.latest) || cmp(a.id, b.id);
}

const checked = new WeakMap<readonly TimelineEvent[], boolean>();

/** True when `events` are already in time order (one linear pass, no allocation; remembered per array). */
export function isInTimeOrder(events: readonly TimelineEvent[]): boolean {
  let sorted = checked.get(events);
  if (sorted !== undefined) return sorted;
  sorted = true;
  for (let i = 1; i < events.length && sorted; i++) if (compareByDate(events[i - 1]!, events[i]!) > 0) sorted = false;
  checked.set(events, sorted);
  return sorted;
}

/**
 * The dataset with its events in time order (the same object when they already are). The store keeps
 * events this way, so every filtered subset comes out in time order with no sort per filter change.
 */
export function inTimeOrder(dataset: Dataset): Dataset {
  if (isInTimeOrder(dataset.events)) return dataset;
  const events = [...dataset.events].sort(compareByDate);
  checked.set(events, true);
  return { ...dataset, events };
}
