/** Small text helpers shared by the extraction steps. */

/** Kebab-case id of a name: "Sergey Lavrov" → "sergey-lavrov". */
export function kebab(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Lower-cased, whitespace-collapsed form used as a lookup key for matched terms. */
export function normKey(s: string): string {
  return s.toLowerCase().replace(/[\s\u00a0]+/g, ' ').replace(/[’]/g, "'").trim();
}

/** Regex source matching `term` literally, with any run of whitespace between its words. */
export function termSource(term: string): string {
  return term
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]"))
    .join('[\\s\\u00a0]+');
}

/** Terms in capitals of at most four letters ("SCO", "PBB", "UN") only match in capitals. */
export function isCapsTerm(term: string): boolean {
  return /^[\p{Lu}\d\-.+]{1,5}$/u.test(term) && term.replace(/[^\p{L}]/gu, '').length <= 4;
}

export const WORD_START = '(?<![\\p{L}\\p{N}])';
export const WORD_END = '(?![\\p{L}\\p{N}])';

/** Shorten to at most `max` characters at a word boundary, with an ellipsis. */
export function clip(s: string, max: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const sp = cut.lastIndexOf(' ');
  return `${sp > max / 2 ? cut.slice(0, sp) : cut}…`;
}

/** Lower-cased text with the same length and offsets (a character whose lower case is longer, such as "İ", is kept). */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/** The quotations wholly inside [start, end): “…” and "…" pairs, outermost only, in text order. */
export function quotedSpans(text: string, start: number, end: number): [number, number][] {
  const spans: [number, number][] = [];
  let curly = -1;
  let straight = -1;
  const close = (a: number, b: number) => {
    // A quotation inside this one ends with it; a mark opened inside it is closed too.
    while (spans.length > 0 && spans[spans.length - 1]![0] >= a) spans.pop();
    spans.push([a, b]);
    if (curly >= a) curly = -1;
    if (straight >= a) straight = -1;
  };
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (ch === '“') curly = i;
    else if (ch === '”' && curly >= 0) close(curly, i + 1);
    else if (ch === '"') {
      if (straight < 0) straight = i;
      else close(straight, i + 1);
    }
  }
  return spans;
}
