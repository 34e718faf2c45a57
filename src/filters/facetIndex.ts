import type { TimelineEvent } from '../model/schema';

/** The filter groups shown as lists with counts. */
export const FACETS = ['topics', 'participants', 'countries', 'types', 'statuses'] as const;
export type Facet = (typeof FACETS)[number];

/** One facet's values for every event, as small integers in one flat array (event i owns flat[start[i]..start[i+1])). */
export interface FacetColumn {
  numbers: Map<string, number>;
  names: string[];
  start: Int32Array;
  flat: Int32Array;
}

/** Every event's facet values as integers: filtering and counting become array arithmetic, not string compares. */
export interface FacetIndex {
  countryOf: ReadonlyMap<string, string>;
  columns: Record<Facet, FacetColumn>;
}

/** Builds one facet column event by event: values get numbers on first sight, repeats within an event are dropped. */
class ColumnBuilder {
  readonly numbers = new Map<string, number>();
  readonly names: string[] = [];
  readonly start: Int32Array;
  private flat: Int32Array;
  private size = 0;
  private from = 0;
  private event = 0;
  constructor(events: number) {
    this.start = new Int32Array(events + 1);
    this.flat = new Int32Array(Math.max(16, events * 2));
  }
  /** The number of a value, given it on first sight. */
  numberOf(id: string): number {
    let n = this.numbers.get(id);
    if (n === undefined) {
      this.numbers.set(id, (n = this.names.length));
      this.names.push(id);
    }
    return n;
  }
  /** Adds a value number to the current event (once). */
  add(n: number): void {
    for (let j = this.from; j < this.size; j++) if (this.flat[j] === n) return;
    if (this.size === this.flat.length) {
      const grown = new Int32Array(this.flat.length * 2);
      grown.set(this.flat);
      this.flat = grown;
    }
    this.flat[this.size++] = n;
  }
  /** Closes the current event and opens the next. */
  next(): void {
    this.start[++this.event] = this.size;
    this.from = this.size;
  }
  finish(): FacetColumn {
    return { numbers: this.numbers, names: this.names, start: this.start, flat: this.flat.slice(0, this.size) };
  }
}

/**
 * All facet columns in one pass over the events, without per-event arrays or callbacks (this reads 500,000
 * values at 100k events). Countries come from the participants' numbers: one lookup per person, not per
 * appearance.
 */
function buildColumns(events: readonly TimelineEvent[], countryOf: ReadonlyMap<string, string>): Record<Facet, FacetColumn> {
  const n = events.length;
  const topics = new ColumnBuilder(n);
  const participants = new ColumnBuilder(n);
  const countries = new ColumnBuilder(n);
  const types = new ColumnBuilder(n);
  const statuses = new ColumnBuilder(n);
  // Participant number → country number (-1: not yet looked up; -2: no country).
  let countryNo = new Int32Array(64).fill(-1);
  for (let i = 0; i < n; i++) {
    const e = events[i]!;
    for (const t of e.topics) if (t !== '') topics.add(topics.numberOf(t));
    for (const p of e.participants) {
      if (p === '') continue;
      const pn = participants.numberOf(p);
      participants.add(pn);
      if (pn >= countryNo.length) {
        const grown = new Int32Array(countryNo.length * 2).fill(-1);
        grown.set(countryNo);
        countryNo = grown;
      }
      let cn = countryNo[pn]!;
      if (cn === -1) {
        const c = countryOf.get(p) ?? '';
        cn = countryNo[pn] = c === '' ? -2 : countries.numberOf(c);
      }
      if (cn >= 0) countries.add(cn);
    }
    types.add(types.numberOf(e.type));
    statuses.add(statuses.numberOf(e.status));
    topics.next();
    participants.next();
    countries.next();
    types.next();
    statuses.next();
  }
  return { topics: topics.finish(), participants: participants.finish(), countries: countries.finish(), types: types.finish(), statuses: statuses.finish() };
}

const indexes = new WeakMap<readonly TimelineEvent[], FacetIndex>();

/** The facet index of an event array, built once and kept while the array lives. */
export function getFacetIndex(events: readonly TimelineEvent[], countryOf: ReadonlyMap<string, string>): FacetIndex {
  const cached = indexes.get(events);
  if (cached && cached.countryOf === countryOf) return cached;
  const index = { countryOf, columns: buildColumns(events, countryOf) };
  indexes.set(events, index);
  return index;
}

/** A test on event numbers: has any (or, in "all" mode, every) one of `wanted` in this facet. */
export function facetTest(column: FacetColumn, wanted: readonly string[], mode: 'any' | 'all'): (i: number) => boolean {
  const nums = wanted.map((w) => column.numbers.get(w));
  const { start, flat } = column;
  if (mode === 'all') {
    // A value no event has can never be matched by all.
    if (nums.some((n) => n === undefined)) return () => false;
    const need = new Set(nums as number[]);
    return (i) => {
      let found = 0;
      for (let j = start[i]!, end = start[i + 1]!; j < end; j++) if (need.has(flat[j]!)) found++;
      return found === need.size;
    };
  }
  const mask = new Uint8Array(column.names.length);
  for (const n of nums) if (n !== undefined) mask[n] = 1;
  return (i) => {
    for (let j = start[i]!, end = start[i + 1]!; j < end; j++) if (mask[flat[j]!]) return true;
    return false;
  };
}
