import { dayNumber, daysInMonth, isoOf, isoOfDay, partsOfDay, weekdayOfDay } from './calendar';
import { partsOfMention } from './findDateMentions';
import { MONTH_NAMES, WEEKDAY_NAMES } from './lexicon';
import type { DateParts, Season } from './parts';
import { dayOfIsoLoose, dayResult, monthResult, unanchoredResult, yearResult } from './results';
import { nearestYear, resolveWithArticleDate, resolveWithoutArticleDate } from './resolveYearless';
import type { DateMention, ResolveContext, ResolvedDate } from './types';

/**
 * The day a weekday alone refers to: latest on or before the anchor, or for the future the first on or
 * after it (a Wednesday paper's 'dijadwalkan bertemu Putin pada Rabu' is that day; next week's would say 'Rabu depan').
 */
export function weekdayNear(weekday: number, anchor: number, future: boolean, strictlyBefore: boolean, strictlyAfter = false): number {
  const w = weekdayOfDay(anchor);
  if (future) return anchor + ((weekday - w + 7) % 7 || (strictlyAfter ? 7 : 0));
  const back = (w - weekday + 7) % 7;
  return anchor - (back === 0 && strictlyBefore ? 7 : back);
}

function anchorOf(ctx: ResolveContext): number | null {
  if (!ctx.articleDate || !/^\d{4}-\d{2}-\d{2}/.test(ctx.articleDate)) return null;
  return dayOfIsoLoose(ctx.articleDate);
}

function resolveFull(raw: string, parts: DateParts): ResolvedDate | null {
  const { year, month, day } = parts.start;
  const n = year !== null && month !== null && day !== null ? dayNumber(year, month, day) : null;
  if (n === null) return null;
  if (parts.weekday !== null && weekdayOfDay(n) !== parts.weekday) {
    return dayResult(n, 0.7, `'${raw}' gives ${isoOfDay(n)}, though that day is a ${WEEKDAY_NAMES[weekdayOfDay(n)]}, not a ${WEEKDAY_NAMES[parts.weekday]}`);
  }
  return dayResult(n, 0.95, `'${raw}' gives ${isoOfDay(n)}`);
}

function resolveRange(raw: string, parts: DateParts, ctx: ResolveContext, future: boolean): ResolvedDate | null {
  const { start, end } = parts;
  if (!end || start.month === null || start.day === null || end.month === null || end.day === null) return null;
  let first: number | null;
  let how = '';
  if (start.year !== null) first = dayNumber(start.year, start.month, start.day);
  else {
    const anchor = anchorOf(ctx);
    if (anchor !== null) {
      first = nearestYear(start.month, start.day, anchor, future);
      how = `, no year in the text; the nearest ${future ? 'on or after' : 'on or before'} the article date ${ctx.articleDate}`;
    } else {
      const single = resolveWithoutArticleDate(raw, { ...parts, kind: 'day-month', end: null }, ctx, future);
      first = single ? dayOfIsoLoose(single.value) : null;
      how = single ? ` (start: ${single.basis})` : '';
    }
  }
  if (first === null) return null;
  const fy = partsOfDay(first).year;
  const endYear = end.year ?? (end.month < start.month ? fy + 1 : fy);
  const last = dayNumber(endYear, end.month, end.day);
  if (last === null || last < first) return null;
  const confidence = start.year !== null || end.year !== null ? 0.95 : anchorOf(ctx) !== null ? 0.8 : 0.4;
  return dayResult(first, confidence, `'${raw}' is the span ${isoOfDay(first)} to ${isoOfDay(last)}${how}`, { to: last });
}

