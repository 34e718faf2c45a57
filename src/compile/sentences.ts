/** Sentence ranges of a text: paragraphs split at sentence ends, abbreviations and initials kept whole. */

/** A sentence as a half-open range into the text, plus its paragraph number. */
export interface Sentence {
  start: number;
  end: number;
  paragraph: number;
}

const NOT_AN_END = /(?:\b(?:St|Mr|Mrs|Ms|Dr|Prof|Jr|Sr|No|Vol|Gen|Lt|Col|Sen|Rep|Gov|Pres|Jl|Tn|Ny|Bpk|H|Hj|vs|etc|dll|dsb|U\.S|U\.N|a\.n|s\.d)|\b\p{Lu})\.$/u;

/** A month abbreviation before a day or year ("met on Aug. 31", "BEIJING, Sept. 2"): no sentence end. */
const MONTH_ABBR = /\b(?:Jan|Feb|Peb|Mar|Apr|Jun|Jul|Aug|Agu|Agt|Sep|Sept|Oct|Okt|Nov|Dec|Des)\.$/;

/** Split `text` into sentences; blank lines separate paragraphs. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const para = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  let p = 0;
  for (const pm of text.matchAll(para)) {
    const base = pm.index;
    const chunk = pm[0];
    let from = 0;
    const end = /[.!?]+["”’)]*(?=\s+["“‘(]?[\p{Lu}\d])/gu;
    for (const m of chunk.matchAll(end)) {
      const stop = m.index + m[0].length;
      if (NOT_AN_END.test(chunk.slice(Math.max(0, m.index - 6), m.index + 1))) continue;
      if (MONTH_ABBR.test(chunk.slice(Math.max(0, m.index - 6), m.index + 1)) && /^\s+\d/.test(chunk.slice(stop, stop + 4))) continue;
      push(out, text, base + from, base + stop, p);
      from = stop;
    }
    push(out, text, base + from, base + chunk.length, p);
    p++;
  }
  return out;
}

function push(out: Sentence[], text: string, start: number, end: number, paragraph: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end, paragraph });
}

/** Index of the sentence containing `offset` (binary search), or -1. */
export function sentenceAt(sentences: Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
