import type { LayoutInput, Positions, Size } from './layoutGraph';

/** A layout job sent to the worker; `id` lets the page drop answers to jobs it no longer needs. */
export interface LayoutRequest {
  id: number;
  graph: LayoutInput;
  previous: Positions;
  size: Size;
}

/** The worker's answer to a LayoutRequest. */
export interface LayoutReply {
  id: number;
  positions: Positions;
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

/** Only what the layout reads, so structured cloning to the worker stays cheap. */
export function slimGraph(graph: LayoutInput): LayoutInput {
  return {
    nodes: graph.nodes.map((n) => ({ id: n.id, count: n.count })),
    edges: graph.edges.map((e) => ({ source: e.source, target: e.target, weight: e.weight })),
  };
}
