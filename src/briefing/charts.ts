import { appMessages } from '../app/messages';
import { formatIsoDate, formatNumber } from '../i18n/formatDate';
import type { Lang } from '../i18n/lang';
import { format } from '../i18n/useT';
import { EVENT_TYPES, type Dataset, type TimelineEvent } from '../model/schema';
import type { Filters } from '../store/filters';
import type { ColorBy } from '../store/store';
import { describeFilters } from './describeFilters';
import { layoutStaticTimeline } from './layoutStaticTimeline';
import { SAFE_COLORS, assignColors, colorKey } from './marks';
import { briefingMessages, typeLabels } from './messages';
import { renderNetworkSvg } from './renderNetworkSvg';
import { renderTimelineSvg } from './renderTimelineSvg';
import { buildGraph, strongestEdges } from '../network/buildGraph';
import { layoutGraph } from '../network/layoutGraph';
import { countryColors } from '../network/palette';
import { PAPER, type Decor, type SvgPalette } from './svgKit';

/** Everything a still picture of the current view depends on. */
export interface ViewInput {
  dataset: Dataset;
  /** The visible events (any order). */
  events: readonly TimelineEvent[];
  filters: Filters;
  lang: Lang;
  colorBy: ColorBy;
}

/** How to draw: size, colours, whether to draw title/filters/legend/source in, and an event to single out. */
export interface DrawOptions {
  width: number;
  height?: number;
  palette?: SvgPalette;
  /** true: title, filters, legend and source note; 'legend': the legend only (a slide has its own heading). */
  decorated?: boolean | 'legend';
  highlightId?: string | null;
  /** Most people drawn in a network picture (the busiest); default MAX_NODES. */
  maxNodes?: number;
}

/** Still pictures show at most this many people (the busiest): more would be unreadable on a slide. */
export const MAX_NODES = 40;
/** …and at most this many links, the strongest. */
export const MAX_EDGES = 80;

/** The source note drawn under every exported picture. */
export function sourceNote(v: Pick<ViewInput, 'dataset' | 'lang'>): string {
  return format(briefingMessages[v.lang].sourceNote, { title: appMessages[v.lang].title, date: formatIsoDate(v.dataset.generatedAt.slice(0, 10), v.lang) });
}

function decorFor(v: ViewInput, what: 'timeline' | 'network'): Pick<Decor, 'title' | 'lines' | 'sourceNote'> {
  const m = briefingMessages[v.lang];
  const filters = describeFilters(v.filters, v.dataset, v.lang);
  const count = format(m.eventsCount, { count: formatNumber(v.events.length, v.lang) });
  return {
    title: `${appMessages[v.lang].title} — ${m[what]}`,
    lines: [`${count} · ${filters.length ? filters.join(' · ') : m.allEvents}`],
    sourceNote: sourceNote(v),
  };
}

/** A standalone SVG of the visible events on a time axis (one mark per event), optionally with title, filters, legend and source. */
export function timelineSvgFor(v: ViewInput, o: DrawOptions): string {
  const m = briefingMessages[v.lang];
  const layout = layoutStaticTimeline(v.events, o.width, { highlightId: o.highlightId });
  // Colours only for what is drawn as marks: with a histogram, colour would tell nothing.
  const drawn = layout.bins.length ? [] : v.events;
  const countryOf = new Map(v.dataset.actors.map((a) => [a.id, a.country]));
  const keyOf = new Map(drawn.map((e) => [e.id, colorKey(e, v.colorBy, countryOf)]));
  const colors = assignColors(keyOf.values());
  const colorOf = (e: TimelineEvent) => colors.get(keyOf.get(e.id) ?? '') ?? SAFE_COLORS[0];
  const countryLabel = new Map(v.dataset.countries.map((c) => [c.id, c.labels[v.lang]]));
  const topicLabel = new Map(v.dataset.topics.map((t) => [t.id, t.labels[v.lang]]));
  const keyLabel = (k: string) =>
    v.colorBy === 'topic' ? (k === 'none' ? m.noTopic : (topicLabel.get(k) ?? k)) : k.split('–').map((c) => countryLabel.get(c) ?? c).join('–');
  const present = new Set(drawn.map((e) => e.type));
  const decor: Decor = o.decorated
    ? {
        ...(o.decorated === true ? decorFor(v, 'timeline') : {}),
        legend: {
          types: EVENT_TYPES.filter((t) => present.has(t)).map((type) => ({ type, label: typeLabels[v.lang][type] })),
          colors: [...colors].map(([k, color]) => ({ color, label: keyLabel(k) })),
        },
      }
    : {};
  let first = '';
  let last = '';
  for (const e of v.events) {
    if (!first || e.date.earliest < first) first = e.date.earliest;
    if (!last || e.date.earliest > last) last = e.date.earliest;
  }
  const label = format(m.timelineAlt, { count: v.events.length, from: first ? formatIsoDate(first, v.lang) : '–', to: last ? formatIsoDate(last, v.lang) : '–' });
  return renderTimelineSvg(layout, v.events, { lang: v.lang, label, decor, palette: o.palette ?? PAPER, colorOf, highlightId: o.highlightId });
}

