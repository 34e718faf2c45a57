import type { TimelineEvent } from '../model/schema';
import type { LaneBy } from '../store/store';
import { TYPES_IN_ORDER } from './shapes';
import { DAY, isoToMs } from './timeScale';
import { subsetOf } from '../model/subsets';
import { compareText } from '../i18n/compareText';

/** One mark to place: which visible event (index in time order), its time extent, and its swimlane. */
export interface LaneEntry {
  /** Index into the visible events in time order. */
  item: number;
  /** Epoch ms where the mark starts (noon of the earliest day, so a point sits mid-day). */
  start: number;
  /** Epoch ms where it ends: equal to `start` for a certain date, noon of the latest day for a span. */
  end: number;
  /** Index of the swimlane (0 without lanes). */
  group: number;
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
export function buildEntries(events: readonly TimelineEvent[], by: LaneBy): { entries: LaneEntry[]; groups: LaneGroup[] } {
  const counts = new Map<string, number>();
  if (by === 'none') counts.set('*', events.length);
  else for (const e of events) for (const k of keysOf(e, by)) counts.set(k, (counts.get(k) ?? 0) + 1);
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
    // One mark per event: the array is sized once (growing it by push copied it ~20 times at 100k).
    const all = new Array<LaneEntry>(events.length);
    for (let item = 0; item < events.length; item++) all[item] = { item, start: times.start[item]!, end: times.end[item]!, group: 0 };
    return { entries: all, groups };
  }
  const entries: LaneEntry[] = [];
  events.forEach((e, item) => {
    const start = times.start[item]!;
    const end = times.end[item]!;
    let inOther = false;
    for (const k of keysOf(e, by)) {
      const g = index.get(k);
      if (g !== undefined) entries.push({ item, start, end, group: g });
      else if (!inOther) {
        // One "Other" mark per event, however many of its participants fall outside the named lanes.
        inOther = true;
        groups[otherIndex]!.count++;
        entries.push({ item, start, end, group: otherIndex });
      }
    }
  });
  return { entries, groups };
}
