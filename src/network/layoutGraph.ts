import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import { nodeRadiusScale } from './sizes';
import { needsWorker } from './layoutMessages';

/** What the layout needs of a node: a stable id and its event count (for its size). */
export interface LayoutNode {
  id: string;
  count: number;
}
/** What the layout needs of an edge. */
export interface LayoutEdge {
  source: string;
  target: string;
  weight: number;
}
export interface LayoutInput {
  nodes: readonly LayoutNode[];
  edges: readonly LayoutEdge[];
}
export interface Point {
  x: number;
  y: number;
}
/** Node id → position in layout (world) coordinates. */
export type Positions = Record<string, Point>;
export interface Size {
  width: number;
  height: number;
}

/** Space kept free at the border of the layout box. */
export const LAYOUT_MARGIN = 40;

/** 32-bit FNV-1a hash of a string: the same id always lands in the same place. */
export function hashId(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A seeded linear congruential generator in [0, 1), so d3-force's jiggle is the same on every run. */
export function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(1664525, s) + 1013904223) >>> 0) / 4294967296);
}

/** The layout box for a graph of `n` nodes: grows with the node count so large graphs are not crushed. */
export function worldSize(n: number): Size {
  const f = Math.sqrt(Math.max(1, n / 30));
  return { width: Math.round(900 * f), height: Math.round(560 * f) };
}

/** The box a graph is laid out in (the view and the early layout must agree on it). */
export function layoutBox(graph: LayoutInput): Size {
  return worldSize(graph.nodes.length);
}

/** Where a node starts: its previous place, else near its placed neighbours, else on a ring by its id hash. */
export function seedPositions(graph: LayoutInput, previous: Positions, size: Size): Positions {
  const cx = size.width / 2;
  const cy = size.height / 2;
  const ring = Math.max(10, Math.min(size.width, size.height) / 2 - LAYOUT_MARGIN);
  const neighbours = new Map<string, string[]>();
  const add = (a: string, b: string) => {
    const list = neighbours.get(a);
    if (list) list.push(b);
    else neighbours.set(a, [b]);
  };
  for (const e of graph.edges) {
    add(e.source, e.target);
    add(e.target, e.source);
  }
  const out: Positions = {};
  for (const n of graph.nodes) {
    const h = hashId(n.id);
    const angle = (h / 4294967296) * 2 * Math.PI;
    const prev = previous[n.id];
    if (prev && Number.isFinite(prev.x) && Number.isFinite(prev.y)) {
      out[n.id] = { x: prev.x, y: prev.y };
      continue;
    }
    const placed = (neighbours.get(n.id) ?? []).map((m) => previous[m]).filter((p): p is Point => !!p);
    if (placed.length > 0) {
      const x = placed.reduce((s, p) => s + p.x, 0) / placed.length;
      const y = placed.reduce((s, p) => s + p.y, 0) / placed.length;
      out[n.id] = { x: x + 30 * Math.cos(angle), y: y + 30 * Math.sin(angle) };
      continue;
    }
    const r = ring * (0.4 + 0.6 * ((h >>> 8) % 1000) / 1000);
    out[n.id] = { x: cx + r * Math.cos(angle), y: cy + r * Math.sin(angle) };
  }
  return out;
}

interface SimNode extends SimulationNodeDatum {
  id: string;
  r: number;
}

/**
 * Returns a force-directed position for every node, inside `size` (minus a margin). Deterministic: the
 * same graph and previous positions give the same result. With previous positions the simulation starts
 * cooler, so nodes that stay keep their place and new ones settle around them.
 */
export function layoutGraph(graph: LayoutInput, previous: Positions, size: Size): Positions {
  if (graph.nodes.length === 0) return {};
  const seed = seedPositions(graph, previous, size);
  const maxCount = Math.max(1, ...graph.nodes.map((n) => n.count));
  const radius = nodeRadiusScale(maxCount);
  const nodes: SimNode[] = graph.nodes.map((n) => ({ id: n.id, r: radius(n.count), ...seed[n.id]! }));
  const known = new Set(nodes.map((n) => n.id));
  const links = graph.edges
    .filter((e) => known.has(e.source) && known.has(e.target))
    .map((e) => ({ source: e.source, target: e.target, weight: e.weight }));
  const warm = graph.nodes.some((n) => previous[n.id]);
  // Graphs large enough for the worker take cheaper steps: a coarser many-body approximation, fewer ticks
  // from scratch (as many as a warm start), and collisions only in the last third, once the layout has
  // found its shape. The first complete screen waits for this layout: for 283 people and 1,042 links, 120
  // ticks took 0.20 s where 200 took 0.34 s (Node, slow machine), with the same clusters, a mean link
  // length within 1% and no overlaps.
  const large = needsWorker(graph);
  const ticks = warm || large ? 120 : 300;
  const collideFrom = large ? Math.round((ticks * 2) / 3) : 0;
  const sim = forceSimulation<SimNode>(nodes)
    .randomSource(lcg(0x5eed))
    .force(
      'link',
      forceLink<SimNode, (typeof links)[number]>(links)
        .id((d) => d.id)
        .distance((l) => 70 + 50 / Math.sqrt(l.weight)),
    )
    .force('charge', forceManyBody<SimNode>().strength(-300).distanceMax(350).theta(large ? 1.2 : 0.9))
    .force('x', forceX<SimNode>(size.width / 2).strength(0.05))
    .force('y', forceY<SimNode>(size.height / 2).strength(0.08))
    .alpha(warm ? 0.35 : 1)
    .stop();
  // From scratch the simulation cools down within its ticks (300 ticks is d3's own rate).
  if (!warm) sim.alphaDecay(1 - Math.pow(sim.alphaMin(), 1 / ticks));
  for (let i = 0; i < ticks; i++) {
    if (i === collideFrom) sim.force('collide', forceCollide<SimNode>((d) => d.r + 8));
    sim.tick();
  }
  return fitInside(nodes, seed, size);
}

/** Scales the result down (never up) around the centre so it fits the box, then clamps; NaN falls back to the seed. */
function fitInside(nodes: readonly SimNode[], seed: Positions, size: Size): Positions {
  const m = Math.min(LAYOUT_MARGIN, size.width / 4, size.height / 4);
  const cx = size.width / 2;
  const cy = size.height / 2;
  const pts = nodes.map((n) => (Number.isFinite(n.x) && Number.isFinite(n.y) ? { x: n.x!, y: n.y! } : seed[n.id]!));
  let s = 1;
  for (const p of pts) {
    const dx = Math.abs(p.x - cx);
    const dy = Math.abs(p.y - cy);
    if (dx > 0) s = Math.min(s, (cx - m) / dx);
    if (dy > 0) s = Math.min(s, (cy - m) / dy);
  }
  const clamp = (v: number, lo: number, hi: number) => (Number.isFinite(v) ? Math.min(hi, Math.max(lo, v)) : (lo + hi) / 2);
  const out: Positions = {};
  nodes.forEach((n, i) => {
    const p = pts[i]!;
    out[n.id] = { x: clamp(cx + (p.x - cx) * s, m, size.width - m), y: clamp(cy + (p.y - cy) * s, m, size.height - m) };
  });
  return out;
}
