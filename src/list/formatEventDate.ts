import { formatIsoDate } from '../i18n/formatDate';
import type { Lang } from '../i18n/lang';
import type { EventDate } from '../model/schema';

/** Below this confidence a date reads as approximate ("~"). */
export const APPROX_BELOW = 0.6;

/**
 * How an event's date reads in a list: the day, or the month or year at that precision; "~" marks a
 * day that is uncertain (a span of possible days, see formatDateSpan) or of low confidence.
 */
export function formatEventDate(date: EventDate, lang: Lang): string {
  const approx = date.confidence < APPROX_BELOW || (date.precision === 'day' && date.earliest !== date.latest) ? '~' : '';
  return approx + formatIsoDate(date.value, lang);
}

/** The span of days an event's date could be, "9 Jan 2024 – 11 Jan 2024", or one day when certain. */
export function formatDateSpan(date: EventDate, lang: Lang): string {
  if (date.earliest === date.latest) return formatIsoDate(date.earliest, lang);
  return `${formatIsoDate(date.earliest, lang)} – ${formatIsoDate(date.latest, lang)}`;
}
