/** Stable event ids: a hash of date, type and sorted participants, independent of file order. */
import type { TimelineEvent } from '../model/schema';
import type { DraftEvent } from './types';

/** 32-bit FNV-1a of a string, as 8 hex digits. */
export function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The identity of an event: what it is, when, and who took part. */
export function eventKey(e: Pick<DraftEvent, 'date' | 'type' | 'participants'>): string {
  return `${e.date.value}|${e.type}|${[...e.participants].sort().join(',')}`;
}

/** Give every event an id "e-<hash>" (same order as given); events with the same key get "-2", "-3" in order of their first source. */
export function assignIds(events: DraftEvent[]): TimelineEvent[] {
  const firstSource = (e: DraftEvent) => e.sources.map((s) => s.articleId).sort()[0] ?? '';
  const keys = events.map(eventKey);
  const order = events.map((_, i) => i).sort((i, j) => keys[i]!.localeCompare(keys[j]!) || firstSource(events[i]!).localeCompare(firstSource(events[j]!)) || events[i]!.summary.localeCompare(events[j]!.summary));
  const ids: string[] = [];
  const count = new Map<string, number>();
  for (const i of order) {
    const base = `e-${fnv1a(keys[i]!)}`;
    const n = (count.get(base) ?? 0) + 1;
    count.set(base, n);
    ids[i] = n === 1 ? base : `${base}-${n}`;
  }
  return events.map((e, i) => ({ ...e, id: ids[i]!, corrections: [] }));
}
