import type { LayoutInput, Positions, Size } from './layoutGraph';

/** A layout job as the page means it: a graph, where its people are now, and the box. */
export interface LayoutJob {
  id: number;
  graph: LayoutInput;
  previous: Positions;
  size: Size;
}

/**
 * A layout job as it travels to the worker: the people's ids once, every number in typed arrays (moved, not
 * copied). Posting the graph as objects (~300 people, ~1,500 links) cost ~9 ms of structured cloning on the
 * page per filter change at 100,000 events.
 */
export interface LayoutRequest {
  id: number;
  ids: string[];
  counts: Float64Array;
  /** Links as pairs of indexes into `ids`. */
  ends: Int32Array;
  weights: Float64Array;
  /** Where each person is now, x then y by index (NaN: not placed). */
  previous: Float64Array;
  size: Size;
}

/** The worker's answer: each person's place, x then y by index into the job's `ids`. */
export interface LayoutReply {
  id: number;
  xy: Float64Array;
}

/** Packs a job for the worker (links to someone not in the graph are left out, as the layout ignores them). */
export function packJob(job: LayoutJob): { request: LayoutRequest; transfer: ArrayBuffer[] } {
  const { nodes, edges } = job.graph;
  const at = new Map<string, number>();
  const ids = nodes.map((n, i) => (at.set(n.id, i), n.id));
  const counts = Float64Array.from(nodes, (n) => n.count);
  const ends = new Int32Array(edges.length * 2);
  const weights = new Float64Array(edges.length);
  let m = 0;
  for (const e of edges) {
    const a = at.get(e.source);
    const b = at.get(e.target);
    if (a === undefined || b === undefined) continue;
    ends[2 * m] = a;
    ends[2 * m + 1] = b;
    weights[m++] = e.weight;
  }
  const previous = new Float64Array(nodes.length * 2).fill(NaN);
  nodes.forEach((n, i) => {
    const p = job.previous[n.id];
    if (p) [previous[2 * i], previous[2 * i + 1]] = [p.x, p.y];
  });
  const request = { id: job.id, ids, counts, ends: ends.slice(0, 2 * m), weights: weights.slice(0, m), previous, size: job.size };
  return { request, transfer: [request.counts.buffer, request.ends.buffer, request.weights.buffer, request.previous.buffer] };
}

/** The job a request stands for (in the worker, and in tests). */
export function unpackJob(r: LayoutRequest): LayoutJob {
  const nodes = r.ids.map((id, i) => ({ id, count: r.counts[i]! }));
  const edges = Array.from(r.weights, (weight, k) => ({ source: r.ids[r.ends[2 * k]!]!, target: r.ids[r.ends[2 * k + 1]!]!, weight }));
  const previous: Positions = {};
  r.ids.forEach((id, i) => {
    const x = r.previous[2 * i]!;
    const y = r.previous[2 * i + 1]!;
    if (!Number.isNaN(x) && !Number.isNaN(y)) previous[id] = { x, y };
  });
  return { id: r.id, graph: { nodes, edges }, previous, size: r.size };
}

/** Packs the worker's positions for the job's people (NaN for anyone it did not place). */
export function packReply(id: number, ids: readonly string[], positions: Positions): { reply: LayoutReply; transfer: ArrayBuffer[] } {
  const xy = new Float64Array(ids.length * 2).fill(NaN);
  ids.forEach((pid, i) => {
    const p = positions[pid];
    if (p) [xy[2 * i], xy[2 * i + 1]] = [p.x, p.y];
  });
  return { reply: { id, xy }, transfer: [xy.buffer] };
}

/** The positions in a reply to a job for `ids`. */
export function unpackReply(reply: LayoutReply, ids: readonly string[]): Positions {
  const out: Positions = {};
  ids.forEach((pid, i) => {
    const x = reply.xy[2 * i]!;
    const y = reply.xy[2 * i + 1]!;
    if (!Number.isNaN(x) && !Number.isNaN(y)) out[pid] = { x, y };
  });
  return out;
}

/**
 * Graphs above these sizes are laid out in a Web Worker so the page stays responsive. Lower than one might
 * expect: drawn links are capped (MAX_DRAWN_EDGES), and a few hundred nodes already cost a long frame.
 */
export const WORKER_MIN_NODES = 150;
export const WORKER_MIN_EDGES = 600;

/** True when the layout of `graph` should run off the main thread. */
export function needsWorker(graph: LayoutInput): boolean {
  return graph.nodes.length > WORKER_MIN_NODES || graph.edges.length > WORKER_MIN_EDGES;
}
