import { useCallback, useId, useMemo, useState, type RefObject } from 'react';
import type { Actor, TimelineEvent } from '../model/schema';
import { useExplorer } from '../store/store';
import { useT } from '../i18n/useT';
import type { GraphEdge, GraphNode } from './buildGraph';
import type { Point, Positions, Size } from './layoutGraph';
import { placeLabels, type Box, type View } from './geometry';
import type { Highlight } from './highlight';
import { nodeRadius } from './sizes';
import { useNodeDrag } from './useNodeDrag';
import { NetworkEdges } from './NetworkEdges';
import { NetworkNode } from './NetworkNode';
import { NetworkTooltip } from './NetworkTooltip';
import { NodeTip } from './NodeTip';
import { EdgeTip } from './EdgeTip';
import { networkMessages } from './messages';

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
  edgesFocusable: boolean;
  onHoverEdge: (e: GraphEdge | null) => void;
  countryLabel: (code: string) => string;
  eventById: ReadonlyMap<string, TimelineEvent>;
  actors: ReadonlyMap<string, Actor>;
}

type Tip = { kind: 'node'; id: string } | { kind: 'edge'; edge: GraphEdge } | null;
/** Below this many links every count is written on its line; above, only on highlighted ones. */
const ALL_EDGE_LABELS_MAX = 300;

/** The SVG: links under one zoom transform, people in screen space (labels stay readable), and the tooltip. */
export function NetworkDrawing(p: Props) {
  const t = useT(networkMessages);
  const lang = useExplorer((s) => s.lang);
  const pressed = useExplorer((s) => s.filters.participants);
  const participantMode = useExplorer((s) => s.filters.participantMode);
  const [tip, setTip] = useState<Tip>(null);
  const tipId = useId();
  const { view, positions, highlight } = p;
  const drag = useNodeDrag(p.svgRef, view, p.moveNode);
  const maxCount = useMemo(() => Math.max(1, ...p.nodes.map((n) => n.count)), [p.nodes]);
  const byName = useMemo(() => [...p.nodes].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)), [p.nodes]);
  const screen = (id: string) => {
    const q = positions[id] ?? { x: 0, y: 0 };
    return { x: view.x + view.k * q.x, y: view.y + view.k * q.y };
  };

  const pressedSet = new Set(participantMode === 'any' ? pressed : []);
  const always = new Set<string>([...highlight.nodes.keys(), ...highlight.selected, ...pressedSet]);
  const labels = placeLabels(
    [...p.nodes]
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
      .map((n) => {
        const s = screen(n.id);
        const r = nodeRadius(n.count, maxCount);
        return { id: n.id, box: [s.x + r + 3, s.y - 8, s.x + r + 7 + n.name.length * 7, s.y + 8] as Box };
      }),
    always,
  );

  const onEnter = useCallback((id: string) => {
    useExplorer.getState().hoverActor(id);
    setTip({ kind: 'node', id });
  }, []);
  const onLeave = useCallback((id: string) => {
    if (useExplorer.getState().hoveredActorId === id) useExplorer.getState().hoverActor(null);
    setTip((x) => (x?.kind === 'node' && x.id === id ? null : x));
  }, []);
  const onToggle = (id: string) => {
    if (drag.wasDrag()) return;
    useExplorer.getState().toggleParticipant(id);
  };
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
  const showAllCounts = p.edges.length <= ALL_EDGE_LABELS_MAX;

  return (
    <div className="net-area" ref={p.areaRef}>
      <svg ref={p.svgRef} className="net-svg" width={p.size.width} height={p.size.height} role="group" aria-label={t('canvasLabel')}>
        <g transform={`translate(${view.x},${view.y}) scale(${view.k})`}>
          <NetworkEdges
            edges={p.edges}
            positions={positions}
            widthOf={p.widthOf}
            nameOf={p.edgeName}
            highlighted={highlight.edges}
            dimOthers={highlight.active}
            focusable={p.edgesFocusable}
            onHover={hoverEdge}
            onActivate={activateEdge}
          />
        </g>
        <g className="net-edge-counts" aria-hidden="true">
          {p.edges
            .filter((e) => e.weight > 1 && (showAllCounts || highlight.edges.has(e.key)))
            .map((e) => {
              const a = screen(e.source);
              const b = screen(e.target);
              return (
                <text key={e.key} x={(a.x + b.x) / 2} y={(a.y + b.y) / 2} dy="0.35em" className={highlight.active && !highlight.edges.has(e.key) ? 'is-dim' : undefined}>
                  {e.weight}
                </text>
              );
            })}
        </g>
        <g className="net-nodes">
          {byName.map((n) => {
            const s = screen(n.id);
            const mark = highlight.nodes.get(n.id);
            return (
              <NetworkNode
                key={n.id}
                node={n}
                x={s.x}
                y={s.y}
                r={nodeRadius(n.count, maxCount)}
                color={p.colors.get(n.country) ?? '#888888'}
                label={p.nodeName(n)}
                showName={labels.has(n.id)}
                pressed={pressedSet.has(n.id)}
                mark={mark}
                dim={highlight.active && !mark}
                selected={highlight.selected.has(n.id)}
                describedBy={tip?.kind === 'node' && tip.id === n.id ? tipId : undefined}
                onEnter={onEnter}
                onLeave={onLeave}
                onToggle={onToggle}
                onPointerDown={drag.onPointerDown}
                onPointerMove={drag.onPointerMove}
                onPointerUp={drag.onPointerUp}
              />
            );
          })}
        </g>
      </svg>
      {p.nodes.length === 0 && <p className="net-empty">{t('empty')}</p>}
      {tip && tipAt && (tipNode || tip.kind === 'edge') && (
        <NetworkTooltip id={tipId} x={tipAt.x} y={tipAt.y} areaWidth={p.size.width}>
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
