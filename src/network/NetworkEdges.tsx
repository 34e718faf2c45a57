import { memo } from 'react';
import type { GraphEdge } from './buildGraph';
import type { Positions } from './layoutGraph';

interface Props {
  /** The drawn edges, in key order. */
  edges: readonly GraphEdge[];
  /** Node positions in world coordinates (the parent group applies the zoom). */
  positions: Positions;
  /** Stroke width for each edge, screen pixels. */
  widthOf: (e: GraphEdge) => number;
  /** Edges brought forward; when `dimOthers`, the rest fade. */
  highlighted: ReadonlySet<string>;
  dimOthers: boolean;
  onHover: (e: GraphEdge | null) => void;
  onActivate: (e: GraphEdge) => void;
}

/**
 * The links as the mouse sees them, drawn in world coordinates under one zoom transform so panning and
 * zooming never re-render them; strokes keep their screen width (non-scaling-stroke). Clicking a link
 * filters to the events its two people share. Keyboard and screen readers reach links through
 * NetworkEdgeKeys, placed after the people so Tab meets the people first.
 */
export const NetworkEdges = memo(function NetworkEdges(props: Props) {
  const { edges, positions, highlighted, dimOthers } = props;
  return (
    <g className="net-edges" aria-hidden="true">
      {edges.map((e) => {
        const a = positions[e.source];
        const b = positions[e.target];
        if (!a || !b) return null;
        const on = highlighted.has(e.key);
        return (
          <g
            key={e.key}
            className={`net-edge${on ? ' is-on' : ''}${dimOthers && !on ? ' is-dim' : ''}`}
            data-edge={e.key}
            onPointerEnter={() => props.onHover(e)}
            onPointerLeave={() => props.onHover(null)}
            onClick={() => props.onActivate(e)}
          >
            <line className="net-edge-hit" x1={a.x} y1={a.y} x2={b.x} y2={b.y} vectorEffect="non-scaling-stroke" />
            <line
              className="net-edge-line"
              x1={a.x}
              y1={a.y}
              x2={b.x}
              y2={b.y}
              strokeWidth={props.widthOf(e)}
              vectorEffect="non-scaling-stroke"
            />
          </g>
        );
      })}
    </g>
  );
});
