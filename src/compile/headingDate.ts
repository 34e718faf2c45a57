/** Dates from a heading line above a contact: a chronology's "2. Astana, 3 Juli 2024". */
import type { CandidateInput } from './candidateTypes';
import { isSpecific, type ownDate } from './dateContact';
import type { DateMention } from './dates';

/**
 * "2. Astana, 3 Juli 2024" on a line of its own right above sentence `i` (a chronology's entry, a dated section): the
 * date of the contact below it. A line of at most a number, four words and one date, with no contact words.
 */
export function headingDate(input: Pick<CandidateInput, 'text' | 'sentences' | 'dates' | 'skip'>, i: number, hasCues: (sentence: number) => boolean): DateMention | null {
  const { text, sentences } = input;
  const h = sentences[i - 1];
  if (!h || input.skip(h) || !/\n/.test(text.slice(h.end, sentences[i]!.start))) return null;
  const lineStart = text.lastIndexOf('\n', h.start - 1) + 1;
  if (!/^[\s\u00a0]*(?:\d{1,2}[.)][\s\u00a0]*)?$/.test(text.slice(lineStart, h.start))) return null;
  const inLine = input.dates.filter((m) => m.start >= h.start && m.end <= h.end && isSpecific(m));
  if (inLine.length !== 1) return null;
  if (numberedHeading(input, i)) return inLine[0]!;
  if (hasCues(i - 1)) return null;
  const words = (text.slice(h.start, inLine[0]!.start) + ' ' + text.slice(inLine[0]!.end, h.end)).replace(/^[\s\u00a0]*\d{1,2}[.)]/, '').match(/[\p{L}\d]+/gu) ?? [];
  return words.length <= 4 ? inLine[0]! : null;
}

/** A sentence's own date, else the date of the heading above it. */
export function withHeading(dated: ReturnType<typeof ownDate>, heading: DateMention | null): ReturnType<typeof ownDate> {
  return dated.own || dated.bound || !heading ? dated : { own: heading, bound: null };
}

/**
 * Whether the line above sentence `i` is a numbered entry that opens with its date, a chronology's whatever its title says:
 * "3. 21 Agustus 2024 — Pertemuan rutin kepala pemerintahan", "2. 3 Juli 2024 — Xi dan Putin di Astana".
 */
export function numberedHeading(input: Pick<CandidateInput, 'text' | 'sentences' | 'dates' | 'skip'>, i: number): boolean {
  const { text, sentences } = input;
  const h = sentences[i - 1];
  if (!h || input.skip(h) || !/\n/.test(text.slice(h.end, sentences[i]!.start)) || /[.!?]["”]?[\s\u00a0]*$/.test(text.slice(h.start, h.end))) return false;
  const lineStart = text.lastIndexOf('\n', h.start - 1) + 1;
  // Cheap first: most lines open with no number ("3.").
  if (!/^[\s\u00a0]*\d{1,2}[.)]/.test(text.slice(lineStart, lineStart + 8))) return false;
  const first = input.dates.find((m) => m.start >= h.start && m.end <= h.end && isSpecific(m));
  return first !== undefined && /^[\s\u00a0]*\d{1,2}[.)][\s\u00a0]*$/.test(text.slice(lineStart, first.start));
}
