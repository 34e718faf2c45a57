import type { Actor, TimelineEvent } from '../model/schema';
import type { ColorBy } from '../store/store';

/** Okabe–Ito: eight colours that stay distinct for the common colour-vision deficiencies. */
export const OKABE_ITO = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#F0E442', '#000000'] as const;
/** Colour of everything outside the named keys ("Other", "No topic"). */
export const OTHER_COLOUR = '#8c8c8c';
/** Key used for events with no topic. */
export const NO_TOPIC = '';
/** Key used for everything beyond the palette's capacity. */
export const OTHER_KEY = '\u0000other';

/** Pairings of one or two countries, kept so that 100,000 events share a few dozen strings. */
const pairs = new Map<string, Map<string, string>>();

/** The pairing of one or two countries (the same string every time). */
function pairOf(a: string, b: string): string {
  const [lo, hi] = a <= b ? [a, b] : [b, a];
  let row = pairs.get(lo);
  if (!row) pairs.set(lo, (row = new Map()));
  let key = row.get(hi);
  if (key === undefined) row.set(hi, (key = lo === hi ? lo : `${lo}–${hi}`));
  return key;
}

/** The country pairing of an event, e.g. "CN–RU": its participants' distinct countries, sorted. */
export function pairingOf(event: TimelineEvent, actors: ReadonlyMap<string, Actor>): string {
  const people = event.participants;
  if (people.length === 1 || people.length === 2) {
    // The usual case, without a set, a sort or a new string per event.
    const a = actors.get(people[0]!)?.country || '?';
    return pairOf(a, people.length === 2 ? actors.get(people[1]!)?.country || '?' : a);
  }
  const countries = new Set<string>();
  for (const p of people) countries.add(actors.get(p)?.country || '?');
  return [...countries].sort().join('–');
}

/** The colour key of an event: its pairing, or its main (first-listed) topic. */
export function colourKeyOf(event: TimelineEvent, by: ColorBy, actors: ReadonlyMap<string, Actor>): string {
  return by === 'pairing' ? pairingOf(event, actors) : (event.topics[0] ?? NO_TOPIC);
}

/** A colour scale: key → colour, and the legend's entries in order. */
export interface ColourScale {
  colourOf(key: string): string;
  entries: { key: string; colour: string }[];
}

/** Gives the most frequent keys a palette colour each (ties by name) and the rest "Other" grey. */
export function buildColourScale(keys: Iterable<string>): ColourScale {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  const ranked = [...counts.entries()]
    .filter(([k]) => k !== NO_TOPIC)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([k]) => k);
  const named = ranked.slice(0, OKABE_ITO.length - 1);
  const map = new Map<string, string>(named.map((k, i) => [k, OKABE_ITO[i]!]));
  const entries: { key: string; colour: string }[] = named.map((key) => ({ key, colour: map.get(key)! }));
  if (ranked.length > named.length) entries.push({ key: OTHER_KEY, colour: OTHER_COLOUR });
  if (counts.has(NO_TOPIC)) entries.push({ key: NO_TOPIC, colour: OTHER_COLOUR });
  return { colourOf: (k) => map.get(k) ?? OTHER_COLOUR, entries };
}

/** Participants numbered per event, as the facet index holds them (event i owns flat[start[i]..start[i+1])). */
export interface NumberedPeople {
  names: readonly string[];
  start: Int32Array;
  flat: Int32Array;
}

/**
 * pairingOf for every event of `events`, read through the participant numbers: one actor lookup per
 * person, and one key per set of countries (events of three or more people had built a set, sorted and
 * joined strings each, ~25 ms at 100,000 events); the same keys as pairingOf.
 */
export function pairingsOf(events: readonly TimelineEvent[], people: NumberedPeople, actors: ReadonlyMap<string, Actor>): string[] {
  // Countries numbered too, and each set of country numbers (a bit mask) keyed once: the loop is array reads.
  const countries: string[] = [];
  const countryNo = new Map<string, number>();
  const personCountry = Int32Array.from(people.names, (id) => {
    const c = actors.get(id)?.country || '?';
    let n = countryNo.get(c);
    if (n === undefined) countryNo.set(c, (n = countries.push(c) - 1));
    return n;
  });
  const masks = countries.length <= 30;
  const byMask = new Map<number, string>();
  const keyOf = (mask: number) => {
    let key = byMask.get(mask);
    if (key === undefined) {
      const names: string[] = [];
      for (let c = 0; c < countries.length; c++) if (mask & (1 << c)) names.push(countries[c]!);
      byMask.set(mask, (key = names.sort().join('–')));
    }
    return key;
  };
  const keys = new Array<string>(events.length);
  for (let i = 0; i < events.length; i++) {
    const from = people.start[i]!;
    const n = people.start[i + 1]! - from;
    // The numbers are distinct people: when as many as listed, no repeats or blanks need the long way.
    if (masks && n > 0 && n === events[i]!.participants.length) {
      let mask = 0;
      for (let k = from; k < from + n; k++) mask |= 1 << personCountry[people.flat[k]!]!;
      keys[i] = keyOf(mask);
    } else keys[i] = pairingOf(events[i]!, actors);
  }
  return keys;
}
