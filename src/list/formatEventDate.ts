import { formatIsoDate } from '../i18n/formatDate';
import type { Lang } from '../i18n/lang';
import type { EventDate } from '../model/schema';

/** Below this confidence a date reads as approximate ("~"). */
export const APPROX_BELOW = 0.6;

/**
 * How an event's date reads in a list: a single day, a month or year at that precision, or the span
 * "earliest – latest" when a day-precision date is uncertain; "~" marks a low-confidence date.
 */
export function formatEventDate(date: EventDate, lang: Lang): string {
  const approx = date.confidence < APPROX_BELOW ? '~' : '';
  if (date.precision !== 'day') return approx + formatIsoDate(date.value, lang);
  if (date.earliest === date.latest) return approx + formatIsoDate(date.earliest, lang);
  return `${approx}${formatIsoDate(date.earliest, lang)} – ${formatIsoDate(date.latest, lang)}`;
}
