/**
 * Words in a contact's sentence that point at another contact of the same article: its day, counted
 * from ("Sehari sebelumnya", "the following day", "dua hari kemudian"), and its place ("di tempat yang
 * sama", "at the same venue", "on the same occasion").
 */
import { namesGatheringBefore } from './findContacts';

/** A day counted from another contact: `days` after it (negative: before it). */
export interface DayReference {
  words: string;
  days: number;
  start: number;
  end: number;
}

/** The place of another contact; `occasion` when it is the same event or venue (so also its sidelines), not only the same city. */
export interface PlaceReference {
  words: string;
  occasion: boolean;
  start: number;
  end: number;
}

const COUNT_WORDS: Record<string, number> = {
  se: 1, satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7,
  a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7,
};
const N = '(\\d{1,2}|satu|dua|tiga|empat|lima|enam|tujuh|one|two|three|four|five|six|seven|an?)';
const S = '[\\s\\u00a0]+';
/** "the day before" / "two days after" only on their own: "the day before the summit" counts from the summit, not a contact. */
const NOUN_AFTER = /^[\s\u00a0]+(?:(?:the|a|an|his|her|its|their|this|that)(?![\p{L}])|[\p{Lu}\d])/u;
const OPEN_ENDED = /(?:before|after)$/i;

const BEFORE_ID = `(?:sebelumnya|sebelum${S}(?:itu|nya)|sebelum${S}pertemuan${S}(?:itu|tersebut))`;
const AFTER_ID = `(?:kemudian|setelahnya|sesudahnya|berikutnya|setelah${S}itu|sesudah${S}itu|usai${S}pertemuan${S}(?:itu|tersebut))`;

/** Each form with the offset it gives; a count (group 1) multiplies it. */
const DAY_FORMS: Array<{ re: RegExp; days: number; counted?: boolean }> = [
  { re: new RegExp(`(?:${N}${S}|se)hari${S}${BEFORE_ID}`, 'giu'), days: -1, counted: true },
  { re: new RegExp(`(?:${N}${S}|se)hari${S}${AFTER_ID}`, 'giu'), days: 1, counted: true },
  { re: new RegExp(`keesokan(?:${S}(?:harinya|hari|paginya|malamnya))?|esok${S}harinya|besoknya|(?:pada${S})?hari${S}berikutnya`, 'giu'), days: 1 },
  { re: new RegExp(`(?:pada${S})?(?:malam|pagi|siang|sore)${S}(?:harinya|hari${S}itu)|(?:pada|di)${S}hari${S}yang${S}sama|hari${S}itu${S}juga`, 'giu'), days: 0 },
  { re: new RegExp(`(?:dalam|pada|di)${S}kesempatan${S}yang${S}sama|on${S}the${S}same${S}occasion`, 'giu'), days: 0 },
  { re: new RegExp(`(?:${N}${S}(?:minggu|pekan)|seminggu|sepekan)${S}${BEFORE_ID}`, 'giu'), days: -7, counted: true },
  { re: new RegExp(`(?:${N}${S}(?:minggu|pekan)|seminggu|sepekan)${S}${AFTER_ID}`, 'giu'), days: 7, counted: true },
  { re: new RegExp(`${N}${S}weeks?${S}(?:earlier|before)`, 'giu'), days: -7, counted: true },
  { re: new RegExp(`${N}${S}weeks?${S}(?:later|after)`, 'giu'), days: 7, counted: true },
  { re: new RegExp(`${N}${S}days?${S}(?:earlier|before)`, 'giu'), days: -1, counted: true },
  { re: new RegExp(`${N}${S}days?${S}(?:later|after)`, 'giu'), days: 1, counted: true },
  { re: new RegExp(`the${S}(?:previous|preceding)${S}(?:day|evening|morning)|the${S}day${S}before`, 'giu'), days: -1 },
  { re: new RegExp(`the${S}(?:next|following|subsequent)${S}(?:day|morning|evening)|the${S}day${S}after`, 'giu'), days: 1 },
  { re: new RegExp(`(?:(?:a${S}few|several|${N})${S})?hours${S}(?:earlier|later|before|after)|beberapa${S}jam${S}(?:sebelumnya|kemudian)|(?:later|earlier)${S}(?:that|the${S}same|in${S}the)${S}day|(?:on${S})?the${S}same${S}day|that${S}(?:same${S})?(?:evening|night|afternoon)|(?:sebelumnya|kemudian)${S}pada${S}hari${S}(?:itu|yang${S}sama)`, 'giu'), days: 0 },
];

