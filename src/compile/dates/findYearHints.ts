/**
 * Year hints from anniversary arithmetic: "tahun depan menandai peringatan 30 tahun … kemitraan
 * koordinasi strategis" says the text was written in 1996 + 30 − 1.
 */
import type { Anniversary } from './anniversaries';
import { findNewYearHint } from './newYearHint';
import type { YearHint } from './types';

/** "peringatan 80 tahun", "ulang tahun ke-80", "80th anniversary of", "80 years since". */
const TRIGGER = /(?<![A-Za-z\u00C0-\u024F\d])(?:(?:peringatan|memperingati|perayaan|merayakan|dirgahayu|hut|menandai|genap)[ \t\u00a0]{1,3}(?:ke-?[ \t\u00a0]{0,2})?(\d{1,3})[ \t\u00a0]{1,3}tahun|(?:ulang[ \t\u00a0]{1,3}tahun|hut|peringatan|hari[ \t\u00a0]{1,3}jadi)[ \t\u00a0]{1,3}ke-?[ \t\u00a0]{0,2}(\d{1,3})|(\d{1,3})(?:st|nd|rd|th)[ \t\u00a0]{1,3}anniversary(?:[ \t\u00a0]{1,3}of)?|(\d{1,3})[ \t\u00a0]{1,3}years[ \t\u00a0]{1,3}(?:of|since))(?![A-Za-z\u00C0-\u024F\d])/gi;

/** When the anniversary falls relative to the writing: this year (0), next year (−1), last year (+1). */
const ANCHOR = /(?<!\d[ \t\u00a0]{0,3})(?<![A-Za-z\u00C0-\u024F])(?:tahun[ \t\u00a0]{1,3}(ini|depan|mendatang|lalu|lampau|kemarin)|(this|next|last|coming|past)[ \t\u00a0]{1,3}year)(?![A-Za-z\u00C0-\u024F])/gi;

const WINDOW = 160;

/** Words that make the anniversary the occasion of what is reported, so it is this year's. */
const OCCASION = /(?<![A-Za-z\u00C0-\u024F])(?:dalam[ \t\u00a0]{1,3}rangka|in[ \t\u00a0]{1,3}celebration[ \t\u00a0]{1,3}of|to[ \t\u00a0]{1,3}(?:mark|celebrate)|marking|celebrating)[ \t\u00a0]{1,3}(?:the[ \t\u00a0]{1,3})?$/i;

/** Words every anniversary phrase holds; found with indexOf so the regex runs only near them. */
const KEYWORDS = ['peringat', 'perayaan', 'merayakan', 'dirgahayu', 'hut', 'ulang', 'hari jadi', 'menandai', 'genap', 'anniversary', 'years'];

/** An anniversary phrase: where it is and its number of years. */
interface AnniversaryPhrase {
  start: number;
  end: number;
  years: number;
}

function phraseOf(m: RegExpExecArray | RegExpMatchArray, offset: number): AnniversaryPhrase {
  const start = offset + (m.index ?? 0);
  return { start, end: start + m[0].length, years: Number(m[1] ?? m[2] ?? m[3] ?? m[4]) };
}

/** Anniversary phrases ("peringatan 80 tahun"), found by regex only in windows around their keywords. */
function findPhrases(text: string): AnniversaryPhrase[] {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return [...text.matchAll(TRIGGER)].map((m) => phraseOf(m, 0));
  const byStart = new Map<number, AnniversaryPhrase>();
  for (const key of KEYWORDS) {
    for (let p = lower.indexOf(key); p !== -1; p = lower.indexOf(key, p + key.length)) {
      const from = Math.max(0, p - 8);
      for (const m of text.slice(from, p + 60).matchAll(TRIGGER)) {
        const phrase = phraseOf(m, from);
        if (!byStart.has(phrase.start)) byStart.set(phrase.start, phrase);
      }
    }
  }
  return [...byStart.values()].sort((a, b) => a.start - b.start);
}

interface CompiledTerm {
  term: string;
  anniversary: Anniversary;
  /** Short all-caps terms ("PBB", "SCO") must stand alone. */
  whole: boolean;
}

const compiledCache = new WeakMap<Anniversary[], CompiledTerm[]>();

function compile(anniversaries: Anniversary[]): CompiledTerm[] {
  let terms = compiledCache.get(anniversaries);
  if (!terms) {
    terms = anniversaries.flatMap((a) => a.terms.map((t) => ({ term: t.toLowerCase(), anniversary: a, whole: t.length <= 5 })));
    compiledCache.set(anniversaries, terms);
  }
  return terms;
}

function isLetter(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\d]/u.test(c);
}

