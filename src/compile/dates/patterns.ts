/**
 * The date expressions the scanner knows, each a regex compiled once plus a builder that reads the
 * match into DateParts (or rejects it). Every quantifier over spaces is bounded and no group repeats
 * another quantified group, so matching stays linear on long lines.
 */
import { dayNumber } from './calendar';
import { LETTER, MONTH, SP, SP0, WEEKDAY, monthOf, weekdayOf } from './lexicon';
import { makeParts, type DateParts, type PartialDate } from './parts';
import type { TriggerGroup } from './triggers';
import { PART_WORDS } from './relativePatterns';

/** A compiled pattern: a global regex and what its match means. */
export interface DatePattern {
  name: string;
  re: RegExp;
  build: (m: RegExpExecArray, text: string) => DateParts | null;
  /** Trigger groups whose windows this pattern runs on (default: numbers; every pattern here holds a digit). */
  groups?: TriggerGroup[];
  /** Characters of which a window must hold one for the pattern to be worth running there. */
  needs?: string[];
}

const START = `(?<![${LETTER}\\d])`;

/** Full month names, Indonesian and English: with a dot after them they end a sentence, not an abbreviation. */
const FULL_MONTHS = new Set(['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember', 'january', 'february', 'march', 'may', 'june', 'july', 'august', 'october', 'december']);
/** The part of a named month the words before it give. */
const MONTH_PART = /^(?:at\s+)?(awal|pertengahan|akhir|early|mid|late|(?:the\s+)?(?:beginning|start|middle|end)\s+of)\b/;
/** "the end of", "at the beginning of": a part of the month before its name. */
const PART_OF = `(?:at${SP})?(?:the${SP})?(?:beginning|start|middle|end)${SP}of`;
const END = `(?![${LETTER}\\d])`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)';
const YEAR = '((?:1[89]|2\\d)\\d{2})(?!\\d)';
const WD_PREFIX = `(?:(${WEEKDAY}),?${SP})?`;
const RANGE_SEP = `${SP0}(?:-|–|—|s/d|s\\.d\\.?|hingga|sampai(?:${SP}dengan)?|to|until|till|through|and|dan)${SP0}`;
/** "Senin malam (18/11)", "on Tuesday morning": parts of the day between weekday and date. */
const TIME_OF_DAY = `(?:pagi|siang|sore|petang|malam|dini${SP}hari|morning|afternoon|evening|night)`;
/** Not followed by a year: "18 November" but not the start of "18 November 2024". */
const NO_YEAR_AFTER = `(?![.,]?${SP0}[.,]?${SP0}\\d)(?!${SP0}[-–—]${SP0}\\d)`;

/** "September tahun lalu", "12 Mei tahun ini", "March next year": the year counted from the article date's. */
const YEAR_REL = `(?:,?${SP}(tahun${SP}(?:lalu|kemarin|ini|depan)|(?:last|this|next)${SP}year))`;

/** The year offset of a YEAR_REL match: −1, 0 or +1. */
function yearOffsetOf(words: string | undefined): { yearOffset?: number } {
  if (words === undefined) return {};
  return { yearOffset: /lalu|kemarin|last/i.test(words) ? -1 : /depan|next/i.test(words) ? 1 : 0 };
}

function re(source: string): RegExp {
  return new RegExp(source, 'gi');
}

function num(s: string | undefined): number | null {
  return s === undefined ? null : Number(s);
}

/** Short month words ("may", "jun", "mar") count only when capitalised: lower-case they are ordinary words. */
function month(word: string | undefined): number | null {
  if (word === undefined) return null;
  const bare = word.replace(/\.$/, '');
  if (bare.length <= 4 && !/^\p{Lu}/u.test(bare)) return null;
  return monthOf(bare);
}

function weekday(word: string | undefined): number | null {
  return word === undefined ? null : weekdayOf(word);
}

function valid(d: PartialDate): boolean {
  if (d.month === null || d.day === null) return d.month === null || (d.month >= 1 && d.month <= 12);
  return dayNumber(d.year ?? 2000, d.month, d.day) !== null;
}

function full(y: number | null, mo: number | null, d: number | null, wd: number | null = null): DateParts | null {
  if (y === null || mo === null || d === null) return null;
  const start = { year: y, month: mo, day: d };
  return valid(start) ? makeParts('full', { start, weekday: wd }) : null;
}

function dayMonth(mo: number | null, d: number | null, wd: number | null, suffix?: string, yearWords?: string): DateParts | null {
  if (mo === null || d === null) return null;
  const start = { year: null, month: mo, day: d };
  return valid(start) ? makeParts('day-month', { start, weekday: wd, past: isPastWord(suffix), ...yearOffsetOf(yearWords) }) : null;
}

function isPastWord(s: string | undefined): boolean {
  return s !== undefined && /^(lalu|kemarin|last|silam|lampau)$/i.test(s);
}

