import type { Graph, GraphEdge } from './buildGraph';

/** Why a node stands out: the hovered person, one of their neighbours, or a participant of the hovered event. */
export type NodeMark = 'hovered' | 'neighbour' | 'event';

export interface Highlight {
  /** Marked nodes; when `active`, the unmarked ones are dimmed. */
  nodes: Map<string, NodeMark>;
  /** Keys of the edges to bring forward. */
  edges: Set<string>;
  active: boolean;
  /** Participants of the selected event (kept highlighted while it stays selected). */
  selected: Set<string>;
}

export interface HighlightInput {
  hoveredActorId: string | null;
  /** Participants (and shown mentioned people) of the hovered event. */
  hoveredEventPeople: readonly string[] | null;
  selectedEventPeople: readonly string[] | null;
  hoveredEdge: GraphEdge | null;
}

/** Returns what to highlight for the current hover and selection; hovering an edge marks its two ends. */
export function highlightFor(graph: Graph, input: HighlightInput): Highlight {
  const nodes = new Map<string, NodeMark>();
  const edges = new Set<string>();
  const inGraph = new Set(graph.nodes.map((n) => n.id));
  const { hoveredActorId: a, hoveredEventPeople, hoveredEdge } = input;
  if (a && inGraph.has(a)) {
    nodes.set(a, 'hovered');
    for (const e of graph.edges) {
      if (e.source !== a && e.target !== a) continue;
      edges.add(e.key);
      nodes.set(e.source === a ? e.target : e.source, 'neighbour');
    }
  } else if (hoveredEdge) {
    edges.add(hoveredEdge.key);
    nodes.set(hoveredEdge.source, 'neighbour').set(hoveredEdge.target, 'neighbour');
  } else if (hoveredEventPeople) {
    const people = new Set(hoveredEventPeople.filter((p) => inGraph.has(p)));
    for (const p of people) nodes.set(p, 'event');
    for (const e of graph.edges) if (people.has(e.source) && people.has(e.target)) edges.add(e.key);
  }
  const selected = new Set((input.selectedEventPeople ?? []).filter((p) => inGraph.has(p)));
  return { nodes, edges, active: nodes.size > 0, selected };
}
