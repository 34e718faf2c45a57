import { scaleUtc } from 'd3-scale';
import type { EventType, TimelineEvent } from '../model/schema';

/** One event's mark: centre (x, y), its date span [x0, x1] and its lane. */
export interface StaticMark {
  id: string;
  type: EventType;
  x: number;
  x0: number;
  x1: number;
  y: number;
  lane: number;
}

/** A laid-out static timeline: marks above an axis at `axisY`, with ticks as dates in ISO form. */
export interface StaticTimelineLayout {
  width: number;
  height: number;
  axisY: number;
  ticks: { x: number; iso: string; precision: 'year' | 'month' | 'day' }[];
  marks: StaticMark[];
  /** Events that found no free lane, folded into a "+N" count at x (above the top lane at y). */
  folded: { x: number; y: number; count: number }[];
  /** When there are too many events for marks: event counts per column, bars of height ∝ count. */
  bins: { x0: number; x1: number; count: number; height: number }[];
}

/** Limits that keep a still picture legible and cheap to draw. */
export interface StaticLimits {
  r?: number;
  margin?: number;
  /** Lanes before crowded events fold into a count. */
  maxLanes?: number;
  /** Above this many events, a histogram replaces the marks (the highlighted event keeps its mark). */
  maxMarks?: number;
  highlightId?: string | null;
}

const DAY = 86_400_000;
/** Epoch ms of a `YYYY-MM-DD` day; by hand because Date.parse is the hot spot at 100,000 events. */
const ms = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));

/** Tick label precision: years when every tick is 1 January, months when every tick is a 1st, else days. */
function tickPrecision(dates: Date[]): 'year' | 'month' | 'day' {
  if (dates.every((d) => d.getUTCMonth() === 0 && d.getUTCDate() === 1)) return 'year';
  if (dates.every((d) => d.getUTCDate() === 1)) return 'month';
  return 'day';
}

/**
 * Lays out events on a horizontal time axis `width` wide: x from the date span, stacked into lanes so no two
 * marks (or spans) overlap; what does not fit in `maxLanes` folds into counts, and past `maxMarks` events a
 * histogram is drawn instead. Pure; the same events always give the same picture.
 */
export function layoutStaticTimeline(events: readonly TimelineEvent[], width: number, limits: StaticLimits = {}): StaticTimelineLayout {
  const { r = 8, margin = 28, maxLanes = 6, maxMarks = 1500, highlightId = null } = limits;
  const laneGap = 2 * r + 8;
  if (events.length === 0) return { width, height: 48, axisY: 24, ticks: [], marks: [], folded: [], bins: [] };
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of events) {
    lo = Math.min(lo, ms(e.date.earliest));
    hi = Math.max(hi, ms(e.date.latest) + DAY);
  }
  const pad = Math.max(15 * DAY, (hi - lo) * 0.04);
  const scale = scaleUtc().domain([lo - pad, hi + pad]).range([margin, width - margin]);
  // The same linear map as `scale`, without its Date round trips: this runs once per event.
  const d0 = lo - pad;
  const k = (width - 2 * margin) / (hi + pad - d0);
  const xOf = (t: number) => margin + (t - d0) * k;
  const span = (e: TimelineEvent) => {
    const x0 = xOf(ms(e.date.earliest));
    const x1 = e.date.latest === e.date.earliest ? x0 : xOf(ms(e.date.latest) + DAY);
    return { x0, x1, x: (x0 + x1) / 2 };
  };
  const tickDates = scale.ticks(Math.max(2, Math.floor(width / 130)));
  const precision = tickPrecision(tickDates);
  const ticks = tickDates.map((d) => {
    const iso = d.toISOString().slice(0, 10);
    return { x: scale(d), iso: precision === 'year' ? iso.slice(0, 4) : precision === 'month' ? iso.slice(0, 7) : iso, precision };
  });

  if (events.length > maxMarks) {
    const axisY = maxLanes * laneGap + r;
    const columns = Math.max(1, Math.floor((width - 2 * margin) / 6));
    const counts = new Array<number>(columns).fill(0);
    for (const e of events) counts[Math.min(columns - 1, Math.max(0, Math.floor(((span(e).x - margin) / (width - 2 * margin)) * columns)))]!++;
    const max = Math.max(...counts);
    const colW = (width - 2 * margin) / columns;
    const bins = counts.flatMap((count, i) => (count ? [{ x0: margin + i * colW, x1: margin + (i + 1) * colW, count, height: (count / max) * (axisY - 4) }] : []));
    const hi = events.find((e) => e.id === highlightId);
    const marks = hi ? [{ id: hi.id, type: hi.type, ...span(hi), lane: 0, y: axisY - r - 6 }] : [];
    return { width, height: axisY + 28, axisY, ticks, marks, folded: [], bins };
  }

  const sorted = [...events].sort((a, b) => a.date.earliest.localeCompare(b.date.earliest) || a.id.localeCompare(b.id));
  const laneEnds: number[] = [];
  const placed: Omit<StaticMark, 'y'>[] = [];
  const overflow: { x: number; count: number }[] = [];
  for (const e of sorted) {
    const { x0, x1, x } = span(e);
    const left = Math.min(x0, x - r);
    const right = Math.max(x1, x + r);
    let lane = laneEnds.findIndex((end) => end + 4 <= left);
    if (lane < 0 && laneEnds.length < maxLanes) lane = laneEnds.push(right) - 1;
    if (lane < 0) {
      const last = overflow.at(-1);
      if (last && x - last.x < 3 * r) last.count++;
      else overflow.push({ x, count: 1 });
      continue;
    }
    laneEnds[lane] = right;
    placed.push({ id: e.id, type: e.type, x, x0, x1, lane });
  }
  const top = overflow.length ? 18 : 0;
  const axisY = top + laneEnds.length * laneGap + r;
  const marks = placed.map((m) => ({ ...m, y: axisY - r - 6 - m.lane * laneGap }));
  const folded = overflow.map((o) => ({ ...o, y: top - 4 }));
  return { width, height: axisY + 28, axisY, ticks, marks, folded, bins: [] };
}
