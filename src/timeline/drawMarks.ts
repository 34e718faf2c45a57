import { GEOMETRY, bandTop, type ChartLayout } from './chartLayout';
import { rowY } from './hitTest';
import type { LaneEntries } from './items';
import type { CountBubble } from './foldDense';
import { lowerBound } from './layoutLanes';
import type { Shape } from './shapes';
import { MarkSprites, traceMark } from './markSprites';

/** How marks look: per-item colour and shape, which items are emphasised, and the theme's colours. */
export interface MarkStyle {
  colourOf(item: number): string;
  shapeOf(item: number): Shape;
  /** Item index (into the visible events) of the selected and hovered events, or -1. */
  selected: number;
  hovered: number;
  /** When set, only these items stay at full strength (the hovered actor's events). */
  highlight: ((item: number) => boolean) | null;
  /** Start time of an item's mark, to find it among the entries by binary search. */
  startOf(item: number): number;
  /** Text of a count bubble ("+37"). */
  bubbleLabel(count: number): string;
  theme: { fg: string; muted: string; bg: string; band: string; sel: string };
}

/** The marks' sprites, shared by every paint (they depend only on how a mark looks). */
const sprites = new MarkSprites();

/** Device pixels per CSS pixel of a context scaled to CSS pixels (see prepareCanvas). */
const pixelRatioOf = (ctx: CanvasRenderingContext2D) => ctx.getTransform().a || 1;

/** Paints swimlane bands, date-span bars, marks and count bubbles of `chart` onto a cleared canvas (CSS-pixel coordinates). */
export function drawMarks(ctx: CanvasRenderingContext2D, chart: ChartLayout, entries: LaneEntries, style: MarkStyle, height: number): void {
  const { theme } = style;
  const dpr = pixelRatioOf(ctx);
  ctx.clearRect(0, 0, chart.width, height);
  const bandH = chart.rows * GEOMETRY.rowHeight;
  for (let g = 0; g < chart.groupCount; g++) {
    if (g % 2 === 1) {
      ctx.fillStyle = theme.band;
      ctx.fillRect(0, bandTop(chart, g) - GEOMETRY.bandGap / 2, chart.width, bandH + GEOMETRY.bandGap);
    }
  }
  const { lanes, offset } = chart;
  const late: number[] = [];
  for (const i of chart.fold.shown) {
    const j = i - lanes.from;
    const x0 = lanes.x0[j]! - offset;
    const x1 = lanes.x1[j]! - offset;
    if (x1 < -10 || x0 > chart.width + 10) continue;
    const item = entries.item[i]!;
    if (item === style.selected || item === style.hovered) {
      late.push(i);
      continue;
    }
    const dim = style.highlight !== null && !style.highlight(item);
    ctx.globalAlpha = dim ? 0.2 : 1;
    drawEntry(ctx, chart, entries, i, style, style.highlight && !dim ? 2 : 1, dpr);
  }
  ctx.globalAlpha = 1;
  // Emphasised marks last, so their rings are never covered by a neighbour.
  for (const i of late) drawEntry(ctx, chart, entries, i, style, 2.5, dpr);
  drawBubbles(ctx, chart, style);
  // A selected or hovered event folded into a bubble still shows: its bubble gets the ring.
  for (const item of [style.selected, style.hovered]) {
    if (item < 0) continue;
    for (const b of bubblesHolding(chart, entries, item, style.startOf(item))) {
      const y = rowY(chart, b.group, chart.rows - 1);
      ctx.beginPath();
      ctx.roundRect(b.x0 - chart.offset - 2, y - 9, GEOMETRY.bubbleWidth, 18, 9);
      ctx.lineWidth = 2.5;
      ctx.strokeStyle = item === style.selected ? theme.sel : theme.fg;
      ctx.stroke();
    }
  }
}

/** The count bubbles that hold `item` (one per swimlane it is folded in); found from its start time, not by a scan. */
export function bubblesHolding(chart: ChartLayout, entries: LaneEntries, item: number, start: number): CountBubble[] {
  const out: CountBubble[] = [];
  const { lanes } = chart;
  for (let i = Math.max(lanes.from, lowerBound(entries.start, start)); i < lanes.to && entries.start[i] === start; i++) {
    if (entries.item[i] !== item || lanes.lane[i - lanes.from] !== -1) continue;
    const x0 = lanes.x0[i - lanes.from]!;
    const g = entries.group[i]!;
    const b = chart.fold.bubbles.find((c) => c.group === g && c.x0 <= x0 && x0 < c.x1);
    if (b) out.push(b);
  }
  return out;
}

/** Paints mark `i` of `entries`. */
function drawEntry(ctx: CanvasRenderingContext2D, chart: ChartLayout, entries: LaneEntries, i: number, style: MarkStyle, lineWidth: number, dpr: number): void {
  const { lanes, offset } = chart;
  const j = i - lanes.from;
  const item = entries.item[i]!;
  const cx = lanes.x0[j]! + GEOMETRY.radius - offset;
  const y = rowY(chart, entries.group[i]!, lanes.lane[j]!);
  const colour = style.colourOf(item);
  if (entries.end[i]! > entries.start[i]!) {
    // An uncertain date: a bar over every day it could be, never a single false point.
    const x1 = lanes.x1[j]! - GEOMETRY.radius - offset;
    ctx.fillStyle = colour + '55';
    ctx.fillRect(cx, y - 3.5, x1 - cx, 7);
    ctx.strokeStyle = colour;
    ctx.lineWidth = 1;
    ctx.setLineDash([3, 2]);
    ctx.strokeRect(cx, y - 3.5, x1 - cx, 7);
    ctx.setLineDash([]);
  }
  if (item === style.selected) {
    ctx.beginPath();
    ctx.arc(cx, y, GEOMETRY.radius + 4, 0, 2 * Math.PI);
    ctx.lineWidth = 3;
    ctx.strokeStyle = style.theme.sel;
    ctx.stroke();
  }
  const shape = style.shapeOf(item);
  const stroke = item === style.selected || item === style.hovered ? style.theme.fg : style.theme.bg;
  if (!sprites.stamp(ctx, dpr, shape, cx, y, colour, stroke, lineWidth)) traceMark(ctx, shape, cx, y, colour, stroke, lineWidth);
}

/** The count bubbles' font, as the context reads it back. */
const BUBBLE_FONT = '600 10px system-ui, sans-serif';

function drawBubbles(ctx: CanvasRenderingContext2D, chart: ChartLayout, style: MarkStyle): void {
  // Set only when it differs: even the same font, set again, makes Chromium recalculate the page's styles
  // there and then (~38 ms with 3,000 restyled elements, measured), and the context keeps it between paints.
  if (ctx.font !== BUBBLE_FONT) ctx.font = BUBBLE_FONT;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const b of chart.fold.bubbles) {
    const x0 = b.x0 - chart.offset;
    if (x0 + GEOMETRY.bubbleWidth < 0 || x0 > chart.width) continue;
    const y = rowY(chart, b.group, chart.rows - 1);
    const w = GEOMETRY.bubbleWidth - 4;
    ctx.beginPath();
    ctx.roundRect(x0, y - 7, w, 14, 7);
    ctx.fillStyle = style.theme.muted;
    ctx.fill();
    ctx.fillStyle = style.theme.bg;
    ctx.fillText(style.bubbleLabel(b.count), x0 + w / 2, y + 0.5);
  }
}
