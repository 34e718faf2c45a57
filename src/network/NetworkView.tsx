import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useExplorer } from '../store/store';
import { useT } from '../i18n/useT';
import { formatNumber } from '../i18n/formatDate';
import { networkMessages } from './messages';
import { useNetworkData } from './useNetworkData';
import { useElementSize } from './useElementSize';
import { useLayout } from './useLayout';
import { useZoom } from './useZoom';
import { useAutoFit } from './useAutoFit';
import { layoutBox } from './layoutGraph';
import { needsWorker } from './layoutMessages';
import type { GraphEdge, GraphNode } from './buildGraph';
import { highlightFor } from './highlight';
import { edgeWidthScale } from './sizes';
import { OTHER_COLOR } from './palette';
import { NetworkToolbar, ZOOM_STEP } from './NetworkToolbar';
import { NetworkLegend } from './NetworkLegend';
import { NetworkDrawing } from './NetworkDrawing';
import './network.css';

const DEFAULT_SIZE = { width: 640, height: 420 };
/** Up to this many links are in the Tab order; beyond it tabbing through them would bury the people. */
const MAX_FOCUSABLE_EDGES = 60;

/** The participant network: who met whom in the visible events, linked both ways with filters and timeline. */
export function NetworkView() {
  const t = useT(networkMessages);
  const lang = useExplorer((s) => s.lang);
  const showMentioned = useExplorer((s) => s.showMentioned);
  const hoveredEventId = useExplorer((s) => s.hoveredEventId);
  const selectedEventId = useExplorer((s) => s.selectedEventId);
  const hoveredActorId = useExplorer((s) => s.hoveredActorId);
  const { graph, drawn, lookups, eventById, colors, eventCount } = useNetworkData();

  const areaRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const size = useElementSize(areaRef, DEFAULT_SIZE);
  const world = useMemo(() => layoutBox(drawn), [drawn]);
  const [resetToken, setResetToken] = useState(0);
  const [fitToken, setFitToken] = useState(0);
  const rehearsing = useExplorer((s) => s.rehearsing);
  const layout = useLayout(drawn, world, resetToken, rehearsing);
  const zoom = useZoom(svgRef, size);
  // Labels hang to the right of nodes: keep room for the longest name there.
  const padding = useMemo(() => {
    const longest = Math.max(0, ...drawn.nodes.map((n) => n.name.length));
    return { left: 36, top: 36, bottom: 36, right: Math.min(size.width / 3, 40 + longest * 7) };
  }, [drawn.nodes, size.width]);
  useAutoFit(layout.target, size, zoom, fitToken, padding, !needsWorker(drawn));
  const refit = () => {
    zoom.setUserMoved(false);
    setFitToken((n) => n + 1);
  };

  const [hoveredEdge, setHoveredEdge] = useState<GraphEdge | null>(null);
  const peopleOf = useCallback(
    (id: string | null) => {
      const e = id ? eventById.get(id) : undefined;
      return e ? [...e.participants, ...(showMentioned ? e.mentioned : [])] : null;
    },
    [eventById, showMentioned],
  );
  const highlight = useMemo(
    () =>
      highlightFor(drawn, {
        hoveredActorId,
        hoveredEventPeople: peopleOf(hoveredEventId),
        selectedEventPeople: peopleOf(selectedEventId),
        hoveredEdge,
      }),
    [drawn, hoveredActorId, hoveredEventId, selectedEventId, hoveredEdge, peopleOf],
  );

  const countryLabel = useCallback(
    (code: string) => lookups.countries.get(code)?.labels[lang] ?? (code || t('unknownCountry')),
    [lookups, lang, t],
  );
  const byId = useMemo(() => new Map(graph.nodes.map((n) => [n.id, n])), [graph]);
  const nodeName = useCallback(
    (n: GraphNode) =>
      t(n.mentionedOnly ? 'nodeNameMentioned' : 'nodeName', {
        name: n.name,
        country: countryLabel(n.country),
        events: n.count === 1 ? t('event') : t('events', { count: formatNumber(n.count, lang) }),
      }),
    [t, countryLabel, lang],
  );
  const edgeEnds = useCallback(
    (e: GraphEdge): [GraphNode | undefined, GraphNode | undefined] => {
      const a = byId.get(e.source);
      const b = byId.get(e.target);
      // The busier person first, so the hub leads: "Wang Yi – Sergey Lavrov".
      return (a?.count ?? 0) > (b?.count ?? 0) || ((a?.count ?? 0) === (b?.count ?? 0) && (a?.name ?? '') <= (b?.name ?? '')) ? [a, b] : [b, a];
    },
    [byId],
  );
  const edgeTitle = useCallback((e: GraphEdge) => edgeEnds(e).map((n) => n?.name ?? '?').join(' – '), [edgeEnds]);
  const edgeName = useCallback(
    (e: GraphEdge) => {
      const [a, b] = edgeTitle(e).split(' – ');
      const shared = e.weight === 1 ? t('sharedEvent') : t('sharedEvents', { count: formatNumber(e.weight, lang) });
      return t('edgeName', { a: a ?? '', b: b ?? '', shared });
    },
    [edgeTitle, t, lang],
  );
  const maxWeight = useMemo(() => Math.max(1, ...drawn.edges.map((e) => e.weight)), [drawn]);
  const widthOf = useMemo(() => {
    const scale = edgeWidthScale(maxWeight);
    return (e: GraphEdge) => scale(e.weight);
  }, [maxWeight]);

  const legendCountries = useMemo(() => {
    const present = [...new Set(graph.nodes.map((n) => n.country))].sort();
    const own = present.filter((c) => colors.has(c) && colors.get(c) !== OTHER_COLOR);
    const rest = present.filter((c) => !own.includes(c));
    const items = own.map((code) => ({ code, label: countryLabel(code), color: colors.get(code)! }));
    if (rest.length > 0) items.push({ code: rest.map((c) => c || '?').join(', '), label: t('otherCountries'), color: OTHER_COLOR });
    return items;
  }, [graph, countryLabel, colors, t]);

  // + and - zoom while focus is anywhere in the network (not in a text field: there they are characters).
  const onZoomKey = (e: KeyboardEvent<HTMLElement>) => {
    if (e.ctrlKey || e.metaKey || e.altKey || (e.target as HTMLElement).tagName === 'INPUT') return;
    const factor = e.key === '+' || e.key === '=' ? ZOOM_STEP : e.key === '-' || e.key === '_' ? 1 / ZOOM_STEP : 0;
    if (!factor) return;
    e.preventDefault();
    zoom.zoomBy(factor);
  };

  return (
    // data-network-events: how many events the drawing shows.
    // aria-busy while the layout is being computed: the people are not in their places yet.
    <section aria-label={t('region')} aria-busy={layout.pending || undefined} className="network" onKeyDown={onZoomKey} data-network-events={eventCount}>
      <NetworkToolbar onFit={refit} onZoom={zoom.zoomBy} onReset={() => (setResetToken((n) => n + 1), refit())} pending={layout.pending} />
      <NetworkDrawing
        areaRef={areaRef}
        svgRef={svgRef}
        size={size}
        nodes={drawn.nodes}
        edges={drawn.edges}
        positions={layout.positions}
        view={zoom.view}
        moveNode={layout.moveNode}
        colors={colors}
        highlight={highlight}
        nodeName={nodeName}
        edgeName={edgeName}
        edgeTitle={edgeTitle}
        widthOf={widthOf}
        edgesFocusable={drawn.edges.length <= MAX_FOCUSABLE_EDGES}
        onHoverEdge={setHoveredEdge}
        countryLabel={countryLabel}
        eventById={eventById}
        actors={lookups.actors}
      />
      <NetworkLegend countries={legendCountries} showMentioned={showMentioned} drawnEdges={drawn.edges.length} totalEdges={graph.edges.length} />
    </section>
  );
}