function resolveRelative(raw: string, parts: DateParts, anchor: number): ResolvedDate | null {
  const rel = parts.relative;
  if (!rel) return null;
  const from = `'${raw}' counted from the article date ${isoOfDay(anchor)}`;
  const { year, month } = partsOfDay(anchor);
  switch (rel.unit) {
    case 'day': {
      const n = anchor + rel.offset;
      return dayResult(n, rel.offset === 0 ? 0.9 : 0.85, `${from} gives ${isoOfDay(n)}`);
    }
    case 'week': {
      // Weeks run Monday to Sunday, as in Indonesian and ISO usage.
      const monday = anchor - ((weekdayOfDay(anchor) + 6) % 7) + rel.offset * 7;
      const [a, b, what] = rel.part === 'weekend' ? [5, 6, 'the weekend'] : rel.part === 'start' ? [0, 2, 'the start of the week'] : rel.part === 'end' ? [3, 6, 'the end of the week'] : rel.part === 'middle' ? [1, 4, 'the middle of the week'] : [0, 6, 'the week'];
      return dayResult(monday + a, rel.part ? 0.55 : 0.4, `${from}: ${what} of ${isoOfDay(monday + a)} to ${isoOfDay(monday + b)}`, { to: monday + b });
    }
    case 'month': {
      const index = year * 12 + (month - 1) + rel.offset;
      const y = Math.floor(index / 12);
      const mo = (index % 12) + 1;
      if (rel.day !== undefined) {
        const n = rel.day <= daysInMonth(y, mo) ? dayNumber(y, mo, rel.day) : null;
        return n === null ? null : dayResult(n, 0.85, `${from} gives ${isoOfDay(n)}`);
      }
      const r = monthResult(y, mo, 0.8, `${from} gives ${y}-${String(mo).padStart(2, '0')}`);
      return rel.part && rel.part !== 'weekend' ? narrowToPart(r, rel.part) : r;
    }
    case 'year': {
      const r = yearResult(year + rel.offset, 0.85, `${from} gives ${year + rel.offset}`);
      if (!rel.part) return r;
      const [m0, m1] = rel.part === 'start' ? [1, 4] : rel.part === 'middle' ? [5, 8] : [9, 12];
      return { ...r, earliest: isoOf(year + rel.offset, m0, 1), latest: isoOf(year + rel.offset, m1, daysInMonth(year + rel.offset, m1)), basis: `${r.basis}, ${PART_NAMES[rel.part]}` };
    }
  }
}

const PART_NAMES = { start: 'its first part', middle: 'its middle', end: 'its last part', weekend: 'the weekend' } as const;

/** A month result narrowed to a part of the month: days 1–10 ("awal bulan"), 11–20 ("pertengahan"), 21–end ("akhir"). */
function narrowToPart(r: ResolvedDate, part: 'start' | 'middle' | 'end'): ResolvedDate {
  const [from, to] = part === 'start' ? [1, 10] : part === 'middle' ? [11, 20] : [21, 31];
  const [y, m] = r.value.split('-').map(Number) as [number, number];
  return { ...r, earliest: isoOf(y, m, from), latest: isoOf(y, m, Math.min(to, daysInMonth(y, m))), basis: `${r.basis}, ${PART_NAMES[part]}` };
}

/** A month without a year ("pada Mei lalu"): the nearest one on or before the article date (after, for the future). */
function resolveMonthAlone(raw: string, month: number, ctx: ResolveContext, future: boolean): ResolvedDate | null {
  const anchor = anchorOf(ctx);
  if (anchor === null) return null;
  const { year: y0, month: m0 } = partsOfDay(anchor);
  const year = future ? (month < m0 ? y0 + 1 : y0) : month > m0 ? y0 - 1 : y0;
  const side = future ? 'on or after' : 'on or before';
  return monthResult(year, month, 0.75, `'${raw}', no year in the text; the nearest ${MONTH_NAMES[month - 1]} ${side} the article date ${isoOfDay(anchor)} is ${year}-${String(month).padStart(2, '0')}`);
}

/** "September tahun lalu", "12 Mei tahun ini": the month (and day) in the year counted from the article date's. */
function resolveYearOffset(raw: string, parts: DateParts, anchor: number, offset: number): ResolvedDate | null {
  const { month, day } = parts.start;
  if (month === null) return null;
  const year = partsOfDay(anchor).year + offset;
  const basis = `'${raw}': ${year}, ${offset === 0 ? 'the year of' : offset < 0 ? 'the year before' : 'the year after'} the article date ${isoOfDay(anchor)}`;
  if (day === null) return monthResult(year, month, 0.85, basis);
  const n = dayNumber(year, month, day);
  return n === null ? null : dayResult(n, 0.9, basis);
}

const SEASON_MONTHS: Record<Season, [number, number]> = { spring: [3, 5], summer: [6, 8], autumn: [9, 11], winter: [12, 14] };

/** The first and last day of a season of `year` (winter runs from December into the next year's February). */
function seasonSpan(season: Season, year: number): [number, number] {
  const [m0, m1] = SEASON_MONTHS[season];
  const [y1, mo1] = m1 > 12 ? [year + 1, m1 - 12] : [year, m1];
  return [dayNumber(year, m0, 1)!, dayNumber(y1, mo1, daysInMonth(y1, mo1))!];
}