/** A standalone SVG of who met whom among the visible events (the network view's graph and layout), optionally decorated. */
export function networkSvgFor(v: ViewInput, o: DrawOptions): string {
  const actors = new Map(v.dataset.actors.map((a) => [a.id, a]));
  const graph = buildGraph(v.events, { actors }, { includeMentioned: false });
  const nodes = [...graph.nodes].sort((a, b) => b.count - a.count || a.id.localeCompare(b.id)).slice(0, o.maxNodes ?? MAX_NODES);
  const kept = new Set(nodes.map((n) => n.id));
  const keptEdges = strongestEdges(graph.edges.filter((e) => kept.has(e.source) && kept.has(e.target)), MAX_EDGES);
  const edges = keptEdges.map((e) => ({ a: e.source, b: e.target, weight: e.weight }));
  const height = o.height ?? Math.round(o.width * 0.6);
  const positions = layoutGraph({ nodes, edges: keptEdges }, {}, { width: o.width, height });
  const placed = fitToBox(
    nodes.map((n) => ({ id: n.id, name: n.name, country: n.country, count: n.count, x: positions[n.id]?.x ?? o.width / 2, y: positions[n.id]?.y ?? height / 2 })),
    o.width,
    height,
  );
  // Same call as the network view, so a country has the same colour on screen, on slides and on paper.
  const palette = countryColors(v.dataset.actors.map((a) => a.country));
  const colorOfCountry = (c: string) => palette.get(c) ?? '#666666';
  const countryLabel = new Map(v.dataset.countries.map((c) => [c.id, c.labels[v.lang]]));
  const countries = [...new Set(nodes.map((n) => n.country))].sort();
  const decor: Decor = o.decorated
    ? { ...(o.decorated === true ? decorFor(v, 'network') : {}), legend: { colors: countries.map((c) => ({ color: colorOfCountry(c), label: `${c} ${countryLabel.get(c) ?? ''}`.trim() })) } }
    : {};
  const label = format(briefingMessages[v.lang].networkAlt, { count: nodes.length });
  return renderNetworkSvg(placed, edges, { width: o.width, height, label, decor, palette: o.palette ?? PAPER, colorOfCountry });
}

/**
 * Stretches placed nodes to fill the box (leaving room for name labels), at most 3×: the interactive
 * layout leaves slack for dragging and gliding that a still picture does not need.
 */
export function fitToBox<T extends { x: number; y: number }>(nodes: readonly T[], width: number, height: number, padX = 90, padTop = 30, padBottom = 46): T[] {
  if (nodes.length < 2) return nodes.map((n) => ({ ...n, x: width / 2, y: height / 2 }));
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const k = Math.min(3, (width - 2 * padX) / Math.max(1, x1 - x0), (height - padTop - padBottom) / Math.max(1, y1 - y0));
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const midY = padTop + (height - padTop - padBottom) / 2;
  return nodes.map((n) => ({ ...n, x: width / 2 + (n.x - cx) * k, y: midY + (n.y - cy) * k }));
}

/** Number of events per type and per topic (topic labels in the UI language), largest first. */
export function countEvents(v: Pick<ViewInput, 'dataset' | 'events' | 'lang'>): { byType: [string, number][]; byTopic: [string, number][] } {
  const byType = new Map<string, number>();
  const byTopic = new Map<string, number>();
  const topicLabel = new Map(v.dataset.topics.map((t) => [t.id, t.labels[v.lang]]));
  for (const e of v.events) {
    const t = typeLabels[v.lang][e.type];
    byType.set(t, (byType.get(t) ?? 0) + 1);
    for (const id of e.topics) {
      const l = topicLabel.get(id) ?? id;
      byTopic.set(l, (byTopic.get(l) ?? 0) + 1);
    }
  }
  const sort = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return { byType: sort(byType), byTopic: sort(byTopic) };
}
