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
}

const DAY = 86_400_000;
const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** Tick label precision: years when every tick is 1 January, months when every tick is a 1st, else days. */
function tickPrecision(dates: Date[]): 'year' | 'month' | 'day' {
  if (dates.every((d) => d.getUTCMonth() === 0 && d.getUTCDate() === 1)) return 'year';
  if (dates.every((d) => d.getUTCDate() === 1)) return 'month';
  return 'day';
}

/**
 * Lays out events on a horizontal time axis `width` wide: x from the date span, stacked into lanes so no two
 * marks (or spans) overlap. Pure; the same events always give the same picture.
 */
export function layoutStaticTimeline(events: readonly TimelineEvent[], width: number, r = 8, margin = 28): StaticTimelineLayout {
  const laneGap = 2 * r + 8;
  if (events.length === 0) return { width, height: 48, axisY: 24, ticks: [], marks: [] };
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of events) {
    lo = Math.min(lo, ms(e.date.earliest));
    hi = Math.max(hi, ms(e.date.latest) + DAY);
  }
  const pad = Math.max(15 * DAY, (hi - lo) * 0.04);
  const scale = scaleUtc().domain([lo - pad, hi + pad]).range([margin, width - margin]);
  const sorted = [...events].sort((a, b) => a.date.earliest.localeCompare(b.date.earliest) || a.id.localeCompare(b.id));
  const laneEnds: number[] = [];
  const placed = sorted.map((e) => {
    const x0 = scale(ms(e.date.earliest));
    const x1 = e.date.latest === e.date.earliest ? x0 : scale(ms(e.date.latest) + DAY);
    const x = (x0 + x1) / 2;
    const left = Math.min(x0, x - r);
    const right = Math.max(x1, x + r);
    let lane = laneEnds.findIndex((end) => end + 4 <= left);
    if (lane < 0) lane = laneEnds.push(right) - 1;
    else laneEnds[lane] = right;
    return { id: e.id, type: e.type, x, x0, x1, lane };
  });
  const axisY = laneEnds.length * laneGap + r;
  const marks = placed.map((m) => ({ ...m, y: axisY - r - 6 - m.lane * laneGap }));
  const tickDates = scale.ticks(Math.max(2, Math.floor(width / 130)));
  const precision = tickPrecision(tickDates);
  const ticks = tickDates.map((d) => {
    const iso = d.toISOString().slice(0, 10);
    return { x: scale(d), iso: precision === 'year' ? iso.slice(0, 4) : precision === 'month' ? iso.slice(0, 7) : iso, precision };
  });
  return { width, height: axisY + 28, axisY, ticks, marks };
}
