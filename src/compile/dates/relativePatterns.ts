/**
 * Date expressions that only mean something against the article date: a weekday alone ("pada hari
 * Rabu", "last Wednesday") and relative words ("kemarin", "pekan lalu", "tahun depan").
 */
import { LETTER, SP, WEEKDAY, weekdayOf } from './lexicon';
import { makeParts, type DateParts, type RelativeParts, type Season } from './parts';
import type { DatePattern } from './patterns';

const START = `(?<![${LETTER}\\d])`;
const END = `(?![${LETTER}\\d])`;

/** Words before a weekday or period that make it a repetition or a duration, not a date. */
const NOT_A_DATE_BEFORE = /(?:setiap|tiap|saban|every|each|\d|satu|dua|tiga|empat|lima|beberapa|several|few)[ \t\u00a0]{1,3}$/i;

const DURATION_BEFORE = /(?:selama|dalam|sepanjang|for|over|in the past|in the last)[ \t\u00a0]{1,3}$/i;

function precededBy(text: string, index: number, re: RegExp): boolean {
  return re.test(text.slice(Math.max(0, index - 14), index));
}

/** At the start of a line or sentence, where a capital letter says nothing about the word. */
function atSentenceStart(text: string, index: number): boolean {
  return /(?:^|[.!?\n"“]\s{0,3})$/.test(text.slice(Math.max(0, index - 5), index));
}

const RELATIVE_WORDS: Array<[RegExp, RelativeParts]> = [
  [/^(?:kemarin[ \t\u00a0]{1,3}(?:dulu|lusa)|the day before yesterday)$/i, { unit: 'day', offset: -2 }],
  [/^(?:kemarin|yesterday)$/i, { unit: 'day', offset: -1 }],
  [/^(?:hari ini|today|this (?:morning|afternoon|evening)|earlier today|later today|tonight|(?:pagi|siang|sore|malam) ini|tadi (?:pagi|siang|sore))$/i, { unit: 'day', offset: 0 }],
  [/^(?:besok|esok(?: hari)?|tomorrow)$/i, { unit: 'day', offset: 1 }],
  [/^lusa$/i, { unit: 'day', offset: 2 }],
];

const UNIT: Record<string, RelativeParts['unit']> = {
  pekan: 'week', minggu: 'week', week: 'week', bulan: 'month', month: 'month', tahun: 'year', year: 'year',
};

function relativeOf(raw: string): RelativeParts | null {
  const words = raw.toLowerCase().replace(/[ \t\u00a0]+/g, ' ');
  for (const [re, rel] of RELATIVE_WORDS) if (re.test(words)) return rel;
  const id = /^(pekan|minggu|bulan|tahun) (?:yang )?(lalu|lampau|kemarin|silam|depan|mendatang|ini|akan datang)$/.exec(words);
  if (id) {
    const offset = id[2] === 'ini' ? 0 : /depan|mendatang|akan/.test(id[2]!) ? 1 : -1;
    return { unit: UNIT[id[1]!]!, offset };
  }
  const en = /^(last|next|this|previous|coming) (week|month|year)$/.exec(words);
  if (en) return { unit: UNIT[en[2]!]!, offset: en[1] === 'this' ? 0 : /next|coming/.test(en[1]!) ? 1 : -1 };
  return null;
}

const COUNT_WORDS: Record<string, number> = {
  satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9, sepuluh: 10,
  one: 1, a: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};
const COUNT = `(\\d{1,2}|${Object.keys(COUNT_WORDS).join('|')})`;

function countOf(word: string): number | null {
  return /^\d+$/.test(word) ? Number(word) : (COUNT_WORDS[word.toLowerCase()] ?? null);
}

/** Words for a part of a period; "akhir pekan" (the weekend) is told apart where weeks are read. */
export const PART_WORDS: Record<string, 'start' | 'middle' | 'end'> = {
  awal: 'start', permulaan: 'start', early: 'start', 'beginning of': 'start', 'the beginning of': 'start', 'the start of': 'start', 'start of': 'start',
  pertengahan: 'middle', tengah: 'middle', mid: 'middle', 'the middle of': 'middle', 'middle of': 'middle',
  akhir: 'end', penghujung: 'end', late: 'end', 'the end of': 'end', 'end of': 'end',
};
const PART = '(awal|permulaan|pertengahan|tengah|akhir|penghujung|early|late|mid|(?:the[ \\t\\u00a0]{1,3})?(?:beginning|start|middle|end)[ \\t\\u00a0]{1,3}of)';

const SEASONS: Record<string, Season> = { semi: 'spring', panas: 'summer', gugur: 'autumn', dingin: 'winter', spring: 'spring', summer: 'summer', autumn: 'autumn', fall: 'autumn', winter: 'winter' };
const SEASON_EN = '(spring|summer|autumn|fall|winter)';
const YEAR_WORDS: Record<string, number> = { ini: 0, depan: 1, mendatang: 1, lalu: -1, kemarin: -1, this: 0, next: 1, last: -1 };

/** DateParts of a season, of a year named ("2026"), counted ("tahun depan", "next year"), or none. */
function seasonParts(name: string, year: string | undefined, counted: string | undefined, which: 'next' | 'last' | 'near'): DateParts {
  const season = SEASONS[name.toLowerCase()]!;
  if (year) return makeParts('relative', { start: { year: Number(year), month: null, day: null }, season: { name: season, which: 'year' } });
  if (counted) {
    const offset = YEAR_WORDS[counted.toLowerCase()]!;
    return makeParts('relative', { relative: { unit: 'year', offset }, season: { name: season, which: 'year' }, past: offset < 0 });
  }
  return makeParts('relative', { season: { name: season, which }, past: which === 'last' });
}

export const RELATIVE_PATTERNS: DatePattern[] = [
  {
    // "pada musim semi 2026", "musim gugur tahun depan", "musim panas lalu": a season, of a year or the nearest one.
    name: 'season-id',
    groups: ['relative'],
    re: new RegExp(
      `${START}(?:pada${SP})?(?:(?:awal|pertengahan|akhir)${SP})?musim${SP}(semi|panas|gugur|dingin)(?:${SP}(?:tahun${SP}(?:yang${SP})?(ini|depan|mendatang|lalu|kemarin)|(?:tahun${SP})?((?:19|20)\\d{2})|(lalu|kemarin|mendatang|depan|ini)))?${END}`,
      'gi',
    ),
    build: (m) => {
      const which = m[4] ? (YEAR_WORDS[m[4].toLowerCase()]! < 0 ? 'last' : YEAR_WORDS[m[4].toLowerCase()]! > 0 ? 'next' : 'near') : 'near';
      return seasonParts(m[1]!, m[3], m[2], which);
    },
  },
  {
    // "next spring", "last autumn", "in the spring of 2026", "in the autumn", "this summer": not a bare "fall" or "spring" (verbs).
    name: 'season-en',
    groups: ['relative'],
    re: new RegExp(
      `${START}(?:(this|next|last|coming)${SP}${SEASON_EN}|(?:(?:in|during|by|until)${SP}(?:the${SP})?(?:(?:early|late|mid)[ \\t\\u00a0-]{1,3})?${SEASON_EN}|${SEASON_EN})(?:${SP}(?:of${SP})?(?:((?:19|20)\\d{2})|(this|next|last)${SP}year))?)${END}`,
      'gi',
    ),
    build: (m) => {
      const lead = m[1]?.toLowerCase();
      if (lead) return seasonParts(m[2]!, undefined, lead === 'this' ? 'this' : undefined, lead === 'last' ? 'last' : 'next');
      const name = m[3] ?? m[4]!;
      // A bare season word needs a year after it ("spring 2026"): "spring" and "fall" are verbs too.
      if (m[4] && !m[5] && !m[6]) return null;
      return seasonParts(name, m[5], m[6], 'near');
    },
  },
  {
    // "tanggal 5 bulan ini", "pada tanggal 28 bulan lalu": a day of a month counted from the article date.
    name: 'day-of-relative-month',
    groups: ['relative'],
    // "pada 20 hingga 22 bulan ini": a span of days of that month, dated by its first day.
    re: new RegExp(`${START}(?:pada${SP})?(?:(?:tanggal|tgl\\.?)${SP}(\\d{1,2})|(\\d{1,2})${SP}(?:hingga|sampai|s\\.d\\.?|-|–)${SP}(?:tanggal${SP})?\\d{1,2})${SP}bulan${SP}(?:yang${SP})?(lalu|kemarin|ini|depan|mendatang)${END}`, 'gi'),
    build: (m) => {
      const day = Number(m[1] ?? m[2]);
      const rel = relativeOf(`bulan ${m[3]}`);
      if (!rel || rel.unit !== 'month' || day < 1 || day > 31) return null;
      return makeParts('relative', { relative: { ...rel, day }, past: rel.offset < 0 });
    },
  },
  {
    // "akhir pekan lalu" (last weekend), "awal bulan ini", "late last month", "mid-next year".
    name: 'relative-part',
    groups: ['relative'],
    re: new RegExp(
      `${START}(?:${PART}[ \\t\\u00a0-]{1,3}(?:(pekan|minggu|bulan|tahun)${SP}(?:yang${SP})?(lalu|kemarin|silam|depan|mendatang|ini|akan${SP}datang)|(last|next|this|previous|coming)${SP}(week|month|year))|(last|next|this|coming)${SP}(weekend))${END}`,
      'gi',
    ),
    build: (m) => {
      if (m[7] !== undefined) {
        const w = m[6]?.toLowerCase();
        return makeParts('relative', { relative: { unit: 'week', offset: w === 'last' ? -1 : w === 'next' || w === 'coming' ? 1 : 0, part: 'weekend' }, past: w === 'last' });
      }
      const rel = relativeOf(m[2] !== undefined ? `${m[2]} ${m[3]}` : `${m[4]} ${m[5]}`);
      if (!rel) return null;
      const lead = m[1]!.toLowerCase().replace(/[ \t\u00a0]+/g, ' ');
      // "akhir pekan" is the weekend, not the end of a working week.
      const part = rel.unit === 'week' && (lead === 'akhir' || lead === 'penghujung') ? 'weekend' : PART_WORDS[lead];
      if (!part) return null;
      return makeParts('relative', { relative: { ...rel, part }, past: rel.offset < 0 });
    },
  },
  {
    // Days and weeks only: "80 tahun lalu" is history, and "1 bulan yang lalu" is site chrome ("Sedang Trending").
    // Not "dua hari sebelumnya": that counts from another event, not from the article date.
    name: 'count-ago',
    groups: ['number', 'relative'],
    re: new RegExp(
      `${START}(?:${COUNT}${SP}(hari|pekan|minggu)${SP}(?:yang${SP})?(?:lalu|silam)|se(hari|pekan|minggu)${SP}(?:yang${SP})?lalu|${COUNT}${SP}(days?|weeks?)${SP}ago)${END}`,
      'gi',
    ),
    build: (m, text) => {
      // "selama 2 minggu lalu" / "in the past two weeks" is a duration, not a point in time.
      if (precededBy(text, m.index, DURATION_BEFORE)) return null;
      const n = m[3] !== undefined ? 1 : countOf(m[1] ?? m[4] ?? '');
      const unit = (m[2] ?? m[3] ?? m[5] ?? '').toLowerCase();
      if (n === null || n < 1 || n > 30) return null;
      const weeks = /pekan|minggu|week/.test(unit);
      return makeParts('relative', { relative: { unit: weeks ? 'week' : 'day', offset: -n }, past: true });
    },
  },
  {
    name: 'weekday',
    groups: ['weekday'],
    re: new RegExp(
      `${START}(?:(?:pada|on|last|next|this|coming)${SP})?(?:hari${SP})?(${WEEKDAY})(?:${SP}(?:(pekan|minggu)${SP}(lalu|depan|ini)|(last|next|this)${SP}week)|${SP}(lalu|kemarin|mendatang|depan|ini|nanti))?${END}`,
      'gi',
    ),
    build: (m, text) => {
      const word = m[1]!;
      const wd = weekdayOf(word);
      if (wd === null || precededBy(text, m.index, NOT_A_DATE_BEFORE)) return null;
      const lead = m[0].toLowerCase();
      const hasHari = /hari/.test(lead.slice(0, lead.indexOf(word.toLowerCase())));
      const suffix = m[5]?.toLowerCase();
      // "minggu" is also "week": lower-case, or capitalised at a sentence start before lalu/depan/ini, it is the week.
      if (/^minggu$/i.test(word) && !hasHari) {
        if (word[0] === 'm') return null;
        if (suffix !== undefined && lead.startsWith('minggu') && atSentenceStart(text, m.index)) return null;
      }
      const weekWord = (m[3] ?? m[4])?.toLowerCase();
      if (weekWord !== undefined) {
        // "Rabu pekan lalu": the Wednesday of last week.
        const offset = weekWord === 'ini' || weekWord === 'this' ? 0 : weekWord === 'depan' || weekWord === 'next' ? 1 : -1;
        return makeParts('weekday', { weekday: wd, relative: { unit: 'week', offset }, past: offset < 0 });
      }
      const past = /^last\b/.test(lead) || suffix === 'lalu' || suffix === 'kemarin';
      return makeParts('weekday', { weekday: wd, past });
    },
  },
  {
    name: 'relative',
    groups: ['relative'],
    re: new RegExp(
      `${START}(?:kemarin${SP}(?:dulu|lusa)|kemarin|hari${SP}ini|this${SP}(?:morning|afternoon|evening)|(?:earlier|later)${SP}today|tonight|(?:pagi|siang|sore|malam)${SP}ini|tadi${SP}(?:pagi|siang|sore)|besok|esok(?:${SP}hari)?|lusa|yesterday|today|tomorrow|the day before yesterday|(?:pekan|minggu|bulan|tahun)${SP}(?:yang${SP})?(?:lalu|lampau|kemarin|silam|depan|mendatang|ini|akan${SP}datang)|(?:last|next|this|previous|coming)${SP}(?:week|month|year))${END}`,
      'gi',
    ),
    build: (m, text) => {
      if (precededBy(text, m.index, NOT_A_DATE_BEFORE)) return null;
      // "Minggu lalu" mid-sentence and capitalised is Sunday; the weekday pattern reads it.
      if (/^Minggu/.test(m[0]) && !atSentenceStart(text, m.index)) return null;
      // "hari ini" inside "setiap hari ini…" or "ulang tahun ini" is not a date.
      if (/^tahun/i.test(m[0]) && /(?:ulang|hari jadi)[ \t\u00a0]{1,3}$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) return null;
      // "esok harinya" is the day after another event, not tomorrow from the article date.
      if (/^esok$/i.test(m[0]) && /^[ \t\u00a0]{1,3}harinya/i.test(text.slice(m.index + 4, m.index + 16))) return null;
      const relative = relativeOf(m[0]);
      return relative ? makeParts('relative', { relative, past: relative.offset < 0 }) : null;
    },
  },
];
