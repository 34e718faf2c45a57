import type { Dataset, NetworkLayout } from '../model/schema';
import { inTimeOrder } from '../model/timeOrder';
import { emptyFilters } from '../store/filters';
import { selectVisibleEvents } from '../store/selectors';
import { layoutBox, layoutGraph, type LayoutInput, type Positions, type Size } from './layoutGraph';
import { networkModel } from './networkModel';

/**
 * The network's first layout, computed when the dataset is compiled: the first screen then shows the
 * people in place without a force layout in the browser (at 1,000 events that layout was the last thing the
 * first complete screen waited for, ~0.3 s in a worker). It is stored with a key of everything a fresh
 * layout depends on, and used only for a graph with the same key; any other graph is laid out as before.
 */

/** FNV-1a, one 32-bit number or string at a time, from two different starts (64 bits in all). */
class Fingerprint {
  private a = 0x811c9dc5;
  private b = 0x050c5d1f;
  number(n: number): void {
    this.a = Math.imul(this.a ^ n, 0x01000193);
    this.b = Math.imul(this.b ^ n, 0x01000193);
  }
  text(t: string): void {
    this.number(t.length);
    for (let i = 0; i < t.length; i++) this.number(t.charCodeAt(i));
  }
  toString(): string {
    const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
    return hex(this.a) + hex(this.b);
  }
}

/**
 * A fingerprint of what a fresh layout of `graph` in `size` depends on: the people (ids and event counts,
 * in order), the links (ends and weights, in order) and the box. Equal keys mean the same layout input.
 * Links are hashed by their people's positions in the list, not their ids: that is most of the input, and
 * this runs while the first screen renders.
 */
export function layoutKey(graph: LayoutInput, size: Size): string {
  const f = new Fingerprint();
  f.number(size.width);
  f.number(size.height);
  const at = new Map<string, number>();
  for (const n of graph.nodes) {
    at.set(n.id, at.size);
    f.text(n.id);
    f.number(n.count);
  }
  for (const e of graph.edges) {
    // A link to someone not in the list (never made by the app) still changes the key.
    const s = at.get(e.source);
    const t = at.get(e.target);
    if (s === undefined) f.text(e.source);
    else f.number(s);
    if (t === undefined) f.text(e.target);
    else f.number(t);
    f.number(e.weight);
  }
  return `v1:${graph.nodes.length}:${graph.edges.length}:${f}`;
}

/** Positions rounded to a tenth of a pixel (the stored form: a few kilobytes for a few hundred people). */
function toStored(positions: Positions): NetworkLayout['positions'] {
  const out: NetworkLayout['positions'] = {};
  for (const [id, p] of Object.entries(positions)) out[id] = [Math.round(p.x * 10) / 10, Math.round(p.y * 10) / 10];
  return out;
}

/** The layout of `graph` in its box, to store with the dataset. */
export function layoutToStore(graph: LayoutInput): NetworkLayout {
  const size = layoutBox(graph);
  return { key: layoutKey(graph, size), positions: toStored(layoutGraph(graph, {}, size)) };
}

/**
 * The layout of the network the app first shows for `dataset` (all events, nobody only mentioned), for the
 * compiler and the generator to store in the dataset; computed by the app's own path, so the graph and its
 * key are the ones the app will meet. Null when there is nobody to place.
 */
export function networkLayoutFor(dataset: Dataset): NetworkLayout | null {
  const ordered = inTimeOrder(dataset);
  const { drawn } = networkModel(selectVisibleEvents({ dataset: ordered, filters: emptyFilters() }), ordered, false);
  return drawn.nodes.length > 0 ? layoutToStore(drawn) : null;
}

/** The dataset with its network's first layout stored in it (unchanged when it has no people). */
export function withNetworkLayout<D extends Dataset>(dataset: D): D {
  const networkLayout = networkLayoutFor(dataset);
  return networkLayout ? { ...dataset, networkLayout } : dataset;
}

/** The stored positions when `stored` was made for exactly this graph and box (every person placed), else null. */
export function storedPositions(stored: NetworkLayout | undefined, graph: LayoutInput, size: Size): Positions | null {
  if (!stored || graph.nodes.length === 0 || stored.key !== layoutKey(graph, size)) return null;
  const out: Positions = {};
  for (const n of graph.nodes) {
    const p = stored.positions[n.id];
    if (!p || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) return null;
    out[n.id] = { x: p[0], y: p[1] };
  }
  return out;
}
