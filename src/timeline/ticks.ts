import { scaleUtc } from 'd3-scale';
import { utcDay, utcMonth, utcYear } from 'd3-time';
import type { Lang } from '../i18n/lang';
import { dateFormat } from '../i18n/formatDate';
import type { TimeWindow } from '../store/store';

/** One axis tick: its pixel position, its label, and whether it starts a larger unit (drawn bolder). */
export interface AxisTick {
  /** The tick's time (ms since the epoch): it names the tick while a zoom or pan moves it. */
  at: number;
  x: number;
  label: string;
  major: boolean;
}


/** Multi-scale tick label in the UI language: a year at New Year, a month name on the 1st, else the day ("Des", "2024", "18"). */
export function formatTick(date: Date, lang: Lang, spanMs: number): string {
  if (utcYear.floor(date).getTime() === date.getTime()) return String(date.getUTCFullYear());
  if (utcMonth.floor(date).getTime() === date.getTime()) return dateFormat(lang, { month: 'short' }).format(date);
  if (utcDay.floor(date).getTime() === date.getTime()) {
    // Narrow windows have few ticks, so each names its month; wide ones rely on the month ticks around them.
    return spanMs < 20 * 86_400_000 ? dateFormat(lang, { day: 'numeric', month: 'short' }).format(date) : String(date.getUTCDate());
  }
  return dateFormat(lang, { hour: '2-digit', minute: '2-digit' }).format(date);
}

/** Ticks for the window at the given pixel width, about one per 80 px, labelled for the zoom level. */
export function axisTicks(w: TimeWindow, width: number, lang: Lang): AxisTick[] {
  const x = scaleUtc().domain([w.start, w.end]).range([0, width]);
  const span = w.end - w.start;
  const count = Math.max(2, Math.floor(width / 80));
  const dates = x.ticks(count);
  const ticks = dates.map((d) => {
    const major = utcYear.floor(d).getTime() === d.getTime() || (span < 400 * 86_400_000 && utcMonth.floor(d).getTime() === d.getTime());
    return { at: d.getTime(), x: x(d), label: formatTick(d, lang, span), major };
  });
  // A window inside one year has no year tick: the first label names the year so the axis is never ambiguous.
  const first = ticks[0];
  if (first && dates[0] && !ticks.some((t) => /^\d{4}$/.test(t.label))) first.label += ` ${dates[0].getUTCFullYear()}`;
  return ticks;
}
