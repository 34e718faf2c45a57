/**
 * An article's publication date: front matter, else a header line near the top, else a dateline,
 * else a date inside the URL, else a bare date line at the very end (a readout's footer). Teasers of other
 * articles sit at the end, so below the top only a lone bare date before any of them counts.
 */
import { dayNumber, dayOfIso, isoOf, isoOfDay, partsOfDay, weekdayOfDay } from './calendar';
import { scanDates } from './findDateMentions';
import { makeParts, type ScannedDate } from './parts';
import type { ArticleDate, YearHint } from './types';

/** How many non-empty lines from the top count as the header. */
const HEADER_LINES = 8;
/** A time and zone after a header date: "12:7:31 WIB", "| 14:05 WIB", "10.30". */
const TRAILING_TIME = new RegExp(
  '^(?:T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,6})?)?(?:Z|[+-]\\d{2}:?\\d{2})?' +
    '|(?:[ \\t\\u00a0]{0,3}[|,/•·\\-–][ \\t\\u00a0]{0,3}|[ \\t\\u00a0]{1,3})(?:(?:pukul|jam|at)[ \\t\\u00a0]{1,3})?\\d{1,2}[:.]\\d{1,2}(?::\\d{1,2})?' +
    // "9:14 a.m. ET": a twelve-hour mark and a zone.
    '(?:[ \\t\\u00a0]{0,3}(?:WIB|WITA|WIT|GMT|UTC|MSK|CST|[AP]M|[ap]\\.m\\.|ET|PT|EST|EDT|PST|PDT|BST|CET|CEST|HKT|SGT|JST|IST|KST)(?![A-Za-z])(?:[+-]\\d{1,2}(?::?\\d{2})?)?){0,2})',
  'i',
);
/** Words besides the date (other than label words) that still leave a line a header ("Jakarta, …", a byline). */
const HEADER_WORDS_MAX = 4;
const DATELINE_PREFIX = /^[ \t\u00a0]{0,3}[\p{Lu}][\p{L} .'’-]{1,40}(?:,[ \t\u00a0]{0,3}[\p{Lu}][\p{L} .'’-]{1,30})?,[ \t\u00a0]{0,3}$/u;
/** After the date: "(Xinhua) --", " -", ". /TASS/." (TASS closes its dateline with the agency between slashes). */
const DATELINE_AFTER = /^[ \t\u00a0]{0,3}(?:\([^()\n]{1,40}\)[ \t\u00a0]{0,3})?(?:--|-|–|—|:|\.?[ \t\u00a0]{0,3}\/[\p{L} ]{2,20}\/\.?)/u;

/** Every full date holds a digit: lines without one need no scan. */
const HAS_DIGIT = /\d/;

const NONE: ArticleDate = { value: null, from: 'none', raw: null, range: null };

function fullDay(s: ScannedDate): number | null {
  const { year, month, day } = s.parts.start;
  if (s.parts.kind !== 'full' || year === null || month === null || day === null) return null;
  return dayNumber(year, month, day);
}

/** The first full date in a string, with its day number. */
function firstFullDate(text: string): { scanned: ScannedDate; day: number } | null {
  for (const s of scanDates(text)) {
    const day = fullDay(s);
    if (day !== null) return { scanned: s, day };
  }
  return null;
}

/** Publication date from a front-matter value in any common shape (Date, ISO string, "20 November 2024", 20241120). */
export function dateFromFrontMatter(value: unknown): string | null {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    const n = dayNumber(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
    return n === null ? null : isoOfDay(n);
  }
  if (typeof value === 'number') return dateFromCompact(String(value));
  if (typeof value !== 'string') return null;
  const found = firstFullDate(value.slice(0, 200));
  return found ? isoOfDay(found.day) : dateFromCompact(value.trim());
}

function dateFromCompact(s: string): string | null {
  const m = /^((?:19|20)\d{2})(\d{2})(\d{2})$/.exec(s);
  const n = m ? dayNumber(Number(m[1]), Number(m[2]), Number(m[3])) : null;
  return n === null ? null : isoOfDay(n);
}

const OTHER_ARTICLES = /^[ \t\u00a0]{0,3}(?:berita lainnya|berita terkait|baca juga|artikel terkait|komentar|related|read more|more from|see also)\b/i;

interface Line {
  text: string;
  offset: number;
}

