import type { EventType } from '../model/schema';
import { typeShapePath } from './marks';

/** Colours a drawing is made in, so the same picture can be drawn for the page, the projector or paper. */
export interface SvgPalette {
  bg: string;
  fg: string;
  muted: string;
  line: string;
}
/** Dark text on white: for files and print. */
export const PAPER: SvgPalette = { bg: '#ffffff', fg: '#1b1f24', muted: '#4a525c', line: '#9aa3ad' };
/** Light text on near-black: the presenter theme. */
export const PROJECTOR: SvgPalette = { bg: '#0d1117', fg: '#ffffff', muted: '#c9d1d9', line: '#8b949e' };

/** Escapes text for use in SVG/XML content and attributes. */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Heading, filter lines and legend drawn above a chart; `height` says how much room they took. */
export interface Decor {
  title?: string;
  lines?: string[];
  legend?: { types?: { type: EventType; label: string }[]; colors?: { color: string; label: string }[] };
  sourceNote?: string;
}

const approxWidth = (text: string, size: number) => text.length * size * 0.56;

/** Draws the title and filter lines from y = 0; returns the markup and its height. */
export function drawHeader(d: Decor, p: SvgPalette, x: number): { svg: string; height: number } {
  let y = 0;
  let svg = '';
  if (d.title) {
    y += 30;
    svg += `<text x="${x}" y="${y}" font-size="22" font-weight="700" fill="${p.fg}">${esc(d.title)}</text>`;
  }
  for (const line of d.lines ?? []) {
    y += 20;
    svg += `<text x="${x}" y="${y}" font-size="14" fill="${p.muted}">${esc(line)}</text>`;
  }
  return { svg, height: y ? y + 12 : 0 };
}

/** Draws the legend (type shapes, then colours, wrapping at `width`) from `top`; returns markup and height. */
export function drawLegend(d: Decor, p: SvgPalette, x: number, top: number, width: number): { svg: string; height: number } {
  const items = [
    ...(d.legend?.types ?? []).map((t) => ({ mark: `<path d="${typeShapePath(t.type, 6)}" fill="${p.muted}"/>`, label: t.label })),
    ...(d.legend?.colors ?? []).map((c) => ({ mark: `<rect x="-6" y="-6" width="12" height="12" rx="2" fill="${c.color}"/>`, label: c.label })),
  ];
  if (items.length === 0) return { svg: '', height: 0 };
  let cx = x;
  let cy = top + 14;
  let svg = '';
  for (const item of items) {
    const w = 20 + approxWidth(item.label, 13) + 18;
    if (cx + w > x + width && cx > x) {
      cx = x;
      cy += 22;
    }
    svg += `<g transform="translate(${cx + 6},${cy})">${item.mark}<text x="12" y="4.5" font-size="13" fill="${p.fg}">${esc(item.label)}</text></g>`;
    cx += w;
  }
  return { svg, height: cy - top + 14 };
}

/** Wraps body markup in a standalone SVG document with a background, an accessible title and the source note. */
export function wrapSvg(body: string, width: number, height: number, p: SvgPalette, label: string, sourceNote?: string): string {
  const noteH = sourceNote ? 26 : 0;
  const h = Math.ceil(height + noteH);
  const note = sourceNote ? `<text x="16" y="${h - 9}" font-size="12" fill="${p.muted}">${esc(sourceNote)}</text>` : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${h}" viewBox="0 0 ${width} ${h}" role="img" aria-label="${esc(label)}" ` +
    `font-family="system-ui, 'Segoe UI', Roboto, 'DejaVu Sans', Arial, sans-serif">` +
    `<title>${esc(label)}</title><rect width="100%" height="100%" fill="${p.bg}"/>${body}${note}</svg>`
  );
}
