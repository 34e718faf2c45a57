import type { Actor, TimelineEvent } from '../model/schema';
import { getPairIndex, type PairIndex, type PeopleColumn } from './pairIndex';

/** A person in the network. */
export interface GraphNode {
  id: string;
  name: string;
  /** ISO country code ('' when the actor is unknown to the dataset). */
  country: string;
  /** Visible events this person took part in (for a mentioned-only person: events that mention them). */
  count: number;
  /** Date (as written in the event: day, month or year) of the earliest and the latest of those events. */
  first: string;
  last: string;
  /** True when the person only appears as mentioned in the visible events, never as a participant. */
  mentionedOnly: boolean;
}

/** Two people who took part in the same visible events. */
export interface GraphEdge {
  /** `source|target`, with source < target by id. */
  key: string;
  source: string;
  target: string;
  /** Number of visible events the two share. */
  weight: number;
  /** Ids of those events, in input order (computed when first read). */
  eventIds: string[];
}

export interface Graph {
  /** Sorted by id. */
  nodes: GraphNode[];
  /** Sorted by source, then target (id order). */
  edges: GraphEdge[];
}

export interface GraphOptions {
  /** Add people who are only mentioned (as nodes without edges: they met no one in these events). */
  includeMentioned: boolean;
}

/**
 * The events' participants already numbered: `participants` is a facet column over a larger event array
 * (each event's distinct participant numbers), and `positions[k]` is where `events[k]` sits in it. With
 * it the graph reads small integers instead of hashing 250,000 id strings per filter change at 100k events.
 */
export interface NumberedParticipants {
  participants: PeopleColumn;
  positions: Int32Array;
  /**
   * Numbers in the order of each event's `date.earliest` and `date.latest` (such as the timeline's mark
   * start and end), by position in `events`: number comparisons instead of string comparisons.
   */
  days?: { earliest: ArrayLike<number>; latest: ArrayLike<number> };
}

/** Distinct values of a short list, without allocating when there are no repeats (the usual case). */
function distinct(list: readonly string[]): readonly string[] {
  for (let i = 1; i < list.length; i++) for (let j = 0; j < i; j++) if (list[i] === list[j]) return [...new Set(list)];
  return list;
}

/** Per-person counts while scanning; indices into the event array keep the hot loop allocation-free. */
class Tallies<Day extends string | number> {
  readonly count: number[] = [];
  readonly first: number[] = [];
  readonly last: number[] = [];
  /** The earliest and latest day seen so far (ISO days, or numbers in the same order), so a comparison reads no event. */
  readonly firstDay: Day[] = [];
  readonly lastDay: Day[] = [];
  add(i: number, ev: number, earliest: Day, latest: Day): void {
    if (this.count[i] === undefined) {
      this.count[i] = 1;
      this.first[i] = this.last[i] = ev;
      this.firstDay[i] = earliest;
      this.lastDay[i] = latest;
      return;
    }
    this.count[i]!++;
    if (earliest < this.firstDay[i]!) {
      this.first[i] = ev;
      this.firstDay[i] = earliest;
    }
    if (latest > this.lastDay[i]!) {
      this.last[i] = ev;
      this.lastDay[i] = latest;
    }
  }
}

/**
 * Returns the participant network of `events`: one node per participant, one edge per pair of people who
 * took part in the same event (a multilateral event joins all its participants pairwise), weighted by the
 * number of shared events. Mentioned-only people are added, without edges, when asked.
 */