function topLines(text: string): Line[] {
  const lines: Line[] = [];
  let offset = 0;
  while (offset <= text.length && lines.length < HEADER_LINES) {
    const nl = text.indexOf('\n', offset);
    const end = nl === -1 ? text.length : nl;
    const line = text.slice(offset, end);
    // Past these, lines belong to other articles (teasers), even in a short text.
    if (OTHER_ARTICLES.test(line)) break;
    if (line.trim() !== '') lines.push({ text: line, offset });
    if (nl === -1) break;
    offset = nl + 1;
  }
  return lines;
}

/** Words a header line may carry besides its date without being a sentence: labels, bylines, zones. */
const HEADER_WORDS = new Set([
  'diterbitkan', 'dipublikasikan', 'diperbarui', 'dipublikasi', 'terbit', 'tanggal', 'tgl', 'oleh', 'published', 'posted',
  'updated', 'last', 'on', 'by', 'at', 'wib', 'wita', 'wit', 'gmt', 'utc', 'pukul', 'jam', 'issued', 'am', 'pm', 'ist', 'jst', 'cet', 'cest', 'bst', 'est', 'edt', 'msk',
]);

/** An update stamp after the header's date. */
const UPDATE_AFTER = /(?<![\p{L}])(?:diperbarui|diupdate|diperbaharui|updated|modified|last[ \t\u00a0]+updated)(?![\p{L}])/iu;

/** Words left on a header line besides its date, time and label words. */
function extraWords(s: string): number {
  return s.split(/[^A-Za-z\u00C0-\u024F\d]+/).filter((w) => w !== '' && !HEADER_WORDS.has(w.toLowerCase())).length;
}

/** An update stamp ("Diperbarui 17 Mei 2024", "Updated 22:05, 31-Jan-2024"): the publication date is elsewhere, if given. */
const UPDATE_LABEL = /(?:^|[^\p{L}])(?:diperbarui|diupdate|diperbaharui|pembaruan|updated|last[ \t\u00a0]{1,3}updated)[ \t\u00a0:]*$/iu;

/** A header candidate, how many other words share its line (fewer is more header-like), and whether it is an update stamp. */
function fromHeader(line: Line): { date: ArticleDate; extra: number; update: boolean } | null {
  if (line.text.length > 160 || !HAS_DIGIT.test(line.text)) return null;
  const found = firstFullDate(line.text);
  if (!found) return null;
  const { start, end } = found.scanned;
  const time = TRAILING_TIME.exec(line.text.slice(end));
  const rawEnd = end + (time ? time[0].length : 0);
  // "May 04, 2023 10:41 pm | Updated May 05, 2023 08:15 am IST", "Issued on: 19/06/2025 - 14:12 Modified: 19/06/2025 - 18:47":
  // an update stamp after the date belongs to the header too.
  // "By GAO SHUYUN in Vientiane | China Daily | Updated: 2024-07-26 07:12": only the date's own part of a line split by bars.
  const barBefore = line.text.lastIndexOf('|', start);
  const barAfter = line.text.indexOf('|', rawEnd);
  const after = line.text.slice(rawEnd, barAfter >= 0 ? barAfter : undefined);
  const stamp = after.search(UPDATE_AFTER);
  const extra = extraWords(line.text.slice(barBefore + 1, start) + ' ' + (stamp >= 0 ? after.slice(0, stamp) : after));
  if (extra > HEADER_WORDS_MAX) return null;
  const raw = line.text.slice(start, rawEnd);
  const update = UPDATE_LABEL.test(line.text.slice(0, start));
  return { date: { value: isoOfDay(found.day), from: 'header', raw, range: [line.offset + start, line.offset + rawEnd] }, extra, update };
}

function fromDateline(line: Line): ArticleDate | null {
  const head = line.text.slice(0, 120);
  if (!HAS_DIGIT.test(head)) return null;
  const found = firstFullDate(head);
  if (!found) return null;
  const { start, end } = found.scanned;
  if (!DATELINE_PREFIX.test(line.text.slice(0, start)) || !DATELINE_AFTER.test(line.text.slice(end, end + 50))) return null;
  return { value: isoOfDay(found.day), from: 'dateline', raw: line.text.slice(start, end), range: [line.offset + start, line.offset + end] };
}

/**
 * "Beijing, 9/2 (ANTARA) -": a day and month in figures, which a dateline alone makes a date (elsewhere "9/2" could be
 * anything). Read as day/month, as Indonesian outlets write it.
 */
