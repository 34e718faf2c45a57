/** Builders for ResolvedDate values, so every resolution keeps earliest ≤ value ≤ latest and ISO strings. */
import { dayNumber, daysInMonth, isoOf, isoOfDay, pad2, partsOfDay } from './calendar';
import type { ResolveContext, ResolvedDate, YearHint } from './types';

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}

/** A day-precision result; `from`/`to` widen the bounds around the value (a span, a range). */
export function dayResult(
  day: number,
  confidence: number,
  basis: string,
  opts: { from?: number; to?: number; alternatives?: string[] } = {},
): ResolvedDate {
  const from = Math.min(opts.from ?? day, day);
  const to = Math.max(opts.to ?? day, day);
  return {
    value: isoOfDay(day),
    precision: 'day',
    earliest: isoOfDay(from),
    latest: isoOfDay(to),
    confidence: clamp01(confidence),
    basis,
    alternatives: opts.alternatives ?? [],
  };
}

/** A month-precision result spanning the whole month. */
export function monthResult(year: number, month: number, confidence: number, basis: string): ResolvedDate {
  return {
    value: `${String(year).padStart(4, '0')}-${pad2(month)}`,
    precision: 'month',
    earliest: isoOf(year, month, 1),
    latest: isoOf(year, month, daysInMonth(year, month)),
    confidence: clamp01(confidence),
    basis,
    alternatives: [],
  };
}

/** A year-precision result spanning the whole year. */
export function yearResult(year: number, confidence: number, basis: string, alternatives: string[] = []): ResolvedDate {
  return {
    value: String(year).padStart(4, '0'),
    precision: 'year',
    earliest: isoOf(year, 1, 1),
    latest: isoOf(year, 12, 31),
    confidence: clamp01(confidence),
    basis,
    alternatives,
  };
}

/** The year most hints agree on (the later one on a tie), with the hints that gave it. */
export function bestHintYear(hints: YearHint[]): { year: number; hints: YearHint[] } | null {
  const byYear = new Map<number, YearHint[]>();
  for (const h of hints) byYear.set(h.year, [...(byYear.get(h.year) ?? []), h]);
  let best: { year: number; hints: YearHint[] } | null = null;
  for (const [year, list] of byYear) {
    if (!best || list.length > best.hints.length || (list.length === best.hints.length && year > best.year)) best = { year, hints: list };
  }
  return best;
}

/** The year the text was most likely written in, from year hints alone (precision 'year'); null without hints. */
export function yearHintsAsEventDate(hints: YearHint[]): ResolvedDate | null {
  const best = bestHintYear(hints);
  if (!best) return null;
  const others = [...new Set(hints.map((h) => h.year))].filter((y) => y !== best.year).map(String);
  const confidence = others.length === 0 ? 0.5 : 0.3;
  return yearResult(best.year, confidence, `no date in the text and no article date; ${best.hints.map((h) => h.reason).join('; ')}`, others);
}

/** An event dated by its article's publication date, for a text that gives no date of its own. */
export function articleDateAsEventDate(articleDate: string, reason: string): ResolvedDate {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(articleDate);
  const day = m ? dayNumber(Number(m[1]), Number(m[2]), Number(m[3])) : null;
  if (day === null) throw new Error(`articleDateAsEventDate: not an ISO date: ${articleDate}`);
  const basis = `no date in the text; the contact is dated by the article's publication date ${articleDate}${reason ? ` (${reason})` : ''}`;
  // News reports a contact on the day or within a couple of days after it.
  return dayResult(day, 0.6, basis, { from: day - 2 });
}

/** Last resort when nothing anchors an expression: the hinted year, else the horizon's year, with low confidence. */
export function unanchoredResult(raw: string, ctx: ResolveContext, yearOffset = 0): ResolvedDate {
  const best = bestHintYear(ctx.yearHints);
  if (best) {
    const y = best.year + yearOffset;
    const shift = yearOffset === 0 ? '' : `; '${raw}' is then ${y}`;
    return yearResult(y, 0.3, `'${raw}' with no article date; ${best.hints.map((h) => h.reason).join('; ')}${shift}`);
  }
  const horizonDay = dayOfIsoLoose(ctx.horizon);
  const y = partsOfDay(horizonDay).year + yearOffset;
  return yearResult(y, 0.1, `'${raw}' with no article date and no year hints; placed in ${y}, the year of ${ctx.horizon}`);
}

/** Day number of an ISO date, or of 1970-01-01 when it is malformed (the horizon is validated by the caller). */
export function dayOfIsoLoose(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return (m && dayNumber(Number(m[1]), Number(m[2]), Number(m[3]))) ?? 0;
}
