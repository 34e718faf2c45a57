/** Escapes a literal string for use inside a RegExp. */
function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Finds whole-word occurrences of any of `terms` in `text` (case-insensitive, longest term first),
 * as [start, end) ranges in text order.
 */
export function findTerms(text: string, terms: readonly string[]): Array<[number, number]> {
  const words = [...new Set(terms.map((t) => t.trim()).filter((t) => t.length > 1))].sort((a, b) => b.length - a.length);
  if (words.length === 0 || text.length === 0) return [];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(re)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** The words a person's name is found by in running text: the full name and each part of 4+ letters. */
export function nameTerms(name: string): string[] {
  return [name, ...name.split(/\s+/).filter((p) => p.length >= 4)];
}
