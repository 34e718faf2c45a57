import { useMemo } from 'react';
import type { Actor, TimelineEvent } from '../model/schema';
import { useExplorer, type ColorBy, type TimeWindow } from '../store/store';
import { selectEventById, selectLookups, selectVisibleEventsByDate } from '../store/selectors';
import { indexOfEvent } from './eventOrder';
import { buildEntries, type LaneEntry, type LaneGroup } from './items';
import { buildColourScale, colourKeyOf, type ColourScale } from './palette';
import { fitWindow } from './timeScale';

/** What the timeline's parts share: visible events in time order, their lane entries, colours and the window. */
export interface TimelineModel {
  events: TimelineEvent[];
  entries: LaneEntry[];
  groups: LaneGroup[];
  /** Index in `events` of an event id, or -1 (a binary search). */
  indexOf(id: string | null): number;
  colours: ColourScale;
  colourKey(e: TimelineEvent): string;
  /** The window on screen: the store's, or the fit of the visible events when it is null. */
  window: TimeWindow;
  /** The window that fits the visible events. */
  fit: TimeWindow;
}

/** [earliest start, latest end] of lane entries (in time order), or null for none. */
export function extentOf(entries: readonly LaneEntry[]): [number, number] | null {
  if (entries.length === 0) return null;
  let max = -Infinity;
  for (const e of entries) if (e.end > max) max = e.end;
  return [entries[0]!.start, max];
}

const keyCache = new WeakMap<ReadonlyMap<string, Actor>, Map<ColorBy, WeakMap<TimelineEvent, string>>>();
/** The colour key of an event, cached per event (the pairing needs a set and a sort each time). */
function cachedKeyFn(actors: ReadonlyMap<string, Actor>, by: ColorBy): (e: TimelineEvent) => string {
  let perBy = keyCache.get(actors);
  if (!perBy) keyCache.set(actors, (perBy = new Map()));
  let cache = perBy.get(by);
  if (!cache) perBy.set(by, (cache = new WeakMap()));
  const c = cache;
  return (e) => {
    let k = c.get(e);
    if (k === undefined) c.set(e, (k = colourKeyOf(e, by, actors)));
    return k;
  };
}

/** Derives the timeline's shared model from the store (each piece memoized on its own inputs). */
export function useTimelineModel(): TimelineModel {
  const events = useExplorer(selectVisibleEventsByDate);
  const laneBy = useExplorer((s) => s.laneBy);
  const colorBy = useExplorer((s) => s.colorBy);
  const dataset = useExplorer((s) => s.dataset);
  const stored = useExplorer((s) => s.window);
  const { actors } = useExplorer(selectLookups);
  const { entries, groups } = useMemo(() => buildEntries(events, laneBy), [events, laneBy]);
  const byId = useExplorer(selectEventById);
  const indexOf = useMemo(() => (id: string | null) => (id === null ? -1 : indexOfEvent(events, byId.get(id))), [events, byId]);
  const colourKey = useMemo(() => cachedKeyFn(actors, colorBy), [actors, colorBy]);
  // Colours come from the whole dataset, so a filter change never repaints the same pairing differently.
  const colours = useMemo(() => buildColourScale((dataset?.events ?? []).map(colourKey)), [dataset, colourKey]);
  const fit = useMemo(() => fitWindow(extentOf(entries)), [entries]);
  return { events, entries, groups, indexOf, colours, colourKey, window: stored ?? fit, fit };
}
