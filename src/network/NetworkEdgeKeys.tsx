import { memo, type KeyboardEvent } from 'react';
import type { GraphEdge } from './buildGraph';
import type { Positions } from './layoutGraph';

interface Props {
  edges: readonly GraphEdge[];
  /** World positions, drawn at world × k (the parent translates for panning). */
  positions: Positions;
  k: number;
  /** Accessible name of each link ("Wang Yi – Sergey Lavrov, 3 shared events"). */
  nameOf: (e: GraphEdge) => string;
  onHover: (e: GraphEdge | null) => void;
  onActivate: (e: GraphEdge) => void;
}

/**
 * The links as keyboard and screen-reader buttons, after the people in the Tab order: Enter or Space filters
 * to the events the two share; the focused link is drawn in the focus colour. The pointer never hits these
 * (the drawn links below take the mouse).
 */
export const NetworkEdgeKeys = memo(function NetworkEdgeKeys({ edges, positions, k, nameOf, onHover, onActivate }: Props) {
  const onKey = (ev: KeyboardEvent, e: GraphEdge) => {
    if (ev.key !== 'Enter' && ev.key !== ' ') return;
    ev.preventDefault();
    onActivate(e);
  };
  return (
    <g className="net-edge-keys">
      {edges.map((e) => {
        const a = positions[e.source];
        const b = positions[e.target];
        if (!a || !b) return null;
        return (
          <g
            key={e.key}
            role="button"
            tabIndex={0}
            aria-label={nameOf(e)}
            className="net-edge-key"
            onFocus={() => onHover(e)}
            onBlur={() => onHover(null)}
            onClick={() => onActivate(e)}
            onKeyDown={(ev) => onKey(ev, e)}
          >
            <line x1={a.x * k} y1={a.y * k} x2={b.x * k} y2={b.y * k} />
          </g>
        );
      })}
    </g>
  );
});
