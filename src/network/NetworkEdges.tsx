import { memo, useMemo, useRef, type MouseEvent, type PointerEvent } from 'react';
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

/** One link: only its own numbers as props, so a hover or a moved node re-renders the links it touches, not all. */
const Edge = memo(function Edge(p: { id: string; x1: number; y1: number; x2: number; y2: number; width: number; on: boolean; dim: boolean }) {
  return (
    <g className={`net-edge${p.on ? ' is-on' : ''}${p.dim ? ' is-dim' : ''}`} data-edge={p.id}>
      <line className="net-edge-hit" x1={p.x1} y1={p.y1} x2={p.x2} y2={p.y2} vectorEffect="non-scaling-stroke" />
      <line className="net-edge-line" x1={p.x1} y1={p.y1} x2={p.x2} y2={p.y2} strokeWidth={p.width} vectorEffect="non-scaling-stroke" />
    </g>
  );
});

/**
 * The links as the mouse sees them, drawn in world coordinates under one zoom transform so panning and
 * zooming never re-render them; strokes keep their screen width (non-scaling-stroke). Clicking a link
 * filters to the events its two people share. Keyboard and screen readers reach links through
 * NetworkEdgeKeys, placed after the people so Tab meets the people first. Pointer handlers sit once on the
 * group and find the link by its `data-edge` key (no three closures per link at 1,500 links).
 */
export const NetworkEdges = memo(function NetworkEdges(props: Props) {
  const { edges, positions, highlighted, dimOthers, onHover, onActivate } = props;
  const byKey = useMemo(() => new Map(edges.map((e) => [e.key, e])), [edges]);
  const edgeAt = (target: EventTarget) => {
    const key = target instanceof Element ? target.closest('[data-edge]')?.getAttribute('data-edge') : null;
    return key ? byKey.get(key) : undefined;
  };
  const current = useRef<string | null>(null);
  const over = (ev: PointerEvent) => {
    const e = edgeAt(ev.target);
    if ((e?.key ?? null) === current.current) return;
    current.current = e?.key ?? null;
    onHover(e ?? null);
  };
  const out = (ev: PointerEvent) => {
    // Leaving one link for another (or for the gap) is handled by the next pointerover.
    if (ev.relatedTarget instanceof Element && ev.currentTarget.contains(ev.relatedTarget)) return;
    current.current = null;
    onHover(null);
  };
  const click = (ev: MouseEvent) => {
    const e = edgeAt(ev.target);
    if (e) onActivate(e);
  };
  return (
    <g className="net-edges" aria-hidden="true" onPointerOver={over} onPointerOut={out} onClick={click}>
      {edges.map((e) => {
        const a = positions[e.source];
        const b = positions[e.target];
        if (!a || !b) return null;
        const on = highlighted.has(e.key);
        return <Edge key={e.key} id={e.key} x1={a.x} y1={a.y} x2={b.x} y2={b.y} width={props.widthOf(e)} on={on} dim={dimOthers && !on} />;
      })}
    </g>
  );
});
