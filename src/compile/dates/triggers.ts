/**
 * Where dates can be: every date expression holds a digit, a weekday or a relative word. One pass
 * over the characters (no regex, no allocation for ordinary words) finds those, so the patterns only
 * run on small windows around them; most of an article holds no date, and regex scanning of whole
 * texts was the compile's bottleneck.
 */
import { monthOf } from './lexicon';

/** Which patterns a trigger calls for. */
export type TriggerGroup = 'number' | 'weekday' | 'relative' | 'month';

const WEEKDAY_TRIGGERS = [
  'senin', 'selasa', 'rabu', 'kamis', 'jumat', 'jum', 'jumaat', 'sabtu', 'minggu', 'ahad',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
];
const RELATIVE_TRIGGERS = [
  'kemarin', 'besok', 'esok', 'lusa', 'pekan', 'minggu', 'bulan', 'tahun', 'lalu', 'silam', 'lampau',
  'sepekan', 'seminggu', 'sehari', 'yesterday', 'today', 'tomorrow', 'week', 'month', 'year', 'ago', 'weekend',
  'musim', 'spring', 'summer', 'autumn', 'fall', 'winter', 'morning', 'afternoon', 'evening', 'tonight', 'pagi', 'siang', 'sore', 'malam',
];

const MONTH_TRIGGERS = [
  'januari', 'februari', 'pebruari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november',
  'nopember', 'desember', 'january', 'february', 'march', 'may', 'june', 'july', 'august', 'october', 'december',
];

function hashWord(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

const GROUPS_BY_WORD = new Map<string, TriggerGroup[]>();
for (const w of WEEKDAY_TRIGGERS) GROUPS_BY_WORD.set(w, ['weekday']);
for (const w of MONTH_TRIGGERS) GROUPS_BY_WORD.set(w, ['month']);
for (const w of RELATIVE_TRIGGERS) GROUPS_BY_WORD.set(w, [...(GROUPS_BY_WORD.get(w) ?? []), 'relative']);
const HASHES = new Set([...GROUPS_BY_WORD.keys(), 'ini'].map(hashWord));
/** A 64k-bit filter over the hashes: ordinary words fail here without a Set lookup. */
const FILTER = new Uint8Array(1 << 16);
for (const h of HASHES) FILTER[h & 0xffff] = 1;
const HARI = hashWord('hari');
const INI = hashWord('ini');
const MAX_LEN = Math.max(...[...GROUPS_BY_WORD.keys()].map((w) => w.length));

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
}

/** [start, end) of each trigger, with its group. */
export interface Trigger {
  start: number;
  end: number;
  group: TriggerGroup;
}

/** Every trigger in the text, in order. */
export function findTriggers(text: string): Trigger[] {
  const out: Trigger[] = [];
  let prevHash = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      let j = i + 1;
      while (j < n && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      if (numberLooksLikeDate(text, i, j)) out.push({ start: i, end: j, group: 'number' });
      i = j;
      prevHash = 0;
      continue;
    }
    if (!isLetter(c)) {
      i++;
      continue;
    }
    let j = i;
    let h = 0;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (!isLetter(d)) break;
      // ASCII lower-casing only: every trigger word is plain ASCII.
      h = (Math.imul(h, 31) + (d >= 65 && d <= 90 ? d + 32 : d)) | 0;
      j++;
    }
    if (j - i >= 3 && j - i <= MAX_LEN && FILTER[h & 0xffff] === 1 && HASHES.has(h)) {
      const word = text.slice(i, j).toLowerCase();
      const groups = GROUPS_BY_WORD.get(word);
      if (groups) {
        for (const group of groups) if (groupApplies(group, text, word, i, j)) out.push({ start: i, end: j, group });
      }
      else if (h === INI && prevHash === HARI) out.push({ start: i, end: j, group: 'relative' });
    }
    prevHash = h;
    i = j;
  }
  return out;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0;
}

/** The lower-cased word starting at or after `from` (skipping up to 3 spaces), or ''. */
function wordAfter(text: string, from: number): string {
  let i = from;
  for (let k = 0; k < 3 && i < text.length && isSpace(text.charCodeAt(i)); k++) i++;
  let j = i;
  while (j < text.length && j - i < 12 && isLetter(text.charCodeAt(j))) j++;
  return text.slice(i, j).toLowerCase();
}

/** The lower-cased word ending at or before `to` (skipping up to 3 spaces, a dot and a comma), or ''. */
function wordBefore(text: string, to: number): string {
  let j = to;
  for (let k = 0; k < 4 && j > 0 && (isSpace(text.charCodeAt(j - 1)) || text[j - 1] === '.' || text[j - 1] === ','); k++) j--;
  // "mid-October": the hyphen joins a part word to the month.
  if (j === to && text[j - 1] === '-') j--;
  let i = j;
  while (i > 0 && j - i < 12 && isLetter(text.charCodeAt(i - 1))) i--;
  return text.slice(i, j).toLowerCase();
}

