import { LOCALE, type Lang } from './lang';

const cache = new Map<string, Intl.DateTimeFormat>();
const numberCache = new Map<string, Intl.NumberFormat>();

/** A UTC date format for the UI language, made once per language and options (making one costs milliseconds). */
export function dateFormat(lang: Lang, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
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
  if (d === undefined) return dateFormat(lang, { year: 'numeric', month }).format(date);
  return dateFormat(lang, { year: 'numeric', month, day: 'numeric' }).format(date);
}

function numberFormat(lang: Lang, style: 'full' | 'compact'): Intl.NumberFormat {
  const key = lang + style;
  let f = numberCache.get(key);
  if (!f) {
    const opts: Intl.NumberFormatOptions = style === 'compact' ? { notation: 'compact', maximumFractionDigits: 1 } : {};
    numberCache.set(key, (f = new Intl.NumberFormat(LOCALE[lang], opts)));
  }
  return f;
}

/** Formatted numbers by language and style, then by number (each cleared when full). */
const numberTexts = new Map<string, Map<number, string>>();

function formatNumberAs(n: number, lang: Lang, style: 'full' | 'compact'): string {
  // The timeline writes the same counts on its bubbles in every frame of a zoom; Intl costs µs a call.
  const key = lang + style;
  let texts = numberTexts.get(key);
  if (!texts) numberTexts.set(key, (texts = new Map()));
  let text = texts.get(n);
  if (text === undefined) {
    if (texts.size >= MAX_FORMATTED) texts.clear();
    texts.set(n, (text = numberFormat(lang, style).format(n)));
  }
  return text;
}

/** Formats a number with the UI language's separators. */
export function formatNumber(n: number, lang: Lang): string {
  return formatNumberAs(n, lang, 'full');
}

/** Formats a number in the UI language's short form ("12.3k", "12,3 rb"). */
export function formatCompact(n: number, lang: Lang): string {
  return formatNumberAs(n, lang, 'compact');
}

/**
 * Makes the formats the first screen uses for `lang` ahead of it (the first Intl format of a page costs
 * tens of milliseconds on a slow machine, as ICU loads its data): called while the dataset downloads, it
 * takes that cost off the first render.
 */
export function warmFormatters(lang: Lang): void {
  formatNumber(1000, lang);
  formatCompact(1500, lang);
  for (const value of ['2000', '2000-01', '2000-01-01']) formatIsoDate(value, lang);
  dateFormat(lang, { month: 'short' }).format(0);
}