/** An arrival or another action of a relative clause: "Wang, who arrived the day before, met …" dates the arrival, not the contact. */
const OTHER_ACTION = /(?<![\p{L}])(?:yang|who|which|tiba|datang|mendarat|arrived|arriving|landed|setelah|sesudah|after)(?![\p{L}])[^,;]*$/iu;
/** The same, when the contact is the visit itself: its arrival ("Xi tiba di Moskow sehari sebelumnya untuk kunjungan kenegaraan") is the contact's own action. */
const OTHER_ACTION_OF_VISIT = /(?<![\p{L}])(?:yang|who|which|setelah|sesudah|after)(?![\p{L}])[^,;]*$/iu;

/** The first word group in `sentence` that dates it from another contact, or null; `visit` when the sentence's contact is an arrival for a visit. */
export function findDayReference(sentence: string, visit = false): DayReference | null {
  const otherAction = visit ? OTHER_ACTION_OF_VISIT : OTHER_ACTION;
  let best: DayReference | null = null;
  for (const { re, days, counted } of DAY_FORMS) {
    for (const m of sentence.matchAll(re)) {
      if (best && best.start <= m.index) break;
      const end = m.index + m[0].length;
      if (!standsAlone(sentence, m.index, end)) continue;
      if (OPEN_ENDED.test(m[0]) && NOUN_AFTER.test(sentence.slice(end, end + 12))) continue;
      if (otherAction.test(sentence.slice(Math.max(0, m.index - 50), m.index))) continue;
      const n = counted && m[1] !== undefined ? (COUNT_WORDS[m[1].toLowerCase()] ?? Number(m[1])) : 1;
      if (n < 1 || n > 14) continue;
      best = { words: m[0], days: days * n, start: m.index, end };
      break;
    }
  }
  return best;
}

/** Whole words only: not "kemudianlah" or the "a" of "data". */
function standsAlone(s: string, start: number, end: number): boolean {
  return !(start > 0 && /[\p{L}\d]/u.test(s[start - 1]!)) && !/[\p{L}\d]/u.test(s[end] ?? ' ');
}

const PLACE_FORMS: Array<{ re: RegExp; occasion: boolean }> = [
  { re: new RegExp(`(?:di|ke)${S}(?:kota|negara)${S}yang${S}sama|in${S}the${S}same${S}(?:city|town|capital|country)`, 'giu'), occasion: false },
  {
    re: new RegExp(
      `(?:di|pada|dalam)${S}(?:sela(?:-sela)?${S})?(?:tempat|lokasi|gedung|venue|acara|kesempatan|forum|pertemuan|ktt|kegiatan)${S}yang${S}sama|(?:di${S})?sela(?:-sela)?${S}(?:acara|kesempatan|forum|pertemuan|pembicaraan|ktt|kegiatan|kunjungan)${S}(?:itu|tersebut|ini)|(?:at|in|on)${S}(?:the${S}(?:sidelines|margins)${S}of${S})?the${S}same${S}(?:venue|place|location|building|hall|event|occasion|summit|gathering|forum|meeting)|on${S}the${S}(?:sidelines|margins)${S}of${S}(?:that|this)${S}(?:meeting|talks|visit|event)`,
      'giu',
    ),
    occasion: true,
  },
];

/** Words in `sentence` that place it where another contact of the article was, or null. */
export function findPlaceReference(sentence: string): PlaceReference | null {
  for (const { re, occasion } of PLACE_FORMS) {
    for (const m of sentence.matchAll(re)) {
      // "di sela-sela pertemuan tersebut" points at a gathering the sentence itself names, when it names one.
      const pointer = /(?:itu|tersebut|ini|that|this)(?:\s+\p{L}+)?$/iu.test(m[0]) && namesGatheringBefore(sentence, m.index);
      if (!pointer && standsAlone(sentence, m.index, m.index + m[0].length)) return { words: m[0], occasion, start: m.index, end: m.index + m[0].length };
    }
  }
  return null;
}

const NUMBER_WORDS = ['', 'one day', 'two days', 'three days', 'four days', 'five days', 'six days', 'seven days'];

/** "one day before", "two days after", "the same day as", for a basis. */
export function describeDays(days: number): string {
  if (days === 0) return 'the same day as';
  const n = Math.abs(days);
  return `${NUMBER_WORDS[n] ?? `${n} days`} ${days < 0 ? 'before' : 'after'}`;
}