/** "musim semi 2026", "next spring", "pada musim gugur" (planned: the coming one): the months of the season, year precision. */
function resolveSeason(raw: string, parts: DateParts, anchor: number | null, future: boolean): ResolvedDate | null {
  const season = parts.season!;
  let year: number;
  let how: string;
  if (season.which === 'year') {
    if (parts.start.year !== null) [year, how] = [parts.start.year, ''];
    else if (anchor !== null && parts.relative) [year, how] = [partsOfDay(anchor).year + parts.relative.offset, ` counted from the article date ${isoOfDay(anchor)}`];
    else return null;
  } else {
    if (anchor === null) return null;
    const y0 = partsOfDay(anchor).year;
    const years = [y0 - 2, y0 - 1, y0, y0 + 1, y0 + 2];
    const pick =
      season.which === 'next' ? years.find((y) => seasonSpan(season.name, y)[0] > anchor)
      : season.which === 'last' ? [...years].reverse().find((y) => seasonSpan(season.name, y)[1] < anchor)
      : future ? years.find((y) => seasonSpan(season.name, y)[1] >= anchor)
      : [...years].reverse().find((y) => seasonSpan(season.name, y)[0] <= anchor);
    if (pick === undefined) return null;
    year = pick;
    how = `, the ${season.which === 'next' ? 'next one after' : season.which === 'last' ? 'last one before' : future ? 'nearest one from' : 'nearest one up to'} the article date ${isoOfDay(anchor)}`;
  }
  const [from, to] = seasonSpan(season.name, year);
  const r = yearResult(year, 0.75, `'${raw}'${how}: the ${season.name} of ${year}, ${isoOfDay(from)} to ${isoOfDay(to)}`);
  return { ...r, earliest: isoOfDay(from), latest: isoOfDay(to) };
}

function resolveParts(mention: DateMention, parts: DateParts, ctx: ResolveContext): ResolvedDate | null {
  const { raw, future } = mention;
  const anchor = anchorOf(ctx);
  if (parts.season) return resolveSeason(raw, parts, anchor, future && !parts.past);
  if (parts.yearOffset !== undefined && anchor !== null && parts.start.year === null && (parts.kind === 'month-year' || parts.kind === 'day-month')) {
    const r = resolveYearOffset(raw, parts, anchor, parts.yearOffset);
    if (r) return parts.part ? narrowToPart(r, parts.part) : r;
  }
  switch (parts.kind) {
    case 'full':
      return resolveFull(raw, parts);
    case 'range':
      return resolveRange(raw, parts, ctx, future);
    case 'month-year': {
      const { year, month } = parts.start;
      if (month === null) return null;
      const r = year !== null ? monthResult(year, month, 0.9, `'${raw}' gives ${year}-${String(month).padStart(2, '0')}`) : resolveMonthAlone(raw, month, ctx, future && !parts.past);
      return r && parts.part ? narrowToPart(r, parts.part) : r;
    }
    case 'year':
      return parts.start.year !== null ? yearResult(parts.start.year, 0.85, `'${raw}' gives ${parts.start.year}`) : null;
    case 'day-month':
      return anchor !== null
        ? resolveWithArticleDate(raw, parts, anchor, future && !parts.past)
        : resolveWithoutArticleDate(raw, parts, ctx, future && !parts.past);
    case 'weekday': {
      if (anchor === null || parts.weekday === null) return null;
      if (parts.relative?.unit === 'week') {
        const monday = anchor - ((weekdayOfDay(anchor) + 6) % 7) + parts.relative.offset * 7;
        const n = monday + ((parts.weekday + 6) % 7);
        return dayResult(n, 0.85, `'${raw}' counted from the article date ${isoOfDay(anchor)}: the ${WEEKDAY_NAMES[parts.weekday]} of the week of ${isoOfDay(monday)} is ${isoOfDay(n)}`);
      }
      // 'Rabu depan', 'next Wednesday' on a Wednesday is a week ahead; a plain future 'pada Rabu' is that day.
      const next = /(?<![\p{L}])(?:depan|mendatang|next|coming)(?![\p{L}])/iu.test(raw);
      const n = weekdayNear(parts.weekday, anchor, future && !parts.past, parts.past, next);
      const which = future && !parts.past ? (next ? 'the next' : 'the first') : 'the latest';
      const side = future && !parts.past ? (next ? 'after' : 'on or after') : parts.past ? 'before' : 'on or before';
      const basis = `'${raw}' with the article dated ${isoOfDay(anchor)} (a ${WEEKDAY_NAMES[weekdayOfDay(anchor)]}): ${which} ${WEEKDAY_NAMES[parts.weekday]} ${side} it is ${isoOfDay(n)}`;
      return dayResult(n, 0.85, basis);
    }
    case 'relative':
      return anchor !== null ? resolveRelative(raw, parts, anchor) : null;
  }
}

/** Resolve a date mention to a date with bounds, confidence and a plain-language basis; never throws. */
export function resolveMention(mention: DateMention, ctx: ResolveContext): ResolvedDate {
  const parts = partsOfMention(mention);
  const resolved = parts ? resolveParts(mention, parts, ctx) : null;
  if (resolved) return resolved;
  const yearOffset = parts?.relative?.unit === 'year' ? parts.relative.offset : 0;
  return unanchoredResult(mention.raw, ctx, yearOffset);
}