/** The anniversary named earliest in the window (the longest term on a tie). */
function subjectOf(window: string, terms: CompiledTerm[]): { anniversary: Anniversary; end: number } | null {
  const lower = window.toLowerCase();
  let best: { at: number; len: number; anniversary: Anniversary } | null = null;
  for (const t of terms) {
    let at = lower.indexOf(t.term);
    while (at !== -1 && t.whole && (isLetter(lower[at - 1]) || isLetter(lower[at + t.term.length]))) at = lower.indexOf(t.term, at + 1);
    if (at === -1) continue;
    if (!best || at < best.at || (at === best.at && t.term.length > best.len)) best = { at, len: t.term.length, anniversary: t.anniversary };
  }
  return best ? { anniversary: best.anniversary, end: best.at + best.len } : null;
}

function isSentenceEnd(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 10;
}

function sentenceBounds(text: string, at: number): [number, number] {
  let start = at;
  while (start > 0 && !isSentenceEnd(text.charCodeAt(start - 1)) && at - start < 400) start--;
  let end = at;
  while (end < text.length && !isSentenceEnd(text.charCodeAt(end)) && end - at < 600) end++;
  return [start, end];
}

function anchorOffset(word: string): { offset: number; say: string } {
  if (/ini|this/i.test(word)) return { offset: 0, say: 'this year' };
  if (/depan|mendatang|next|coming/i.test(word)) return { offset: -1, say: 'next year' };
  return { offset: 1, say: 'last year' };
}

/** A one-off gathering the text names ("BRICS summit in Kazan", held: true in the data) dates it to that gathering's year. */
function heldHints(text: string, anniversaries: Anniversary[]): YearHint[] {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return [];
  const out: YearHint[] = [];
  for (const a of anniversaries) {
    if (!a.held) continue;
    for (const term of a.terms) {
      const t = term.toLowerCase();
      let at = lower.indexOf(t);
      while (at !== -1 && (isLetter(lower[at - 1]) || isLetter(lower[at + t.length]))) at = lower.indexOf(t, at + 1);
      if (at === -1) continue;
      out.push({ year: a.base, reason: `'${text.slice(at, at + t.length)}' (${a.label ?? a.id}) was held in ${a.base}`, range: [at, at + t.length] });
      break;
    }
  }
  return out;
}

/** Years the text was written in: "N-th anniversary of X" next to "this/next/last year", and a reviewed year before "the new year". */
export function findYearHints(text: string, anniversaries: Anniversary[]): YearHint[] {
  const hints: YearHint[] = heldHints(text, anniversaries);
  const terms = compile(anniversaries).filter((t) => !t.anniversary.held);
  if (terms.length === 0) return hints;
  const phrases = findPhrases(text);
  phrases.forEach((phrase, i) => {
    const { years: n, start: trigStart, end: trigEnd } = phrase;
    const [sStart, sEnd] = sentenceBounds(text, trigStart);
    const next = phrases[i + 1]?.start ?? Infinity;
    const windowEnd = Math.min(sEnd, next, trigEnd + WINDOW);
    const subject = subjectOf(text.slice(trigEnd, windowEnd), terms);
    if (!subject || n < 1) return;
    const anchors = [...text.slice(sStart, sEnd).matchAll(ANCHOR)].map((a) => ({ start: sStart + a.index, end: sStart + a.index + a[0].length, word: a[0] }));
    // "dalam rangka peringatan 75 tahun …", "to mark the 75th anniversary of …": the contact is part of the commemoration.
    const occasion = anchors.length === 0 ? OCCASION.exec(text.slice(Math.max(sStart, trigStart - 40), trigStart)) : null;
    if (occasion) anchors.push({ start: trigStart - occasion[0].length, end: trigStart, word: `${occasion[0].trim()} (this year)` });
    if (anchors.length === 0) return;
    const nearest = anchors.reduce((b, a) => (Math.abs(a.start - trigStart) < Math.abs(b.start - trigStart) ? a : b));
    const { offset, say } = anchorOffset(nearest.word);
    const base = subject.anniversary.base;
    const year = base + n + offset;
    const subjectEnd = trigEnd + subject.end;
    const range: [number, number] = [Math.min(nearest.start, trigStart), Math.max(nearest.end, subjectEnd)];
    const words = range[1] - range[0] <= 160
      ? text.slice(range[0], range[1])
      : `${nearest.word} … ${text.slice(trigStart, subjectEnd)}`;
    const sum = `${base} + ${n} = ${say}`;
    hints.push({ year, reason: `'${words.replace(/\s+/g, ' ')}' (${sum}) gives ${year}`, range });
  });
  const newYear = findNewYearHint(text);
  if (newYear) hints.push(newYear);
  return hints;
}
