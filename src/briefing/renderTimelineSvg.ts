import type { Lang } from '../i18n/lang';
import { formatIsoDate } from '../i18n/formatDate';
import type { TimelineEvent } from '../model/schema';
import { typeShapePath } from './marks';
import type { StaticTimelineLayout } from './layoutStaticTimeline';
import { PAPER, drawHeader, drawLegend, esc, wrapSvg, type Decor, type SvgPalette } from './svgKit';

/** How to draw a laid-out timeline: decoration, colours, and an optional event to single out. */
export interface TimelineSvgOptions {
  lang: Lang;
  label: string;
  decor?: Decor;
  palette?: SvgPalette;
  /** Fill colour of each event's mark. */
  colorOf: (event: TimelineEvent) => string;
  /** When set, this event is drawn large with a ring and the others are dimmed. */
  highlightId?: string | null;
}

/** Renders a static timeline as a standalone SVG document: one `<g class="mark">` per event, axis, legend. */
export function renderTimelineSvg(layout: StaticTimelineLayout, events: readonly TimelineEvent[], o: TimelineSvgOptions): string {
  const p = o.palette ?? PAPER;
  const markIds = new Set(layout.marks.map((m) => m.id));
  const byId = new Map(events.filter((e) => markIds.has(e.id)).map((e) => [e.id, e]));
  const header = drawHeader(o.decor ?? {}, p, 16);
  // Without a header, leave room for the highlight ring above the top lane.
  const top = header.height || 10;
  let body = header.svg + `<g transform="translate(0,${top})">`;
  body += `<line x1="${layout.ticks.length ? 8 : 0}" x2="${layout.width - 8}" y1="${layout.axisY}" y2="${layout.axisY}" stroke="${p.line}" stroke-width="1.5"/>`;
  for (const t of layout.ticks) {
    const label = t.precision === 'year' ? t.iso : formatIsoDate(t.iso, o.lang);
    body += `<line x1="${t.x}" x2="${t.x}" y1="${layout.axisY}" y2="${layout.axisY + 6}" stroke="${p.line}"/>`;
    body += `<text x="${t.x}" y="${layout.axisY + 21}" font-size="13" text-anchor="middle" fill="${p.muted}">${esc(label)}</text>`;
  }
  for (const b of layout.bins)
    body += `<rect class="bin" x="${b.x0.toFixed(1)}" y="${(layout.axisY - b.height).toFixed(1)}" width="${Math.max(1, b.x1 - b.x0 - 1).toFixed(1)}" height="${b.height.toFixed(1)}" fill="${p.muted}"><title>${b.count}</title></rect>`;
  for (const f of layout.folded)
    body += `<text class="folded" x="${f.x.toFixed(1)}" y="${f.y + 12}" font-size="12" font-weight="700" text-anchor="middle" fill="${p.fg}">+${f.count}</text>`;
  const highlighted = o.highlightId ? layout.marks.filter((m) => m.id === o.highlightId) : [];
  const ordered = [...layout.marks.filter((m) => m.id !== o.highlightId), ...highlighted];
  for (const m of ordered) {
    const e = byId.get(m.id);
    if (!e) continue;
    const isHi = m.id === o.highlightId;
    const dim = o.highlightId && !isHi;
    const r = isHi ? 11 : 8;
    const fill = dim ? p.line : o.colorOf(e);
    const span = m.x1 - m.x0 > 2 * r ? `<line x1="${m.x0 - m.x}" x2="${m.x1 - m.x}" y1="0" y2="0" stroke="${fill}" stroke-width="3" stroke-linecap="round" opacity="0.6"/>` : '';
    const ring = isHi ? `<circle r="${r + 6}" fill="none" stroke="${p.fg}" stroke-width="2.5"/>` : '';
    const tip = `${formatIsoDate(e.date.value, o.lang)} — ${e.title}`;
    body +=
      `<g class="mark" data-event-id="${esc(e.id)}" transform="translate(${m.x.toFixed(1)},${m.y.toFixed(1)})"${dim ? ' opacity="0.75"' : ''}>` +
      `<title>${esc(tip)}</title>${span}${ring}<path d="${typeShapePath(e.type, r)}" fill="${fill}" stroke="${p.bg}" stroke-width="1.5"/></g>`;
  }
  body += '</g>';
  const legend = drawLegend(o.decor ?? {}, p, 16, top + layout.height, layout.width - 32);
  body += legend.svg;
  return wrapSvg(body, layout.width, top + layout.height + legend.height + 6, p, o.label, o.decor?.sourceNote);
}