export function buildGraph(
  events: readonly TimelineEvent[],
  lookups: { actors: ReadonlyMap<string, Actor> },
  options: GraphOptions,
  numbered?: NumberedParticipants,
): Graph {
  const days = numbered?.days && numbered.days.earliest.length === events.length ? numbered.days : null;
  if (numbered && days && numbered.positions.length === events.length && !options.includeMentioned) {
    const column = numbered.participants;
    return { nodes: numberedNodes(events, numbered.positions, column, days, lookups), edges: visiblePairs(events, numbered.positions, column, getPairIndex(column)) };
  }
  // People get small integer indices; at 100,000 events string keys per pair cost too much.
  const index = new Map<string, number>();
  const ids: string[] = [];
  const indexOf = (id: string) => {
    let i = index.get(id);
    if (i === undefined) index.set(id, (i = ids.push(id) - 1));
    return i;
  };
  const part = new Tallies<string | number>();
  const ment = new Tallies<string | number>();
  // Flat storage of each event's participant indices: offsets[ev]..offsets[ev + 1] in `flat`.
  const offsets = new Int32Array(events.length + 1);
  const flat: number[] = [];
  let occurrences = 0;
  const column = numbered && numbered.positions.length === events.length ? numbered.participants : null;
  // Column number → this graph's index (-1 until the person is first seen).
  const local = column ? new Int32Array(column.names.length).fill(-1) : null;
  for (let ev = 0; ev < events.length; ev++) {
    const e = events[ev]!;
    const earliest = days ? days.earliest[ev]! : e.date.earliest;
    const latest = days ? days.latest[ev]! : e.date.latest;
    let count = 0;
    if (column && local) {
      // Only the people here: this graph's pairs come from the column's pair index.
      const at = numbered!.positions[ev]!;
      for (let j = column.start[at]!, end = column.start[at + 1]!; j < end; j++) {
        const n = column.flat[j]!;
        let i = local[n]!;
        if (i < 0) i = local[n] = indexOf(column.names[n]!);
        part.add(i, ev, earliest, latest);
      }
    } else {
      for (const p of distinct(e.participants)) {
        const i = indexOf(p);
        flat.push(i);
        part.add(i, ev, earliest, latest);
        count++;
      }
    }
    offsets[ev + 1] = flat.length;
    occurrences += (count * (count - 1)) / 2;
    if (options.includeMentioned) for (const m of distinct(e.mentioned)) ment.add(indexOf(m), ev, earliest, latest);
  }
  const nodes = graphNodes(ids, part, ment, events, lookups);
  if (column) return { nodes, edges: visiblePairs(events, numbered!.positions, column, getPairIndex(column)) };
  // Second pass: each pair gets a slot; its events form a linked list in typed arrays (input order kept).
  const n = ids.length;
  const dense = n * n <= 4_000_000 ? new Int32Array(n * n).fill(-1) : null;
  const sparse = dense ? null : new Map<number, number>();
  const slotPairs: number[] = [];
  const head: number[] = [];
  const tail: number[] = [];
  const weights: number[] = [];
  const next = new Int32Array(occurrences).fill(-1);
  const occEvent = new Int32Array(occurrences);
  let k = 0;
  for (let ev = 0; ev < events.length; ev++) {
    const end = offsets[ev + 1]!;
    for (let a = offsets[ev]!; a < end; a++) {
      for (let b = a + 1; b < end; b++) {
        const i = Math.min(flat[a]!, flat[b]!);
        const key = i * n + Math.max(flat[a]!, flat[b]!);
        let slot = dense ? dense[key]! : (sparse!.get(key) ?? -1);
        if (slot < 0) {
          slot = slotPairs.push(key) - 1;
          if (dense) dense[key] = slot;
          else sparse!.set(key, slot);
          head.push(k);
          weights.push(0);
        } else next[tail[slot]!] = k;
        weights[slot]!++;
        tail[slot] = k;
        occEvent[k++] = ev;
      }
    }
  }
  const rank = new Int32Array(n);
  [...ids].sort(compare).forEach((id, r) => (rank[index.get(id)!] = r));
  // Sort slots by (source rank, target rank) packed into one number: typed-array sorts are fast.
  const packed = new Float64Array(slotPairs.length);
  const m = slotPairs.length;
  slotPairs.forEach((key, s) => {
    const rx = rank[Math.floor(key / n)]!;
    const ry = rank[key % n]!;
    packed[s] = (Math.min(rx, ry) * n + Math.max(rx, ry)) * m + s;
  });
  packed.sort();
  const lists = new LinkedPairEvents(events, next, occEvent);
  const byRank = new Array<string>(n);
  ids.forEach((id, i) => (byRank[rank[i]!] = id));
  const edges: GraphEdge[] = new Array(m);
  for (let o = 0; o < m; o++) {
    const v = packed[o]!;
    const s = v % m;
    const pair = (v - s) / m;
    const source = byRank[Math.floor(pair / n)]!;
    const target = byRank[pair % n]!;
    edges[o] = new SharedEdge(source, target, weights[s]!, lists, head[s]!);
  }
  return { nodes, edges };
}

