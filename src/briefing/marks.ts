import type { EventType, TimelineEvent } from '../model/schema';
import type { ColorBy } from '../store/store';

/**
 * Okabe–Ito palette: distinguishable with the common colour-vision deficiencies. Colour is never the only
 * cue: type has a shape, and the legend names every colour.
 */
export const SAFE_COLORS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#56B4E9', '#F0E442', '#000000'] as const;

/** SVG path of the mark for each event type, centred on 0,0 and about `2r` wide. */
export function typeShapePath(type: EventType, r: number): string {
  const k = r * 0.866;
  switch (type) {
    case 'phone_call': // circle
      return `M${-r},0a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
    case 'video_call': // square
      return `M${-k},${-k}H${k}V${k}H${-k}Z`;
    case 'meeting': // diamond
      return `M0,${-r}L${r},0L0,${r}L${-r},0Z`;
    case 'consultation': // triangle up
      return `M0,${-r}L${k},${r / 2}L${-k},${r / 2}Z`;
    case 'visit': // triangle down
      return `M0,${r}L${k},${-r / 2}L${-k},${-r / 2}Z`;
    case 'summit': {
      // five-pointed star
      const pts: string[] = [];
      for (let i = 0; i < 10; i++) {
        const rad = i % 2 === 0 ? r * 1.15 : r * 0.5;
        const a = (Math.PI / 5) * i - Math.PI / 2;
        pts.push(`${(rad * Math.cos(a)).toFixed(2)},${(rad * Math.sin(a)).toFixed(2)}`);
      }
      return `M${pts.join('L')}Z`;
    }
  }
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
