/**
 * Day and month without a year ("Selasa (2/12)", "pada 18 November"): pick the year from the article
 * date when there is one; otherwise from the years whose weekday fits, role tenures and year hints.
 */
import { dayNumber, isoOfDay, partsOfDay, weekdayOfDay } from './calendar';
import { MONTH_NAMES, WEEKDAY_NAMES } from './lexicon';
import type { DateParts } from './parts';
import { dayOfIsoLoose, dayResult } from './results';
import type { DateConstraint, ResolveContext, ResolvedDate } from './types';

/** How far back a year-less date may lie when nothing else anchors it. */
const YEARS_BACK = 30;

/** The date the day/month falls on in the year nearest the anchor: on or before it, or on or after for the future. */
export function nearestYear(month: number, day: number, anchor: number, future: boolean): number | null {
  const y0 = partsOfDay(anchor).year;
  const years = future ? [y0, y0 + 1, y0 + 2, y0 + 3, y0 + 4] : [y0, y0 - 1, y0 - 2, y0 - 3, y0 - 4];
  for (const y of years) {
    const n = dayNumber(y, month, day);
    if (n !== null && (future ? n >= anchor : n <= anchor)) return n;
  }
  return null;
}

/** Resolve day/month (and optional weekday) against a known article date. */
export function resolveWithArticleDate(raw: string, parts: DateParts, anchor: number, future: boolean): ResolvedDate | null {
  const { month, day } = parts.start;
  if (month === null || day === null) return null;
  const n = nearestYear(month, day, anchor, future);
  if (n === null) return null;
  const side = future ? 'on or after' : 'on or before';
  let basis = `'${raw}', no year in the text; the nearest ${day} ${MONTH_NAMES[month - 1]} ${side} the article date ${isoOfDay(anchor)} is ${isoOfDay(n)}`;
  if (parts.weekday === null) return dayResult(n, 0.85, basis);
  if (weekdayOfDay(n) === parts.weekday) return dayResult(n, 0.95, `${basis}, a ${WEEKDAY_NAMES[parts.weekday]} as the text says`);
  basis += `, but that is a ${WEEKDAY_NAMES[weekdayOfDay(n)]}, not the ${WEEKDAY_NAMES[parts.weekday]} the text says`;
  // A publication date a day or two early (time zones, a wrong header) puts the real day just across it.
  const other = nearestYear(month, day, future ? anchor - 1 : anchor + 1, !future);
  if (other !== null && Math.abs(other - anchor) <= 7 && weekdayOfDay(other) === parts.weekday) {
    return dayResult(other, 0.6, `${basis}; ${isoOfDay(other)}, ${Math.abs(other - anchor)} day(s) ${future ? 'before' : 'after'} the article date, is a ${WEEKDAY_NAMES[parts.weekday]}, so it is taken`, { alternatives: [isoOfDay(n)] });
  }
  return dayResult(n, 0.5, basis);
}

function violated(n: number, constraints: DateConstraint[]): DateConstraint | undefined {
  return constraints.find((c) => (c.earliest && n < dayOfIsoLoose(c.earliest)) || (c.latest && n > dayOfIsoLoose(c.latest)));
}

function listYears(days: number[]): string {
  const years = days.map((n) => partsOfDay(n).year).sort((a, b) => a - b);
  return years.length > 6 ? `${years.slice(0, 2).join(', ')}, …, ${years.slice(-3).join(', ')}` : years.join(', ');
}

/** Resolve day/month with no article date: weekday fit, then constraints, then year hints, then recency. */
export function resolveWithoutArticleDate(raw: string, parts: DateParts, ctx: ResolveContext, future: boolean): ResolvedDate | null {
  const { month, day } = parts.start;
  if (month === null || day === null) return null;
  const horizon = dayOfIsoLoose(ctx.horizon);
  const hy = partsOfDay(horizon).year;
  const wd = parts.weekday;
  const fitting: number[] = [];
  for (let y = hy + (future ? 1 : 0); y >= hy - YEARS_BACK; y--) {
    const n = dayNumber(y, month, day);
    if (n === null || (!future && n > horizon) || (wd !== null && weekdayOfDay(n) !== wd)) continue;
    fitting.push(n);
  }
  if (fitting.length === 0) return null;
  const what = wd === null ? `${day} ${MONTH_NAMES[month - 1]}` : `a ${WEEKDAY_NAMES[wd]} ${day} ${MONTH_NAMES[month - 1]}`;
  const steps = [`'${raw}', no year in the text`];
  if (wd !== null) steps.push(`${what} falls in ${listYears(fitting)} (the ${YEARS_BACK} years up to ${ctx.horizon})`);

  const ruledOut = new Map<DateConstraint, number[]>();
  let remaining = fitting.filter((n) => {
    const c = violated(n, ctx.constraints);
    if (c) ruledOut.set(c, [...(ruledOut.get(c) ?? []), n]);
    return !c;
  });
  for (const [c, days] of ruledOut) steps.push(`${c.reason} (rules out ${listYears(days)})`);
  let penalty = 0;
  if (remaining.length === 0) {
    steps.push('every candidate conflicts with what else is known, so the constraints are set aside');
    remaining = fitting;
    penalty = 0.3;
  }

  // A text written early in a year can report a late-December contact of the year before.
  const support = (n: number) => {
    const { year, month: m } = partsOfDay(n);
    return ctx.yearHints.filter((h) => h.year === year || (m === 12 && h.year === year + 1));
  };
  const ranked = [...remaining].sort((a, b) => support(b).length - support(a).length || b - a);
  const best = ranked[0]!;
  const bestSupport = support(best);
  const rivals = ranked.slice(1);
  const contested = rivals.some((n) => support(n).length > 0);
  if (bestSupport.length > 0) steps.push(bestSupport.map((h) => h.reason).join('; '));
  else if (rivals.length > 0) steps.push(`nothing else in the text tells the years apart; the most recent, ${partsOfDay(best).year}, is taken`);

  let confidence: number;
  if (rivals.length === 0) confidence = bestSupport.length > 0 ? 0.9 : wd !== null ? 0.75 : 0.5;
  // Each further independent hint for the same year makes the choice firmer, up to three.
  else if (bestSupport.length > 0 && !contested) confidence = (wd !== null ? 0.7 : 0.55) + 0.05 * Math.min(bestSupport.length, 3);
  else confidence = wd !== null ? 0.45 : 0.3;
  const alternatives = rivals.slice(0, 4).map(isoOfDay);
  const still = alternatives.length > 0 ? ` (${alternatives.join(', ')} not ruled out)` : '';
  steps.push(`so ${isoOfDay(best)}${still}`);
  return dayResult(best, Math.round((confidence - penalty) * 100) / 100, steps.join('; '), { alternatives });
}
