/**
 * Year hints from anniversary arithmetic: "tahun depan menandai peringatan 30 tahun … kemitraan
 * koordinasi strategis" says the text was written in 1996 + 30 − 1.
 */
import type { Anniversary } from './anniversaries';
import type { YearHint } from './types';

/** "peringatan 80 tahun", "ulang tahun ke-80", "80th anniversary of", "80 years since". */
const TRIGGER = /(?<![\p{L}\d])(?:(?:peringatan|memperingati|perayaan|merayakan|dirgahayu|hut)[ \t\u00a0]{1,3}(?:ke-?[ \t\u00a0]{0,2})?(\d{1,3})[ \t\u00a0]{1,3}tahun|(?:ulang[ \t\u00a0]{1,3}tahun|hut|peringatan|hari[ \t\u00a0]{1,3}jadi)[ \t\u00a0]{1,3}ke-?[ \t\u00a0]{0,2}(\d{1,3})|(\d{1,3})(?:st|nd|rd|th)[ \t\u00a0]{1,3}anniversary(?:[ \t\u00a0]{1,3}of)?|(\d{1,3})[ \t\u00a0]{1,3}years[ \t\u00a0]{1,3}(?:of|since))(?![\p{L}\d])/giu;

/** When the anniversary falls relative to the writing: this year (0), next year (−1), last year (+1). */
const ANCHOR = /(?<!\d[ \t\u00a0]{0,3})(?<![\p{L}])(?:tahun[ \t\u00a0]{1,3}(ini|depan|mendatang|lalu|lampau|kemarin)|(this|next|last|coming|past)[ \t\u00a0]{1,3}year)(?![\p{L}])/giu;

const WINDOW = 160;

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

function sentenceBounds(text: string, at: number): [number, number] {
  let start = at;
  while (start > 0 && !/[.!?\n]/.test(text[start - 1]!) && at - start < 400) start--;
  let end = at;
  while (end < text.length && !/[.!?\n]/.test(text[end]!) && end - at < 600) end++;
  return [start, end];
}

function anchorOffset(word: string): { offset: number; say: string } {
  if (/ini|this/i.test(word)) return { offset: 0, say: 'this year' };
  if (/depan|mendatang|next|coming/i.test(word)) return { offset: -1, say: 'next year' };
  return { offset: 1, say: 'last year' };
}

/** Years the text was written in, from "N-th anniversary of X" next to "this/next/last year". */
export function findYearHints(text: string, anniversaries: Anniversary[]): YearHint[] {
  const terms = compile(anniversaries);
  if (terms.length === 0) return [];
  const hints: YearHint[] = [];
  const triggers = [...text.matchAll(TRIGGER)];
  triggers.forEach((m, i) => {
    const n = Number(m[1] ?? m[2] ?? m[3] ?? m[4]);
    const trigStart = m.index;
    const trigEnd = trigStart + m[0].length;
    const [sStart, sEnd] = sentenceBounds(text, trigStart);
    const next = triggers[i + 1]?.index ?? Infinity;
    const windowEnd = Math.min(sEnd, next, trigEnd + WINDOW);
    const subject = subjectOf(text.slice(trigEnd, windowEnd), terms);
    if (!subject || n < 1) return;
    const anchors = [...text.slice(sStart, sEnd).matchAll(ANCHOR)].map((a) => ({ start: sStart + a.index, end: sStart + a.index + a[0].length, word: a[0] }));
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
  return hints;
}