/** The people of a graph as nodes, sorted by id: participants, then (when tallied) the mentioned-only. */
function graphNodes(
  ids: readonly string[],
  part: Tallies<string | number>,
  ment: Tallies<string | number>,
  events: readonly TimelineEvent[],
  lookups: { actors: ReadonlyMap<string, Actor> },
): GraphNode[] {
  const node = (i: number, t: Tallies<string | number>, mentionedOnly: boolean): GraphNode => {
    const id = ids[i]!;
    const actor = lookups.actors.get(id);
    return {
      id,
      name: actor?.name ?? id,
      country: actor?.country ?? '',
      count: t.count[i]!,
      first: events[t.first[i]!]!.date.value,
      last: events[t.last[i]!]!.date.value,
      mentionedOnly,
    };
  };
  const nodes: GraphNode[] = [];
  for (let i = 0; i < ids.length; i++) {
    if (part.count[i] !== undefined) nodes.push(node(i, part, false));
    else if (ment.count[i] !== undefined) nodes.push(node(i, ment, true));
  }
  return nodes.sort((a, b) => compare(a.id, b.id));
}

/**
 * The participants of events numbered in a column, with day numbers: typed-array tallies by column
 * number, no per-person lookups (the common case: the app's visible events without mentioned people).
 */
function numberedNodes(
  events: readonly TimelineEvent[],
  positions: Int32Array,
  column: PeopleColumn,
  days: NonNullable<NumberedParticipants['days']>,
  lookups: { actors: ReadonlyMap<string, Actor> },
): GraphNode[] {
  const people = column.names.length;
  const count = new Int32Array(people);
  const first = new Int32Array(people);
  const last = new Int32Array(people);
  const firstDay = new Float64Array(people);
  const lastDay = new Float64Array(people);
  const { start, flat } = column;
  for (let ev = 0; ev < events.length; ev++) {
    const at = positions[ev]!;
    const earliest = days.earliest[ev]!;
    const latest = days.latest[ev]!;
    for (let j = start[at]!, end = start[at + 1]!; j < end; j++) {
      const p = flat[j]!;
      if (count[p]!++ === 0) {
        first[p] = last[p] = ev;
        firstDay[p] = earliest;
        lastDay[p] = latest;
        continue;
      }
      if (earliest < firstDay[p]!) {
        first[p] = ev;
        firstDay[p] = earliest;
      }
      if (latest > lastDay[p]!) {
        last[p] = ev;
        lastDay[p] = latest;
      }
    }
  }
  const nodes: GraphNode[] = [];
  for (let p = 0; p < people; p++) {
    if (count[p] === 0) continue;
    const id = column.names[p]!;
    const actor = lookups.actors.get(id);
    nodes.push({
      id,
      name: actor?.name ?? id,
      country: actor?.country ?? '',
      count: count[p]!,
      first: events[first[p]!]!.date.value,
      last: events[last[p]!]!.date.value,
      mentionedOnly: false,
    });
  }
  return nodes.sort((a, b) => compare(a.id, b.id));
}

/**
 * The edges among events numbered in a participants column, from the column's pair index: each visible
 * event adds one to each of its pairs, and the pairs that got any become edges, already in id order.
 */
function visiblePairs(events: readonly TimelineEvent[], positions: Int32Array, column: PeopleColumn, index: PairIndex): GraphEdge[] {
  const weights = new Int32Array(index.first.length);
  const { start, pairs } = index;
  for (let ev = 0; ev < events.length; ev++) {
    const at = positions[ev]!;
    for (let j = start[at]!, end = start[at + 1]!; j < end; j++) weights[pairs[j]!]!++;
  }
  const lists = new VisiblePairEvents(events, positions, index, weights);
  const edges: GraphEdge[] = [];
  for (let p = 0; p < weights.length; p++) {
    if (weights[p]! > 0) edges.push(new SharedEdge(column.names[index.first[p]!]!, column.names[index.second[p]!]!, weights[p]!, lists, p));
  }
  return edges;
}

/** The events of each edge of one graph, by the handle the edge was given. */
interface PairEvents {
  idsOf(handle: number): string[];
}