/** Day/month order of an all-numeric date: Indonesian day-first unless the numbers rule it out. */
function numericDate(a: number, b: number, y: number): DateParts | null {
  if (a > 12 || b <= 12) return full(y, b, a);
  return full(y, a, b);
}

function range(start: PartialDate, end: PartialDate): DateParts | null {
  if (!valid(start) || !valid(end)) return null;
  if (start.month === end.month && start.year === end.year && (start.day ?? 0) >= (end.day ?? 0)) return null;
  return makeParts('range', { start, end });
}

export const DATE_PATTERNS: DatePattern[] = [
  {
    name: 'iso',
    needs: ['-', '/', '.'],
    re: re(`(?<![\\d/.-])${WD_PREFIX}(\\d{4})([-/.])(\\d{1,2})\\3(\\d{1,2})(?![\\d])`),
    build: (m) => full(num(m[2]), num(m[4]), num(m[5]), weekday(m[1])),
  },
  {
    name: 'numeric-dmy',
    needs: ['-', '/', '.'],
    re: re(`(?<![\\d/.-])${WD_PREFIX}(\\d{1,2})([-/.])(\\d{1,2})\\3(\\d{4})(?![\\d])`),
    build: (m) => {
      const p = numericDate(Number(m[2]), Number(m[4]), Number(m[5]));
      if (p) p.weekday = weekday(m[1]);
      return p;
    },
  },
  {
    name: 'day-month-year',
    // Also hyphenated, as CGTN stamps its pages: "31-Jan-2024".
    re: re(`${START}${WD_PREFIX}${DAY}(?:${SP}(?:of${SP})?|-)(${MONTH})(?:,?${SP}|-)${YEAR}`),
    build: (m) => full(num(m[4]), month(m[3]), num(m[2]), weekday(m[1])),
  },
  {
    name: 'month-day-year',
    re: re(`${START}${WD_PREFIX}(${MONTH})${SP}${DAY},?${SP}${YEAR}`),
    build: (m) => full(num(m[4]), month(m[2]), num(m[3]), weekday(m[1])),
  },
  {
    name: 'range-days',
    re: re(`${START}${DAY}${RANGE_SEP}${DAY}${SP}(${MONTH})(?:,?${SP}${YEAR})?`),
    build: (m) => {
      const mo = month(m[3]);
      const y = num(m[4]);
      return mo === null ? null : range({ year: y, month: mo, day: Number(m[1]) }, { year: y, month: mo, day: Number(m[2]) });
    },
  },
  {
    name: 'range-months',
    re: re(`${START}${DAY}${SP}(${MONTH})(?:${SP}${YEAR})?${SP0}(?:-|–|—|s/d|hingga|sampai|to|until)${SP0}${DAY}${SP}(${MONTH})(?:,?${SP}${YEAR})?`),
    build: (m) => {
      const [m1, m2] = [month(m[2]), month(m[5])];
      if (m1 === null || m2 === null) return null;
      const y2 = num(m[6]);
      const y1 = num(m[3]) ?? (y2 !== null && m1 > m2 ? y2 - 1 : y2);
      return range({ year: y1, month: m1, day: Number(m[1]) }, { year: y2, month: m2, day: Number(m[4]) });
    },
  },
  {
    name: 'range-month-first',
    re: re(`${START}(?:(?:on|from)${SP})?(${MONTH})${SP}${DAY}${SP0}(?:-|–|—|to|through|until)${SP0}${DAY}(?:,?${SP}${YEAR})?`),
    build: (m) => {
      const mo = month(m[1]);
      const y = num(m[4]);
      return mo === null ? null : range({ year: y, month: mo, day: Number(m[2]) }, { year: y, month: mo, day: Number(m[3]) });
    },
  },
  {
    name: 'weekday-paren',
    needs: ['('],
    re: re(`${START}(?:(?:pada|on)${SP})?(?:hari${SP})?(${WEEKDAY})(?:${SP}${TIME_OF_DAY})?${SP0}\\(${SP0}(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}|\\d{2}))?${SP0}\\)(?:${SP}(lalu|kemarin|mendatang|depan))?${END}`),
    build: (m) => {
      const wd = weekday(m[1]);
      if (m[4] !== undefined) {
        const y = m[4].length === 2 ? 2000 + Number(m[4]) : Number(m[4]);
        return full(y, Number(m[3]), Number(m[2]), wd);
      }
      return dayMonth(Number(m[3]), Number(m[2]), wd, m[5]);
    },
  },
  {
    name: 'weekday-comma-numeric',
    needs: ['/'],
    re: re(`${START}(?:(?:pada|on)${SP})?(?:hari${SP})?(${WEEKDAY}),?${SP}(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?(?![\\d/])(?:${SP}(lalu|kemarin|mendatang|depan))?${END}`),
    build: (m) => (m[4] !== undefined ? full(Number(m[4]), Number(m[3]), Number(m[2]), weekday(m[1])) : dayMonth(Number(m[3]), Number(m[2]), weekday(m[1]), m[5])),
  },
  {
    // A day/month with no weekday: "pada 18/11", "tanggal 5/9", or alone in brackets "Harbin (17/11)".
    name: 'numeric-day-month',
    needs: ['/'],
    re: re(`${START}(?:(?:pada|tanggal|tgl\\.?|sejak|hingga|sampai|on)${SP}(?:hari${SP})?(\\d{1,2})/(\\d{1,2})(?![\\d/])|\\(${SP0}(\\d{1,2})/(\\d{1,2})${SP0}\\))(?:${SP}(lalu|kemarin|mendatang|depan))?${END}`),
    build: (m) => dayMonth(Number(m[2] ?? m[4]), Number(m[1] ?? m[3]), null, m[5]),
  },
  {
    name: 'weekday-paren-day-first',
    needs: ['('],
    re: re(`${START}(?:on${SP})?(${WEEKDAY})${SP0}\\(${SP0}${DAY}${SP}(${MONTH})${SP0}\\)`),
    build: (m) => dayMonth(month(m[3]), num(m[2]), weekday(m[1])),
  },
  {
    name: 'weekday-paren-en',
    needs: ['('],
    re: re(`${START}(?:on${SP})?(${WEEKDAY})${SP0}\\(${SP0}(${MONTH})${SP0}${DAY}${SP0}\\)`),
    build: (m) => dayMonth(month(m[2]), num(m[3]), weekday(m[1])),
  },
  {
    name: 'day-month',
    re: re(`${START}(?:(?:pada|tanggal|tgl\\.?|on)${SP})?${WD_PREFIX}${DAY}${SP}(?:of${SP})?(${MONTH})${NO_YEAR_AFTER}(?:${SP}(lalu|mendatang|depan)|${YEAR_REL})?${END}`),
    build: (m) => dayMonth(month(m[3]), num(m[2]), weekday(m[1]), m[4], m[5]),
  },
  {
    name: 'month-day',
    re: re(`${START}(?:on${SP})?${WD_PREFIX}(${MONTH})${SP}${DAY}${NO_YEAR_AFTER}${YEAR_REL}?`),
    build: (m) => dayMonth(month(m[2]), num(m[3]), weekday(m[1]), undefined, m[4]),
  },
  {
    name: 'month-year',
    re: re(`${START}(?:(?:bulan|pada|sejak|in|since)${SP})?(?:(awal|pertengahan|akhir|early|mid|late|${PART_OF})(?:${SP}|-)(?:bulan${SP})?)?(${MONTH}),?${SP}${YEAR}`),
    build: (m) => {
      const mo = month(m[2]);
      const part = m[1] ? PART_WORDS[m[1].toLowerCase().replace(/^at\s+/, '').replace(/\s+/g, ' ')] : undefined;
      return mo === null ? null : makeParts('month-year', { start: { year: Number(m[3]), month: mo, day: null }, ...(part ? { part } : {}) });
    },
  },
  {
    // A month without a year needs a word that makes it a date: "pada Mei lalu", "in March", "Desember mendatang".
    name: 'month-alone',
    groups: ['month'],
    re: re(`${START}(?:(?:pada|sejak|hingga|sampai|awal|akhir|pertengahan|in|since|until|last|next|this|early|late|mid|${PART_OF})(?:${SP}|(?<=mid)-)(?:bulan${SP})?(${MONTH})(?:${SP}(lalu|kemarin|mendatang|depan|ini))?|(${MONTH})(?:${SP}(lalu|kemarin|mendatang|depan)|(?=${YEAR_REL})))${YEAR_REL}?(?![.,]?${SP0}\\d)${END}`),
    build: (m) => {
      const word = m[1] ?? m[3];
      // A dot ends an abbreviation ("Okt."), too short to trust alone, or the sentence after a full name ("Oktober.").
      const name = word !== undefined && word.endsWith('.') && FULL_MONTHS.has(word.slice(0, -1).toLowerCase()) ? word.slice(0, -1) : word;
      const mo = name !== undefined && name.length >= 3 && /^\p{Lu}/u.test(name) && !name.endsWith('.') ? month(name) : null;
      if (mo === null) return null;
      const lead = m[0].toLowerCase();
      const past = /^(?:last|sejak|since)\b/.test(lead) || /lalu|kemarin/.test(m[2] ?? m[4] ?? '');
      const part = MONTH_PART.exec(lead)?.[1]?.replace(/\s+/g, ' ');
      return makeParts('month-year', { start: { year: null, month: mo, day: null }, past, ...yearOffsetOf(m[6]), ...(part && PART_WORDS[part] ? { part: PART_WORDS[part]! } : {}) });
    },
  },
  {
    name: 'year',
    re: re(`${START}(?:(?:pada|sejak|hingga|sampai|selama|sepanjang|awal|akhir|pertengahan|in|since|until|by|during|early|late|mid)${SP}(?:tahun${SP})?|tahun${SP})${YEAR}(?![${LETTER}]|-an|[-–/]\\d)`),
    build: (m) => makeParts('year', { start: { year: Number(m[1]), month: null, day: null } }),
  },
];
