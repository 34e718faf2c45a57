import { edgeWidth } from '../network/sizes';
import type { NetEdge, NetNode } from './netTypes';

/** Names drawn at most (the busiest people); the others keep their circle and a tooltip. */
export const MAX_LABELS = 14;
import { PAPER, drawHeader, drawLegend, esc, wrapSvg, type Decor, type SvgPalette } from './svgKit';

/** How to draw the network: size, decoration, colours by country (named in the legend). */
export interface NetworkSvgOptions {
  width: number;
  height: number;
  label: string;
  decor?: Decor;
  palette?: SvgPalette;
  colorOfCountry: (country: string) => string;
}

/** Renders placed nodes and edges as a standalone SVG: edge thickness and a count tell the weight, labels name people. */
export function renderNetworkSvg(nodes: readonly NetNode[], edges: readonly NetEdge[], o: NetworkSvgOptions): string {
  const p = o.palette ?? PAPER;
  const header = drawHeader(o.decor ?? {}, p, 16);
  const at = new Map(nodes.map((n) => [n.id, n]));
  const maxCount = Math.max(1, ...nodes.map((n) => n.count));
  const maxWeight = Math.max(1, ...edges.map((e) => e.weight));
  const rOf = (n: NetNode) => 9 + 13 * Math.sqrt(n.count / maxCount);
  // Names only for the busiest people: beyond that, labels pile up into an unreadable knot.
  const counted = new Set([...edges].sort((a, b) => b.weight - a.weight).slice(0, MAX_LABELS));
  const labelled = new Set([...nodes].sort((a, b) => b.count - a.count).slice(0, MAX_LABELS).map((n) => n.id));
  let body = header.svg + `<g transform="translate(0,${header.height})">`;
  for (const e of edges) {
    const a = at.get(e.a);
    const b = at.get(e.b);
    if (!a || !b) continue;
    const mx = (a.x + b.x) / 2;
    const my = (a.y + b.y) / 2;
    body += `<g class="edge"><line x1="${a.x.toFixed(1)}" y1="${a.y.toFixed(1)}" x2="${b.x.toFixed(1)}" y2="${b.y.toFixed(1)}" stroke="${p.line}" stroke-width="${edgeWidth(e.weight, maxWeight).toFixed(1)}"/>`;
    if (e.weight > 1 && counted.has(e)) body += `<circle cx="${mx}" cy="${my}" r="10" fill="${p.bg}" stroke="${p.line}"/><text x="${mx}" y="${my + 4.5}" font-size="12" text-anchor="middle" fill="${p.fg}">${e.weight}</text>`;
    body += '</g>';
  }
  for (const n of nodes) {
    const r = rOf(n);
    body +=
      `<g class="node" data-actor-id="${esc(n.id)}" transform="translate(${n.x.toFixed(1)},${n.y.toFixed(1)})">` +
      `<title>${esc(`${n.name} (${n.country}): ${n.count}`)}</title>` +
      `<circle r="${r.toFixed(1)}" fill="${o.colorOfCountry(n.country)}" stroke="${p.bg}" stroke-width="2"/>` +
      (labelled.has(n.id) ? `<text y="${r + 17}" font-size="15" font-weight="600" text-anchor="middle" fill="${p.fg}" stroke="${p.bg}" stroke-width="4" paint-order="stroke">${esc(n.name)}</text>` : '') +
      `<text y="4.5" font-size="12" font-weight="700" text-anchor="middle" fill="#fff">${esc(n.country)}</text></g>`;
  }
  body += '</g>';
  const legend = drawLegend(o.decor ?? {}, p, 16, header.height + o.height, o.width - 32);
  body += legend.svg;
  return wrapSvg(body, o.width, header.height + o.height + legend.height + 6, p, o.label, o.decor?.sourceNote);
}