function numericDatelineDay(head: string): ScannedDate | null {
  const m = /^([ \t\u00a0]{0,3}[\p{Lu}][\p{L} .'’-]{1,40},[ \t\u00a0]{0,3})(\d{1,2})\/(\d{1,2})(?=[ \t\u00a0]{0,3}\()/u.exec(head);
  if (!m) return null;
  const day = Number(m[2]);
  const month = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const start = m[1]!.length;
  return { start, end: m[0].length, parts: makeParts('day-month', { start: { year: null, month, day } }) };
}

/**
 * A dateline without a year ("MOSCOW, March 21 (Reuters) -", "BEIJING, April 9. /TASS/.") takes the year of a full
 * date in the text on that day or up to a week before it ("Aug. 21, 2024" in a photo caption, "on April 8, 2024").
 */
function fromYearlessDateline(line: Line, text: string, horizon?: string, yearHint?: YearHint): ArticleDate | null {
  const head = line.text.slice(0, 120);
  if (!HAS_DIGIT.test(head)) return null;
  const s = scanDates(head).find((x) => x.parts.kind === 'day-month') ?? numericDatelineDay(head);
  if (!s || s.parts.weekday !== null) return null;
  if (!DATELINE_PREFIX.test(line.text.slice(0, s.start)) || !DATELINE_AFTER.test(line.text.slice(s.end, s.end + 50))) return null;
  const { month, day } = s.parts.start;
  if (month === null || day === null) return null;
  const mentions = scanDates(text);
  for (const other of mentions) {
    const n = fullDay(other);
    const year = other.parts.start.year;
    if (n === null || year === null) continue;
    const at = dayNumber(year, month, day);
    if (at === null || n > at || at - n > 7) continue;
    const raw = `${line.text.slice(s.start, s.end)}, in the year of '${text.slice(other.start, other.end).trim()}'`;
    return { value: isoOfDay(at), from: 'dateline', raw, range: [line.offset + s.start, line.offset + s.end] };
  }
  // "on Monday, April 8" under "BEIJING, April 9. /TASS/.": the latest year up to the horizon in which that day is a Monday.
  const last = horizon ? dayOfIso(horizon) : null;
  const lastYear = last === null ? 0 : partsOfDay(last).year;
  for (const other of last === null ? [] : mentions) {
    const { month: m2, day: d2 } = other.parts.start;
    if (other.parts.kind !== 'day-month' || other.parts.weekday === null || m2 === null || d2 === null) continue;
    for (let year = lastYear; year > lastYear - 30; year--) {
      const at = dayNumber(year, month, day);
      if (at === null || at > last!) continue;
      // The named day on or up to a week before the dateline's, across New Year too ("Tuesday, Dec. 31" under "Jan. 2").
      const n = [dayNumber(year, m2, d2), dayNumber(year - 1, m2, d2)].find((x) => x !== null && x <= at && at - x <= 7);
      if (n === undefined || n === null || weekdayOfDay(n) !== other.parts.weekday) continue;
      const raw = `${line.text.slice(s.start, s.end)}, in the latest year up to ${horizon} in which '${text.slice(other.start, other.end).trim()}' falls on that weekday`;
      return { value: isoOfDay(at), from: 'dateline', raw, range: [line.offset + s.start, line.offset + s.end] };
    }
  }
  // "BEIJING, July 13. /TASS/." in an article marking "the 80th anniversary … this year": the year the text gives.
  const at = yearHint ? dayNumber(yearHint.year, month, day) : null;
  if (yearHint && at !== null && (last === null || at <= last)) {
    return { value: isoOfDay(at), from: 'dateline', raw: `${line.text.slice(s.start, s.end)}, in the year the text gives: ${yearHint.reason}`, range: [line.offset + s.start, line.offset + s.end] };
  }
  return null;
}

/** How many non-empty lines from the bottom may hold a footer date. */
const FOOTER_LINES = 4;

/**
 * A date on a line of its own among the last lines ("April 1, 2025, 16:40" over "The Kremlin, Moscow" at the end of a
 * Kremlin readout): the publication date of a text that gives none at the top. Only a bare date (a time may follow), only
 * one, and none after a list of other articles ("Baca juga", "Related"), whose dates are theirs.
 */
function fromFooter(text: string): ArticleDate | null {
  const lines: Line[] = [];
  let end = text.length;
  while (end > 0 && lines.length < FOOTER_LINES) {
    const nl = text.lastIndexOf('\n', end - 1);
    const line = { text: text.slice(nl + 1, end), offset: nl + 1 };
    if (OTHER_ARTICLES.test(line.text)) return null;
    if (line.text.trim() !== '') lines.push(line);
    end = nl < 0 ? 0 : nl;
  }
  const bare = lines.map(fromHeader).filter((c): c is NonNullable<typeof c> => c !== null && c.extra === 0 && !c.update);
  if (bare.length !== 1) return null;
  return { ...bare[0]!.date, from: 'footer' };
}

const URL_PATTERNS: Array<[RegExp, (m: RegExpExecArray) => [number, number, number]]> = [
  [/\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?!\d)/, (m) => [Number(m[1]), Number(m[2]), Number(m[3])]],
  [/(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)/, (m) => [Number(m[1]), Number(m[2]), Number(m[3])]],
  [/[-_/](\d{1,2})-(\d{1,2})-((?:19|20)\d{2})(?!\d)/, (m) => [Number(m[3]), Number(m[2]), Number(m[1])]],
];

/** A date inside a URL: /2024/11/20/, 20241120, -20-11-2024. */
export function dateFromUrl(url: string): { value: string; raw: string } | null {
  for (const [re, read] of URL_PATTERNS) {
    const m = re.exec(url);
    if (!m) continue;
    const [y, mo, d] = read(m);
    if (dayNumber(y, mo, d) !== null) return { value: isoOf(y, mo, d), raw: m[0].replace(/^[-_/]/, '') };
  }
  return null;
}

/** A web address alone on a line near the top ("https://www.suara.com/news/2023/03/22/071500/…"): the date in it. */
function urlLineDate(lines: Line[]): { value: string; raw: string } | null {
  for (const line of lines) {
    const m = /^[ \t\u00a0]*(https?:\/\/\S+)[ \t\u00a0]*$/.exec(line.text);
    const found = m ? dateFromUrl(m[1]!) : null;
    if (found) return found;
  }
  return null;
}

/** The article's publication date and where it came from; `from: 'none'` when nothing gives one. */
export function findArticleDate(input: { text: string; frontMatter?: { published?: unknown }; url?: string | null; /** Where a yearless dateline's year may be found (the text before cleaning keeps photo captions). */ yearText?: string; /** Whether a dateline without a year may give the date (default true). */ yearless?: boolean; /** The latest date an article can have, for a yearless dateline's year. */ horizon?: string; /** The year the text gives (an anniversary "this year"), the last resort for a yearless dateline. */ yearHint?: YearHint }): ArticleDate {
  const fm = input.frontMatter?.published;
  const fmDate = fm === undefined || fm === null ? null : dateFromFrontMatter(fm);
  if (fmDate) return { value: fmDate, from: 'front-matter', raw: fm instanceof Date ? fmDate : String(fm), range: null };
  const lines = topLines(input.text);
  // A bare date line beats a caption or byline that also holds a date; the earlier line wins a tie.
  // An update stamp ('Diperbarui 17 Mei 2024') counts only when no other line gives a date: Kompas
  // prints it under 'Kompas.com - 16/05/2024', which is when the article was published.
  let header: { date: ArticleDate; extra: number; update: boolean } | null = null;
  const better = (a: { extra: number; update: boolean }, b: { extra: number; update: boolean }) => (a.update !== b.update ? !a.update : a.extra < b.extra);
  for (const line of lines) {
    const candidate = fromHeader(line);
    if (candidate && (!header || better(candidate, header))) header = candidate;
    if (header?.extra === 0 && !header.update) break;
  }
  if (header) return header.date;
  for (const line of lines) {
    const dateline = fromDateline(line);
    if (dateline) return dateline;
  }
  // The address given apart, else one printed on a line of its own near the top.
  const fromUrl = input.url ? dateFromUrl(input.url) : urlLineDate(lines);
  if (fromUrl) return { value: fromUrl.value, from: 'url', raw: fromUrl.raw, range: null };
  const footer = fromFooter(input.text);
  if (footer) return footer;
  if (input.yearless === false) return NONE;
  for (const line of lines) {
    const dateline = fromYearlessDateline(line, input.yearText ?? input.text, input.horizon, input.yearHint);
    if (dateline) return dateline;
  }
  return NONE;
}

/** Plain-language description of where an article date came from, e.g. "header '2024-01-11 11:00:51'". */
export function describeArticleDate(date: ArticleDate): string {
  if (date.value === null) return 'no publication date found';
  return date.raw ? `${date.from} '${date.raw}'` : date.from;
}