const SEPARATORS = '/-.–—';
/** Words that may follow a day number in a date: connectors of ranges, ordinals, units of "N hari lalu". */
const AFTER_NUMBER = new Set(['st', 'nd', 'rd', 'th', 'hingga', 'sampai', 's', 'to', 'and', 'dan', 'until', 'till', 'through', 'of', 'hari', 'pekan', 'minggu', 'day', 'days', 'week', 'weeks']);

/**
 * A digit run can be part of a date: a plausible year, joined to digits by / - ., or next to a
 * month word or a range/unit word. "80 tahun", "ke-20", "G20" are not, and skipping them keeps the
 * number patterns off most of the text.
 */
function numberLooksLikeDate(text: string, i: number, j: number): boolean {
  if (j - i === 4) return true;
  if (j - i > 4) return false;
  const next = text[j];
  if (next !== undefined && SEPARATORS.includes(next) && /\d/.test(text[j + 1] ?? '')) return true;
  const prev = text[i - 1];
  if (prev !== undefined && SEPARATORS.includes(prev) && /\d/.test(text[i - 2] ?? '')) return true;
  const after = wordAfter(text, j);
  if (after && (monthOf(after) !== null || AFTER_NUMBER.has(after))) return true;
  // A range written "18 - 21 September" has the separator after a space.
  const k = text.slice(j, j + 4).trimStart()[0];
  if (k !== undefined && SEPARATORS.includes(k)) return true;
  const before = wordBefore(text, i);
  return before !== '' && monthOf(before) !== null;
}

const RELATIVE_NEXT = new Set(['ini', 'lalu', 'lampau', 'kemarin', 'silam', 'depan', 'mendatang', 'yang']);
const RELATIVE_PREV = new Set(['last', 'next', 'this', 'previous', 'coming', 'hari', 'pekan', 'minggu', 'days', 'day', 'weeks', 'week', 'yang', 'sepekan', 'seminggu', 'sehari']);
const PERIODS = new Set(['pekan', 'minggu', 'bulan', 'tahun', 'week', 'month', 'year']);
const AFTERWORDS = new Set(['lalu', 'silam', 'lampau', 'ago']);

/** A relative word in a date phrase: "tahun lalu", "last year", "dua hari lalu"; not "80 tahun" or "ulang tahun". */
function relativeLooksLikeDate(text: string, word: string, i: number, j: number): boolean {
  if (PERIODS.has(word)) return RELATIVE_NEXT.has(wordAfter(text, j)) || RELATIVE_PREV.has(wordBefore(text, i));
  if (AFTERWORDS.has(word)) return RELATIVE_PREV.has(wordBefore(text, i));
  return true;
}

const MONTH_PREV = new Set(['pada', 'sejak', 'hingga', 'sampai', 'bulan', 'awal', 'akhir', 'pertengahan', 'in', 'since', 'until', 'last', 'next', 'this', 'early', 'late', 'mid', 'of']);
const MONTH_NEXT = new Set(['lalu', 'kemarin', 'mendatang', 'depan', 'ini', 'tahun', 'last', 'this', 'next']);

function groupApplies(group: TriggerGroup, text: string, word: string, i: number, j: number): boolean {
  if (group === 'relative') return relativeLooksLikeDate(text, word, i, j);
  // Months with a number are found through the number; alone they need a word that makes them a date.
  if (group === 'month') return MONTH_PREV.has(wordBefore(text, i)) || MONTH_NEXT.has(wordAfter(text, j));
  return true;
}

/** Context kept before and after a trigger: more than any expression reaches, plus what builders look back at. */
const MARGINS: Record<TriggerGroup, [number, number]> = { number: [48, 40], weekday: [32, 32], relative: [32, 32], month: [32, 32] };

/** Non-overlapping [start, end) windows per group, widened to start at a word boundary. */
export function windowsByGroup(text: string): Record<TriggerGroup, Array<[number, number]>> {
  const out: Record<TriggerGroup, Array<[number, number]>> = { number: [], weekday: [], relative: [], month: [] };
  for (const t of findTriggers(text)) {
    const [before, after] = MARGINS[t.group];
    let s = Math.max(0, t.start - before);
    for (let k = 0; k < 24 && s > 0 && isLetter(text.charCodeAt(s - 1)); k++) s--;
    const e = Math.min(text.length, t.end + after);
    const list = out[t.group];
    const last = list[list.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else list.push([s, e]);
  }
  return out;
}
