import type { EventType, TimelineEvent } from '../model/schema';
import type { ColorBy } from '../store/store';
import { SHAPE_OF, shapePath } from '../timeline/shapes';

/**
 * Okabe–Ito palette: distinguishable with the common colour-vision deficiencies. Colour is never the only
 * cue: type has a shape, and the legend names every colour.
 */
export const SAFE_COLORS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#56B4E9', '#F0E442', '#000000'] as const;

/** SVG path of the mark for each event type, centred on 0,0 and about `2r` wide: the timeline's own shapes. */
export function typeShapePath(type: EventType, r: number): string {
  return shapePath(SHAPE_OF[type], r);
}

/** The key an event is coloured by: its country pairing ("CN–RU") or its main topic ("none" if it has none). */
export function colorKey(event: TimelineEvent, colorBy: ColorBy, countryOf: ReadonlyMap<string, string>): string {
  if (colorBy === 'topic') return event.topics[0] ?? 'none';
  const countries = [...new Set(event.participants.map((p) => countryOf.get(p) ?? '?'))].sort();
  return countries.join('–');
}

/** Assigns a palette colour to each key, in sorted key order so the same keys always get the same colours. */
export function assignColors(keys: Iterable<string>): Map<string, string> {
  const sorted = [...new Set(keys)].sort();
  return new Map(sorted.map((k, i) => [k, SAFE_COLORS[i % SAFE_COLORS.length]!]));
}