/** Each pair's events as a linked list over the input (handle: the list's head). */
class LinkedPairEvents implements PairEvents {
  constructor(
    private readonly events: readonly TimelineEvent[],
    private readonly next: Int32Array,
    private readonly occEvent: Int32Array,
  ) {}
  idsOf(head: number): string[] {
    const list: string[] = [];
    for (let q = head; q >= 0; q = this.next[q]!) list.push(this.events[this.occEvent[q]!]!.id);
    return list;
  }
}

/** Each pair's visible events (handle: the pair's number), gathered for all pairs on the first read. */
class VisiblePairEvents implements PairEvents {
  #offsets: Int32Array | null = null;
  #list: Int32Array | null = null;
  constructor(
    private readonly events: readonly TimelineEvent[],
    private readonly positions: Int32Array,
    private readonly index: PairIndex,
    private readonly weights: Int32Array,
  ) {}
  idsOf(pair: number): string[] {
    if (!this.#offsets || !this.#list) {
      const offsets = new Int32Array(this.weights.length + 1);
      this.weights.forEach((w, p) => (offsets[p + 1] = offsets[p]! + w));
      const fill = offsets.slice(0, -1);
      const list = new Int32Array(offsets[this.weights.length]!);
      const { start, pairs } = this.index;
      for (let ev = 0; ev < this.events.length; ev++) {
        const at = this.positions[ev]!;
        for (let j = start[at]!, end = start[at + 1]!; j < end; j++) list[fill[pairs[j]!]!++] = ev;
      }
      this.#offsets = offsets;
      this.#list = list;
    }
    return Array.from(this.#list.subarray(this.#offsets[pair]!, this.#offsets[pair + 1]!), (ev) => this.events[ev]!.id);
  }
}

/**
 * An edge whose key and event id list are made on first read: at 100,000 events a filter change leaves tens
 * of thousands of links, of which only the drawn ones are asked for a key, and only tooltips ask for events.
 */
class SharedEdge implements GraphEdge {
  #ids: string[] | null = null;
  #key: string | null = null;
  constructor(
    readonly source: string,
    readonly target: string,
    readonly weight: number,
    private readonly lists: PairEvents,
    private readonly handle: number,
  ) {}
  get key(): string {
    return (this.#key ??= `${this.source}|${this.target}`);
  }
  get eventIds(): string[] {
    return (this.#ids ??= this.lists.idsOf(this.handle));
  }
}

/** Locale-free string order, so the graph is the same on every machine. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Returns at most `max` edges, the heaviest (ties: earlier in the graph's order first), in the graph's order.
 * Drawing and laying out tens of thousands of faint links helps no one; the strongest carry the picture.
 */
export function strongestEdges(edges: readonly GraphEdge[], max: number): GraphEdge[] {
  if (edges.length <= max) return [...edges];
  if (max <= 0) return [];
  let maxWeight = 0;
  let integers = true;
  for (const e of edges) {
    if (e.weight > maxWeight) maxWeight = e.weight;
    if (!Number.isInteger(e.weight) || e.weight < 0) integers = false;
  }
  if (!integers) return strongestBySorting(edges, max);
  // Weights are counts of shared events: tallying them finds the lightest weight kept without sorting
  // (at 100,000 events a filter change leaves ~24,000 links, of which 1,500 are drawn).
  const perWeight = new Int32Array(maxWeight + 1);
  for (const e of edges) perWeight[e.weight]!++;
  let threshold = maxWeight;
  let heavier = 0;
  while (heavier + perWeight[threshold]! < max) heavier += perWeight[threshold--]!;
  let ties = max - heavier;
  const kept: GraphEdge[] = [];
  for (const e of edges) {
    if (e.weight > threshold) kept.push(e);
    else if (e.weight === threshold && ties > 0) {
      kept.push(e);
      ties--;
    }
  }
  return kept;
}

/** strongestEdges for any weights (fractional ones included): positions sorted by weight, then kept in order. */
function strongestBySorting(edges: readonly GraphEdge[], max: number): GraphEdge[] {
  const heaviest = Array.from(edges.keys()).sort((a, b) => edges[b]!.weight - edges[a]!.weight || a - b);
  return heaviest
    .slice(0, max)
    .sort((a, b) => a - b)
    .map((i) => edges[i]!);
}
