import { LOCALE, type Lang } from './lang';

const cache = new Map<string, Intl.DateTimeFormat>();
const numberCache = new Map<Lang, Intl.NumberFormat>();
function fmt(lang: Lang, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = lang + JSON.stringify(opts);
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(LOCALE[lang], { timeZone: 'UTC', ...opts })));
  return f;
}

/** Formats an ISO date of day, month or year precision for the UI language ("18 Nov 2024", "18 Nov 2024"). */
export function formatIsoDate(value: string, lang: Lang, style: 'short' | 'long' = 'short'): string {
  // Intl formatting costs ~0.1 ms a call; the same days come back on every list render and filter change.
  const key = `${lang}${style}${value}`;
  let text = formatted.get(key);
  if (text === undefined) {
    if (formatted.size >= MAX_FORMATTED) formatted.clear();
    formatted.set(key, (text = formatFresh(value, lang, style)));
  }
  return text;
}

/** Formatted dates by language, style and ISO value (cleared when full). */
const formatted = new Map<string, string>();
const MAX_FORMATTED = 20_000;

function formatFresh(value: string, lang: Lang, style: 'short' | 'long'): string {
  const [y, m, d] = value.split('-').map(Number);
  if (y === undefined || Number.isNaN(y)) return value;
  const date = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  const month = style === 'long' ? 'long' : 'short';
  if (m === undefined) return String(y);
  if (d === undefined) return fmt(lang, { year: 'numeric', month }).format(date);
  return fmt(lang, { year: 'numeric', month, day: 'numeric' }).format(date);
}

/** Formats a number with the UI language's separators. */
export function formatNumber(n: number, lang: Lang): string {
  let f = numberCache.get(lang);
  if (!f) numberCache.set(lang, (f = new Intl.NumberFormat(LOCALE[lang])));
  return f.format(n);
}
