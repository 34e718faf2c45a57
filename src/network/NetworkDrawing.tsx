import { useCallback, useId, useMemo, useState, type CSSProperties, type RefObject } from 'react';
import type { Actor, TimelineEvent } from '../model/schema';
import { useExplorer } from '../store/store';
import { useT } from '../i18n/useT';
import type { GraphEdge, GraphNode } from './buildGraph';
import type { Point, Positions, Size } from './layoutGraph';
import { placeLabels, type Box, type View } from './geometry';
import type { Highlight } from './highlight';
import { nodeRadius } from './sizes';
import { OTHER_COLOR } from './palette';
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
/** The busiest people get their names shown even over other circles. */
const LEADERS = 12;
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

  // Zoomed out, nodes shrink with the view (down to 30%) so a dense graph does not become one blot.
  const radiusOf = (n: GraphNode) => nodeRadius(n.count, maxCount) * Math.min(1, Math.max(0.3, view.k));
  const pressedSet = new Set(participantMode === 'any' ? pressed : []);
  const always = new Set<string>([...highlight.nodes.keys(), ...highlight.selected, ...pressedSet]);
  const labels = placeLabels(
    [...p.nodes]
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
      .map((n) => {
        const s = screen(n.id);
        const r = radiusOf(n);
        return { id: n.id, box: [s.x + r + 3, s.y - 8, s.x + r + 7 + n.name.length * 7, s.y + 8] as Box };
      }),
    always,
    p.nodes.map((n) => {
      const s = screen(n.id);
      const r = radiusOf(n);
      return [s.x - r, s.y - r, s.x + r, s.y + r] as Box;
    }),
    LEADERS,
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
      <svg
        ref={p.svgRef}
        className="net-svg"
        width={p.size.width}
        height={p.size.height}
        role="group"
        aria-label={t('canvasLabel')}
        // Many links fade so the structure shows instead of a grey mass.
        style={{ '--edge-opacity': Math.min(0.55, Math.max(0.12, 8 / Math.sqrt(Math.max(1, p.edges.length)))) } as CSSProperties}
      >
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
                <g
                  key={e.key}
                  transform={`translate(${(a.x + b.x) / 2},${(a.y + b.y) / 2})`}
                  className={highlight.active && !highlight.edges.has(e.key) ? 'is-dim' : undefined}
                >
                  <rect x={-(4 + 3.5 * String(e.weight).length)} y={-8} width={8 + 7 * String(e.weight).length} height={16} rx={8} />
                  <text dy="0.35em">{e.weight}</text>
                </g>
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
                r={radiusOf(n)}
                color={p.colors.get(n.country) ?? OTHER_COLOR}
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
