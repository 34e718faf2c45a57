import { useMemo } from 'react';
import type { Actor, TimelineEvent } from '../model/schema';
import { useExplorer, type ColorBy, type TimeWindow } from '../store/store';
import { getCountryOf, selectEventById, selectLookups, selectVisibleEventsByDate } from '../store/selectors';
import { indexOfEvent } from './eventOrder';
import { buildEntries, type LaneEntries, type LaneGroup } from './items';
import { buildColourScale, colourKeyOf, pairingsOf, type ColourScale, type NumberedPeople } from './palette';
import { getFacetIndex } from '../filters/facetIndex';
import { gather, subsetOf } from '../model/subsets';
import { fitWindow } from './timeScale';

/** What the timeline's parts share: visible events in time order, their lane entries, colours and the window. */
export interface TimelineModel {
  events: TimelineEvent[];
  entries: LaneEntries;
  groups: LaneGroup[];
  /** Index in `events` of an event id, or -1 (a binary search). */
  indexOf(id: string | null): number;
  colours: ColourScale;
  /** The colour key of each of `events`, by index. */
  colourKeys: readonly string[];
  /** The window on screen: the store's, or the fit of the visible events when it is null. */
  window: TimeWindow;
  /** The window that fits the visible events. */
  fit: TimeWindow;
}

/** [earliest start, latest end] of lane entries (in time order), or null for none. */
export function extentOf(entries: LaneEntries): [number, number] | null {
  if (entries.length === 0) return null;
  let max = -Infinity;
  const { end } = entries;
  for (let i = 0; i < entries.length; i++) if (end[i]! > max) max = end[i]!;
  return [entries.start[0]!, max];
}

const keysFor = new WeakMap<readonly TimelineEvent[], { actors: ReadonlyMap<string, Actor>; by: ColorBy; keys: readonly string[] }>();

/**
 * The colour key of every event of an array, by position, computed once per array and colour choice; a
 * filtered subset gathers them from its dataset's instead of pairing countries again on every change.
 */
/** `numbered`: the participants of an event array (`of`) as numbered by its facet index; used for that very array. */
export function colourKeys(
  events: readonly TimelineEvent[],
  by: ColorBy,
  actors: ReadonlyMap<string, Actor>,
  numbered?: { of: readonly TimelineEvent[]; people: NumberedPeople },
): readonly string[] {
  const hit = keysFor.get(events);
  if (hit && hit.actors === actors && hit.by === by) return hit.keys;
  const from = subsetOf(events);
  let keys: string[];
  if (from && from.whole !== events) {
    const whole = colourKeys(from.whole, by, actors, numbered);
    keys = gather(whole, from.positions);
  } else if (by === 'pairing' && numbered?.of === events) keys = pairingsOf(events, numbered.people, actors);
  else keys = events.map((e) => colourKeyOf(e, by, actors));
  keysFor.set(events, { actors, by, keys });
  return keys;
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
  // The facet index has numbered every event's participants already: pairings read those numbers.
  const numbered = useMemo(
    () => (dataset ? { of: dataset.events, people: getFacetIndex(dataset.events, getCountryOf(dataset)).columns.participants } : undefined),
    [dataset],
  );
  const keys = useMemo(() => colourKeys(events, colorBy, actors, numbered), [events, colorBy, actors, numbered]);
  // Colours come from the whole dataset, so a filter change never repaints the same pairing differently.
  const colours = useMemo(() => buildColourScale(dataset ? colourKeys(dataset.events, colorBy, actors, numbered) : []), [dataset, colorBy, actors, numbered]);
  const fit = useMemo(() => fitWindow(extentOf(entries)), [entries]);
  return { events, entries, groups, indexOf, colours, colourKeys: keys, window: stored ?? fit, fit };
}
