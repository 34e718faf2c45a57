import type { Dataset, TimelineEvent } from '../model/schema';

const cache = new WeakMap<Dataset, Map<string, TimelineEvent[]>>();

/** Article id → the events it supports, in time order (built once per dataset). */
export function eventsOfArticle(dataset: Dataset): Map<string, TimelineEvent[]> {
  let map = cache.get(dataset);
  if (map) return map;
  map = new Map();
  for (const e of dataset.events) {
    for (const s of e.sources) {
      const list = map.get(s.articleId);
      if (!list) map.set(s.articleId, [e]);
      else if (!list.includes(e)) list.push(e);
    }
  }
  for (const list of map.values()) list.sort((a, b) => a.date.earliest.localeCompare(b.date.earliest) || a.id.localeCompare(b.id));
  cache.set(dataset, map);
  return map;
}
