import type { TimelineEvent } from '../model/schema';
import type { LaneBy } from '../store/store';
import { TYPES_IN_ORDER } from './shapes';
import { DAY, isoToMs } from './timeScale';
import { subsetOf } from '../model/subsets';
import { compareText } from '../i18n/compareText';

/**
 * The marks to place, as columns (one row per mark, in order of start): typed arrays, not an object per
 * mark, so a filter change at 100,000 events allocates a few arrays instead of 100,000 objects for the
 * garbage collector to trace and move.
 */
export interface LaneEntries {
  readonly length: number;
  /** Index into the visible events (in time order) of each mark's event. */
  readonly item: Int32Array;
  /** Epoch ms where the mark starts (noon of the earliest day, so a point sits mid-day). */
  readonly start: Float64Array;
  /** Epoch ms where it ends: equal to `start` for a certain date, noon of the latest day for a span. */
  readonly end: Float64Array;
  /** Index of the swimlane (0 without lanes). */
  readonly group: Uint8Array;
}

/** One mark as a plain object (for tests and small callers). */
export interface LaneEntry {
  item: number;
  start: number;
  end: number;
  group: number;
}

/** Columns from marks given one by one (sorted by start); `item` defaults to the mark's position. */
export function laneEntries(rows: ReadonlyArray<Omit<LaneEntry, 'item'> & { item?: number }>): LaneEntries {
  return {
    length: rows.length,
    item: Int32Array.from(rows, (r, i) => r.item ?? i),
    start: Float64Array.from(rows, (r) => r.start),
    end: Float64Array.from(rows, (r) => r.end),
    group: Uint8Array.from(rows, (r) => r.group),
  };
}

/** Every mark of `entries` as an object (for tests and reading). */
export function entryRows(entries: LaneEntries): LaneEntry[] {
  return Array.from({ length: entries.length }, (_, i) => ({ item: entries.item[i]!, start: entries.start[i]!, end: entries.end[i]!, group: entries.group[i]! }));
}

/** A swimlane: what it collects (`kind` + `key`) for the label. */
export interface LaneGroup {
  kind: 'all' | 'type' | 'participant' | 'topic' | 'other' | 'none';
  key: string;
  count: number;
}

/** Most swimlanes shown; the rest share one "Other" lane so the chart stays readable. */
export const MAX_GROUPS = 10;

/** Epoch ms where an event's mark starts: noon of its earliest day. */
export function startOf(e: TimelineEvent): number {
  return isoToMs(e.date.earliest) + DAY / 2;
}

/** Epoch ms where an event's mark ends: its start for a certain date, noon of the latest day for a span. */
export function endOf(e: TimelineEvent): number {
  return endAfter(e, startOf(e));
}

/** The end of an event's mark, given its start. */
function endAfter(e: TimelineEvent, start: number): number {
  return e.date.latest === e.date.earliest ? start : Math.max(start, isoToMs(e.date.latest) + DAY / 2);
}

/** Every event's mark start and end (epoch ms), by position in an event array, with their overall extent. */
export interface EventTimes {
  start: Float64Array;
  end: Float64Array;
  /** [earliest start, latest end], or null for no events. */
  extent: [number, number] | null;
}

const timesFor = new WeakMap<readonly TimelineEvent[], EventTimes>();

/**
 * The start and end of every event of `events`, computed once per array: the timeline's marks and the
 * overview's density both read them, so a filter change parses each date once, not once per view.
 */
export function eventTimes(events: readonly TimelineEvent[]): EventTimes {
  let t = timesFor.get(events);
  if (t) return t;
  const start = new Float64Array(events.length);
  const end = new Float64Array(events.length);
  // A filtered subset gathers from the times of the events it was taken from (dates parsed once per dataset).
  const from = subsetOf(events);
  const whole = from && from.whole !== events ? eventTimes(from.whole) : null;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < events.length; i++) {
    let a: number;
    let b: number;
    if (whole) {
      const at = from!.positions[i]!;
      a = whole.start[at]!;
      b = whole.end[at]!;
    } else {
      a = startOf(events[i]!);
      b = endAfter(events[i]!, a);
    }
    start[i] = a;
    end[i] = b;
    if (a < min) min = a;
    if (b > max) max = b;
  }
  t = { start, end, extent: events.length > 0 ? [min, max] : null };
  timesFor.set(events, t);
  return t;
}

/** [start, end] in epoch ms of an event's mark. */
export function timesOf(e: TimelineEvent): [number, number] {
  return [startOf(e), endOf(e)];
}

const ALL = ['*'];
const NO_TOPIC_KEYS = [''];
function keysOf(e: TimelineEvent, by: LaneBy): readonly string[] {
  if (by === 'none') return ALL;
  if (by === 'type') return [e.type];
  if (by === 'participant') return e.participants;
  return e.topics.length ? e.topics : NO_TOPIC_KEYS;
}

/**
 * Marks for the events (already in time order) split into swimlanes. An event with two participants
 * (or topics) appears in both lanes: each person's row then tells their full story.
 */
export function buildEntries(events: readonly TimelineEvent[], by: LaneBy): { entries: LaneEntries; groups: LaneGroup[] } {
  const counts = new Map<string, number>();
  // Marks at most: one per key of each event (one per event without lanes).
  let capacity = events.length;
  if (by === 'none') counts.set('*', events.length);
  else {
    capacity = 0;
    for (const e of events) {
      const keys = keysOf(e, by);
      capacity += keys.length;
      for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  let ranked: string[];
  if (by === 'type') ranked = TYPES_IN_ORDER.filter((t) => counts.has(t));
  else ranked = [...counts.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : counts.get(b)! - counts.get(a)! || compareText(a, b)));
  const kind: LaneGroup['kind'] = by === 'none' ? 'all' : by;
  const keep = ranked.length > MAX_GROUPS ? ranked.slice(0, MAX_GROUPS - 1) : ranked;
  const groups: LaneGroup[] = keep.map((key) => ({ kind: key === '' ? 'none' : kind, key, count: counts.get(key)! }));
  const index = new Map(keep.map((k, i) => [k, i]));
  const otherIndex = keep.length < ranked.length ? groups.push({ kind: 'other', key: '', count: 0 }) - 1 : -1;
  const times = eventTimes(events);
  if (by === 'none') {
    // One mark per event: the times are the events' own, and only the item numbers are made.
    const item = new Int32Array(events.length);
    for (let i = 0; i < item.length; i++) item[i] = i;
    return { entries: { length: events.length, item, start: times.start, end: times.end, group: new Uint8Array(events.length) }, groups };
  }
  const item = new Int32Array(capacity);
  const start = new Float64Array(capacity);
  const end = new Float64Array(capacity);
  const group = new Uint8Array(capacity);
  let m = 0;
  const add = (i: number, g: number) => {
    item[m] = i;
    start[m] = times.start[i]!;
    end[m] = times.end[i]!;
    group[m++] = g;
  };
  for (let i = 0; i < events.length; i++) {
    let inOther = false;
    for (const k of keysOf(events[i]!, by)) {
      const g = index.get(k);
      if (g !== undefined) add(i, g);
      else if (!inOther) {
        // One "Other" mark per event, however many of its participants fall outside the named lanes.
        inOther = true;
        groups[otherIndex]!.count++;
        add(i, otherIndex);
      }
    }
  }
  return { entries: { length: m, item: item.subarray(0, m), start: start.subarray(0, m), end: end.subarray(0, m), group: group.subarray(0, m) }, groups };
}
