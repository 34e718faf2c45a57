/**
 * A year in review next to "the new year": "selama tahun 2023 … Pada tahun yang baru" was written in
 * 2024. Only when one reviewed year is named, and never for "Tahun Baru Imlek" (the lunar new year).
 */
import type { YearHint } from './types';

const L = 'A-Za-z\\u00C0-\\u024F';
const REVIEW = new RegExp(`(?<![${L}])(?:selama|sepanjang|during|throughout)[ \\t\\u00a0]{1,3}(?:tahun[ \\t\\u00a0]{1,3})?((?:19|20)\\d{2})(?![\\d${L}])`, 'gi');
const NEW_YEAR = new RegExp(
  `(?<![${L}])(?:tahun[ \\t\\u00a0]{1,3}yang[ \\t\\u00a0]{1,3}baru|tahun[ \\t\\u00a0]{1,3}baru[ \\t\\u00a0]{1,3}ini|(?:the|this)[ \\t\\u00a0]{1,3}new[ \\t\\u00a0]{1,3}year)(?![${L}])(?![ \\t\\u00a0]{1,3}(?:imlek|china|cina|tiongkok|lunar|chinese))`,
  'i',
);

/** The year after a reviewed year, when the text also speaks of "the new year"; null otherwise. */
export function findNewYearHint(text: string): YearHint | null {
  // Cheap guards first: most texts name neither.
  if (!/baru|new year/i.test(text)) return null;
  const reviews = [...text.matchAll(REVIEW)];
  const years = new Set(reviews.map((m) => Number(m[1])));
  if (years.size !== 1) return null;
  const next = NEW_YEAR.exec(text);
  if (!next) return null;
  const review = reviews[0]!;
  const year = Number(review[1]) + 1;
  const range: [number, number] = [review.index, review.index + review[0].length];
  return { year, range, reason: `'${review[0]}' and '${next[0]}' (the year after ${review[1]}) gives ${year}` };
}
