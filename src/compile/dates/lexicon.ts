/**
 * Month and weekday words in Indonesian and English (full names, abbreviations and typos seen in
 * news copy), and the regex fragments built from them once at module load.
 */

const MONTH_WORDS: Record<string, number> = {
  januari: 1, january: 1, jan: 1, janurai: 1,
  februari: 2, february: 2, pebruari: 2, febuari: 2, februri: 2, feb: 2, peb: 2,
  maret: 3, march: 3, mar: 3, mart: 3,
  april: 4, apr: 4, apil: 4,
  mei: 5, may: 5,
  juni: 6, june: 6, jun: 6,
  juli: 7, july: 7, jul: 7,
  agustus: 8, august: 8, agusuts: 8, agutus: 8, agu: 8, agt: 8, ags: 8, agst: 8, aug: 8,
  september: 9, septemebr: 9, sept: 9, sep: 9,
  oktober: 10, october: 10, okt: 10, oct: 10, oktobre: 10,
  november: 11, nopember: 11, novmber: 11, nov: 11, nop: 11,
  desember: 12, december: 12, desmber: 12, des: 12, dec: 12, dese: 12,
};

/** Weekday words → 0 (Sunday) … 6 (Saturday). Abbreviations are left out: "Sun", "Sat", "Wed" are words too. */
const WEEKDAY_WORDS: Record<string, number> = {
  minggu: 0, ahad: 0, sunday: 0,
  senin: 1, monday: 1,
  selasa: 2, tuesday: 2,
  rabu: 3, wednesday: 3,
  kamis: 4, thursday: 4,
  jumat: 5, "jum'at": 5, jumaat: 5, friday: 5,
  sabtu: 6, saturday: 6,
};

function alternation(words: string[]): string {
  // Longest first so "Maret" is not cut to "Mar"; the caller adds a word boundary after.
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\'’]/g, (c) => (c === "'" || c === '’' ? "['’]" : `\\${c}`)))
    .join('|');
}

/** Letters for word boundaries (Latin incl. accents); plain classes keep the regexes off the slow Unicode path. */
export const LETTER = 'A-Za-z\\u00C0-\\u024F';

/** Month word (optionally followed by a dot) as a regex source, no capture group. */
export const MONTH = `(?:${alternation(Object.keys(MONTH_WORDS))})(?![${LETTER}])\\.?`;
/** Weekday word as a regex source, no capture group. */
export const WEEKDAY = `(?:${alternation(Object.keys(WEEKDAY_WORDS))})(?![${LETTER}])`;
/** Bounded horizontal space: bounded so no pattern can backtrack over a long run of spaces. */
export const SP = '[ \\t\\u00a0]{1,3}';
/** Optional bounded horizontal space. */
export const SP0 = '[ \\t\\u00a0]{0,3}';

/** Month number of a month word (dot, case and typo tolerant), or null. */
export function monthOf(word: string): number | null {
  return MONTH_WORDS[word.toLowerCase().replace(/\.$/, '')] ?? null;
}

/** Weekday number (0 = Sunday) of a weekday word, or null. */
export function weekdayOf(word: string): number | null {
  return WEEKDAY_WORDS[word.toLowerCase().replace(/’/g, "'")] ?? null;
}

/** English names of weekdays, for the plain-language basis. */
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** English names of months, for the plain-language basis. */
export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
