/** Whole-word matching of many terms at once: one compiled alternation per case mode, longest term first. */
import { WORD_END, WORD_START, isCapsTerm, lowerSameLength, normKey, termSource } from './text';

/** A term found in a text. */
export interface TermHit<V> {
  start: number;
  end: number;
  value: V;
}

/** Finds every term in a text; built once per compile, used on every article. */
export interface TermMatcher<V> {
  find(text: string): TermHit<V>[];
}

function compile(terms: string[], flags: string): RegExp | null {
  if (terms.length === 0) return null;
  const sorted = [...new Set(terms)].sort((a, b) => b.length - a.length);
  return new RegExp(`${WORD_START}(?:${sorted.map(termSource).join('|')})${WORD_END}`, flags);
}

/** A matcher for `entries` (term → value); capital-letter acronyms match case-sensitively, the rest not. */
export function termMatcher<V>(entries: Array<{ term: string; value: V }>): TermMatcher<V> {
  const ci = new Map<string, V>();
  const cs = new Map<string, V>();
  for (const { term, value } of entries) {
    const t = term.trim();
    if (!t) continue;
    if (isCapsTerm(t)) { if (!cs.has(t)) cs.set(t, value); }
    else if (!ci.has(normKey(t))) ci.set(normKey(t), value);
  }
  // Case-insensitive terms run without the slow 'i' flag on the lower-cased text (same offsets).
  const reLower = compile([...ci.keys()], 'gu');
  const reCs = compile([...cs.keys()], 'gu');
  return {
    find(text) {
      const hits: TermHit<V>[] = [];
      if (reLower) for (const m of lowerSameLength(text).matchAll(reLower)) {
        const v = ci.get(m[0]) ?? ci.get(normKey(m[0]));
        if (v !== undefined) hits.push({ start: m.index, end: m.index + m[0].length, value: v });
      }
      if (reCs) for (const m of text.matchAll(reCs)) {
        const v = cs.get(m[0].replace(/[\s\u00a0]+/g, ' '));
        if (v !== undefined) hits.push({ start: m.index, end: m.index + m[0].length, value: v });
      }
      if (!reLower || !reCs) return hits;
      return dropOverlaps(hits);
    },
  };
}

/** Keep the longer of overlapping hits, then sort by position. */
export function dropOverlaps<T extends { start: number; end: number }>(hits: T[]): T[] {
  const byLength = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: T[] = [];
  for (const h of byLength) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  return kept.sort((a, b) => a.start - b.start);
}
