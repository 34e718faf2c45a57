import { memo, type KeyboardEvent } from 'react';
import type { GraphEdge } from './buildGraph';
import type { Positions } from './layoutGraph';

interface Props {
  /** The drawn edges, in key order. */
  edges: readonly GraphEdge[];
  /** Node positions in world coordinates (the parent group applies the zoom). */
  positions: Positions;
  /** Stroke width for each edge, screen pixels. */
  widthOf: (e: GraphEdge) => number;
  /** Accessible name of each edge ("Wang Yi – Sergey Lavrov, 3 shared events"). */
  nameOf: (e: GraphEdge) => string;
  /** Edges brought forward; when `dimOthers`, the rest fade. */
  highlighted: ReadonlySet<string>;
  dimOthers: boolean;
  /** Whether edges are in the Tab order (only for graphs small enough to tab through). */
  focusable: boolean;
  onHover: (e: GraphEdge | null) => void;
  onActivate: (e: GraphEdge) => void;
}

/**
 * The links, drawn in world coordinates under one zoom transform so panning and zooming never re-render
 * them; strokes keep their screen width (non-scaling-stroke). Each link is a button that filters to the
 * events its two people share.
 */
export const NetworkEdges = memo(function NetworkEdges(props: Props) {
  const { edges, positions, highlighted, dimOthers } = props;
  const onKey = (ev: KeyboardEvent, e: GraphEdge) => {
    if (ev.key !== 'Enter' && ev.key !== ' ') return;
    ev.preventDefault();
    props.onActivate(e);
  };
  return (
    <g className="net-edges">
      {edges.map((e) => {
        const a = positions[e.source];
        const b = positions[e.target];
        if (!a || !b) return null;
        const on = highlighted.has(e.key);
        return (
          <g
            key={e.key}
            role="button"
            tabIndex={props.focusable ? 0 : -1}
            aria-label={props.nameOf(e)}
            className={`net-edge${on ? ' is-on' : ''}${dimOthers && !on ? ' is-dim' : ''}`}
            data-edge={e.key}
            onPointerEnter={() => props.onHover(e)}
            onPointerLeave={() => props.onHover(null)}
            onFocus={() => props.onHover(e)}
            onBlur={() => props.onHover(null)}
            onClick={() => props.onActivate(e)}
            onKeyDown={(ev) => onKey(ev, e)}
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
