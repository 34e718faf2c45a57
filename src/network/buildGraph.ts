import type { Actor, TimelineEvent } from '../model/schema';

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
  /** Ids of those events, in input order. */
  eventIds: string[];
}

export interface Graph {
  /** Sorted by id. */
  nodes: GraphNode[];
  /** Sorted by key. */
  edges: GraphEdge[];
}

export interface GraphOptions {
  /** Add people who are only mentioned (as nodes without edges: they met no one in these events). */
  includeMentioned: boolean;
}

interface Tally {
  count: number;
  first: TimelineEvent;
  last: TimelineEvent;
}

function tally(map: Map<string, Tally>, id: string, e: TimelineEvent): void {
  const t = map.get(id);
  if (!t) return void map.set(id, { count: 1, first: e, last: e });
  t.count++;
  if (e.date.earliest < t.first.date.earliest) t.first = e;
  if (e.date.latest > t.last.date.latest) t.last = e;
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
): Graph {
  const participants = new Map<string, Tally>();
  const mentioned = new Map<string, Tally>();
  // Pairs are keyed by small integers while counting: string keys per pair cost too much at 100,000 events.
  const index = new Map<string, number>();
  const ids: string[] = [];
  const indexOf = (id: string) => {
    let i = index.get(id);
    if (i === undefined) index.set(id, (i = ids.push(id) - 1));
    return i;
  };
  const pairs = new Map<number, string[]>();
  const STRIDE = 1 << 20;
  for (const e of events) {
    const people = [...new Set(e.participants)];
    for (const p of people) tally(participants, p, e);
    if (options.includeMentioned) for (const m of new Set(e.mentioned)) tally(mentioned, m, e);
    const idx = people.map(indexOf);
    for (let a = 0; a < idx.length; a++) {
      for (let b = a + 1; b < idx.length; b++) {
        const i = idx[a]!;
        const j = idx[b]!;
        const key = i < j ? i * STRIDE + j : j * STRIDE + i;
        const list = pairs.get(key);
        if (list) list.push(e.id);
        else pairs.set(key, [e.id]);
      }
    }
  }
  const node = (id: string, t: Tally, mentionedOnly: boolean): GraphNode => {
    const actor = lookups.actors.get(id);
    return {
      id,
      name: actor?.name ?? id,
      country: actor?.country ?? '',
      count: t.count,
      first: t.first.date.value,
      last: t.last.date.value,
      mentionedOnly,
    };
  };
  const nodes = [...participants].map(([id, t]) => node(id, t, false));
  for (const [id, t] of mentioned) if (!participants.has(id)) nodes.push(node(id, t, true));
  nodes.sort((a, b) => compare(a.id, b.id));
  const edges: GraphEdge[] = [];
  for (const [key, eventIds] of pairs) {
    const x = ids[Math.floor(key / STRIDE)]!;
    const y = ids[key % STRIDE]!;
    const [source, target] = compare(x, y) <= 0 ? [x, y] : [y, x];
    edges.push({ key: `${source}|${target}`, source, target, weight: eventIds.length, eventIds });
  }
  edges.sort((a, b) => compare(a.key, b.key));
  return { nodes, edges };
}

/** Locale-free string order, so the graph is the same on every machine. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Returns at most `max` edges, the heaviest (ties by key), in key order. Drawing and laying out tens of
 * thousands of faint links helps no one; the strongest ones carry the picture.
 */
export function strongestEdges(edges: readonly GraphEdge[], max: number): GraphEdge[] {
  if (edges.length <= max) return [...edges];
  return [...edges]
    .sort((a, b) => b.weight - a.weight || compare(a.key, b.key))
    .slice(0, Math.max(0, max))
    .sort((a, b) => compare(a.key, b.key));
}
