import { useCallback, useId, useMemo, useState, type CSSProperties, type RefObject } from 'react';
import type { Actor, TimelineEvent } from '../model/schema';
import { useExplorer } from '../store/store';
import { useT } from '../i18n/useT';
import type { GraphEdge, GraphNode } from './buildGraph';
import type { Point, Positions, Size } from './layoutGraph';
import type { View } from './geometry';
import type { Highlight } from './highlight';
import { useNodeDrag } from './useNodeDrag';
import { NetworkEdges } from './NetworkEdges';
import { NetworkEdgeCanvas } from './NetworkEdgeCanvas';
import { SVG_EDGE_LIMIT, edgeOpacity } from './edgeCanvas';
import { NetworkNodes } from './NetworkNodes';
import { NetworkEdgeKeys } from './NetworkEdgeKeys';
import { NetworkTooltip } from './NetworkTooltip';
import { NodeTip } from './NodeTip';
import { EdgeTip } from './EdgeTip';
import { networkMessages } from './messages';
import { byName } from './nameOrder';
import type { EventLookup } from '../store/selectors';

interface Props {
  areaRef: RefObject<HTMLDivElement | null>;
  svgRef: RefObject<SVGSVGElement | null>;
  size: Size;
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
  /** World positions; `view` maps them to the screen. */
  positions: Positions;
  view: View;
  moveNode: (id: string, p: Point) => void;
  colors: ReadonlyMap<string, string>;
  highlight: Highlight;
  nodeName: (n: GraphNode) => string;
  edgeName: (e: GraphEdge) => string;
  edgeTitle: (e: GraphEdge) => string;
  widthOf: (e: GraphEdge) => number;
  /** Whether links get keyboard buttons (only for graphs small enough to tab through). */
  edgesFocusable: boolean;
  onHoverEdge: (e: GraphEdge | null) => void;
  countryLabel: (code: string) => string;
  eventById: EventLookup;
  actors: ReadonlyMap<string, Actor>;
}

type Tip = { kind: 'node'; id: string } | { kind: 'edge'; edge: GraphEdge } | null;
/** The SVG: links under one zoom transform, people at world × zoom under a pan translate (labels stay readable), and the tooltip. */
export function NetworkDrawing(p: Props) {
  const t = useT(networkMessages);
  const lang = useExplorer((s) => s.lang);
  const pressed = useExplorer((s) => s.filters.participants);
  const participantMode = useExplorer((s) => s.filters.participantMode);
  const [tip, setTip] = useState<Tip>(null);
  const tipId = useId();
  const { view, positions, highlight } = p;
  const drag = useNodeDrag(p.svgRef, view, p.moveNode);
  const inNameOrder = useMemo(() => byName(p.nodes, p.actors), [p.nodes, p.actors]);
  const screen = (id: string) => {
    const q = positions[id] ?? { x: 0, y: 0 };
    return { x: view.x + view.k * q.x, y: view.y + view.k * q.y };
  };
  const pressedSet = useMemo(() => new Set(participantMode === 'any' ? pressed : []), [pressed, participantMode]);

  const onEnter = useCallback((id: string) => {
    useExplorer.getState().hoverActor(id);
    setTip({ kind: 'node', id });
  }, []);
  const onLeave = useCallback((id: string) => {
    if (useExplorer.getState().hoveredActorId === id) useExplorer.getState().hoverActor(null);
    setTip((x) => (x?.kind === 'node' && x.id === id ? null : x));
  }, []);
  const { wasDrag } = drag;
  const onToggle = useCallback(
    (id: string) => {
      if (wasDrag()) return;
      useExplorer.getState().toggleParticipant(id);
    },
    [wasDrag],
  );
  const { onHoverEdge } = p;
  const hoverEdge = useCallback(
    (e: GraphEdge | null) => {
      onHoverEdge(e);
      setTip((x) => (e ? { kind: 'edge', edge: e } : x?.kind === 'edge' ? null : x));
    },
    [onHoverEdge],
  );
  const activateEdge = useCallback((e: GraphEdge) => useExplorer.getState().setFilters({ participants: [e.source, e.target], participantMode: 'all' }), []);

  const tipNode = tip?.kind === 'node' ? p.nodes.find((n) => n.id === tip.id) : undefined;
  const tipAt =
    tip?.kind === 'node'
      ? screen(tip.id)
      : tip?.kind === 'edge'
        ? ((a, b) => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }))(screen(tip.edge.source), screen(tip.edge.target))
        : null;

  const onCanvas = p.edges.length > SVG_EDGE_LIMIT;
  // The links, drawn on a canvas when many or as SVG when few, with the same pointer behaviour.
  const links = {
    edges: p.edges,
    positions,
    widthOf: p.widthOf,
    highlighted: highlight.edges,
    dimOthers: highlight.active,
    onHover: hoverEdge,
    onActivate: activateEdge,
  };
  return (
    <div className="net-area" ref={p.areaRef}>
      {onCanvas && (
        <NetworkEdgeCanvas svgRef={p.svgRef} size={p.size} view={view} {...links} />
      )}
      <svg
        ref={p.svgRef}
        className="net-svg"
        width={p.size.width}
        height={p.size.height}
        role="group"
        aria-label={t('canvasLabel')}
      >
        {!onCanvas && (
          <g
            transform={`translate(${view.x},${view.y}) scale(${view.k})`}
            // Many links fade so the structure shows instead of a grey mass. Set here, not on the SVG: a
            // custom property changed on the root restyles every person in it on each filter change.
            style={{ '--edge-opacity': edgeOpacity(p.edges.length) } as CSSProperties}
          >
            <NetworkEdges {...links} />
          </g>
        )}
        <g transform={`translate(${view.x},${view.y})`}>
          <NetworkNodes
            nodes={inNameOrder}
            edges={p.edges}
            positions={positions}
            k={view.k}
            colors={p.colors}
            highlight={highlight}
            pressed={pressedSet}
            nodeName={p.nodeName}
            describedNode={tip?.kind === 'node' ? tip.id : null}
            tipId={tipId}
            onEnter={onEnter}
            onLeave={onLeave}
            onToggle={onToggle}
            onPointerDown={drag.onPointerDown}
            onPointerMove={drag.onPointerMove}
            onPointerUp={drag.onPointerUp}
          />
          {p.edgesFocusable && (
            <NetworkEdgeKeys edges={p.edges} positions={positions} k={view.k} nameOf={p.edgeName} onHover={hoverEdge} onActivate={activateEdge} />
          )}
        </g>
      </svg>
      {p.nodes.length === 0 && <p className="net-empty">{t('empty')}</p>}
      {tip && tipAt && (tipNode || tip.kind === 'edge') && (
        <NetworkTooltip id={tipId} x={tipAt.x} y={tipAt.y} areaWidth={p.size.width} areaHeight={p.size.height}>
          {tipNode ? (
            <NodeTip node={tipNode} actor={p.actors.get(tipNode.id)} countryLabel={p.countryLabel(tipNode.country)} lang={lang} />
          ) : tip.kind === 'edge' ? (
            <EdgeTip edge={tip.edge} title={p.edgeTitle(tip.edge)} eventById={p.eventById} lang={lang} />
          ) : null}
        </NetworkTooltip>
      )}
    </div>
  );
}
