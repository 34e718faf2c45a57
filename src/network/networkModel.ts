import type { Dataset, TimelineEvent } from '../model/schema';
import { getCountryOf, positionsInDataset, selectLookups } from '../store/selectors';
import { getFacetIndex } from '../filters/facetIndex';
import { eventTimes } from '../timeline/items';
import { buildGraph, strongestEdges, type Graph, type GraphEdge, type GraphNode } from './buildGraph';

/** Most links drawn (and laid out) at once; the rest are the weakest and are named in the legend. */
export const MAX_DRAWN_EDGES = 1500;

/** The graph of some events, and the part of it that is drawn (every person, the strongest links). */
export interface NetworkModel {
  graph: Graph;
  drawn: { nodes: GraphNode[]; edges: GraphEdge[] };
}

interface Cached {
  dataset: Dataset | null;
  includeMentioned: boolean;
  model: NetworkModel;
}
const cache = new WeakMap<readonly TimelineEvent[], Cached>();

/**
 * The network of `events` (the visible events of `dataset`), remembered per events array: the view and
 * the early layout (see earlyLayout) then share the very same `drawn` object.
 */
export function networkModel(events: readonly TimelineEvent[], dataset: Dataset | null, includeMentioned: boolean): NetworkModel {
  const hit = cache.get(events);
  if (hit && hit.dataset === dataset && hit.includeMentioned === includeMentioned) return hit.model;
  const lookups = selectLookups({ dataset });
  const positions = positionsInDataset(events);
  // Mark start and end are noon of the earliest and latest day: the same order as the ISO days, as numbers.
  const times = eventTimes(events);
  const numbered =
    dataset && positions
      ? { participants: getFacetIndex(dataset.events, getCountryOf(dataset)).columns.participants, positions, days: { earliest: times.start, latest: times.end } }
      : undefined;
  const graph = buildGraph(events, lookups, { includeMentioned }, numbered);
  const model = { graph, drawn: { nodes: graph.nodes, edges: strongestEdges(graph.edges, MAX_DRAWN_EDGES) } };
  cache.set(events, { dataset, includeMentioned, model });
  return model;
}
