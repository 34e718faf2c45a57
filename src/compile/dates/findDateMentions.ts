import { DATE_PATTERNS, type DatePattern } from './patterns';
import type { DateParts, ScannedDate } from './parts';
import { RELATIVE_PATTERNS } from './relativePatterns';
import { windowsByGroup, type TriggerGroup } from './triggers';
import type { DateMention } from './types';

const ALL_PATTERNS = [...DATE_PATTERNS, ...RELATIVE_PATTERNS];

/** Parts of the mentions this module returned, so resolveMention need not parse them again. */
const partsCache = new WeakMap<DateMention, DateParts>();

const PATTERNS_BY_GROUP: Record<TriggerGroup, Array<{ pattern: DatePattern; rank: number }>> = { number: [], weekday: [], relative: [], month: [] };
ALL_PATTERNS.forEach((pattern, rank) => {
  for (const g of pattern.groups ?? ['number']) PATTERNS_BY_GROUP[g].push({ pattern, rank });
});

/** Every date expression in `text` with its parts; where two overlap the longer wins (earlier pattern on a tie). */
export function scanDates(text: string): ScannedDate[] {
  const found: Array<ScannedDate & { rank: number }> = [];
  const windows = windowsByGroup(text);
  for (const group of ['number', 'weekday', 'relative', 'month'] as const) {
    for (const [ws, we] of windows[group]) {
      const slice = ws === 0 && we === text.length ? text : text.slice(ws, we);
      for (const { pattern, rank } of PATTERNS_BY_GROUP[group]) {
        if (pattern.needs && !pattern.needs.some((c) => slice.includes(c))) continue;
        const re = pattern.re;
        re.lastIndex = 0;
        for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
          if (m[0].length === 0) re.lastIndex++;
          const parts = m[0].length > 0 ? pattern.build(m, slice) : null;
          if (parts) found.push({ start: ws + m.index, end: ws + m.index + m[0].length, parts, rank });
        }
      }
    }
  }
  if (found.length === 0) return [];
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.rank - b.rank || a.start - b.start);
  // An occupancy map keeps overlap checks linear even when a long text holds many candidates.
  const taken = new Uint8Array(text.length);
  const kept: ScannedDate[] = [];
  for (const c of found) {
    let free = true;
    for (let i = c.start; i < c.end; i++) if (taken[i]) { free = false; break; }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push({ start: c.start, end: c.end, parts: c.parts });
  }
  return kept.sort((a, b) => a.start - b.start);
}

const FUTURE_IN_RAW = /(?:depan|mendatang|akan datang|nanti|besok|esok|lusa|tomorrow|next|coming)/i;
const PAST_IN_RAW = /(?:lalu|kemarin|silam|lampau|yesterday|last|previous|ago)/i;
const FUTURE_BEFORE = /(?<![A-Za-z])(?:akan|bakal|hendak|persiapan|mempersiapkan|menyiapkan|preparations? for|preparing for|dijadwalkan|direncanakan|berencana|rencananya|will|shall|scheduled|plans? to|is due|are due|is set to|are set to|is expected to|are expected to)(?![A-Za-z])/i;
const CLAUSE_END = new Set([...'.!?\n,;:"“”']);
const FUTURE_AFTER = /^[ \t\u00a0,]{0,3}(?:mendatang|yang akan datang|nanti)(?![A-Za-z])/i;

/** Whether the wording points forward: in the expression itself, or a future marker earlier in its clause. */
function isFuture(text: string, start: number, end: number, raw: string): boolean {
  if (PAST_IN_RAW.test(raw)) return false;
  if (FUTURE_IN_RAW.test(raw)) return true;
  if (FUTURE_AFTER.test(text.slice(end, end + 24))) return true;
  // Only the clause before the date: in "Rusia akan mendukung …, kata Lavrov pada hari Rabu" the "akan" is not the date's.
  let from = start;
  while (from > 0 && start - from < 80 && !CLAUSE_END.has(text[from - 1]!)) from--;
  // The window starts at a whole word: the tail of "mengadakan" is no "akan".
  while (from > 0 && from < start && /\p{L}/u.test(text[from - 1]!)) from++;
  return FUTURE_BEFORE.test(text.slice(from, start));
}

/** Every date expression in `text` (Indonesian and English), in text order, with exact offsets. */
export function findDateMentions(text: string): DateMention[] {
  return scanDates(text).map(({ start, end, parts }) => {
    const raw = text.slice(start, end);
    const mention: DateMention = { start, end, raw, kind: parts.kind, future: isFuture(text, start, end, raw) };
    partsCache.set(mention, parts);
    return mention;
  });
}

/** The parts of a mention: from the cache when this module found it, else parsed from its words. */
export function partsOfMention(mention: DateMention): DateParts | null {
  const cached = partsCache.get(mention);
  if (cached) return cached;
  const scanned = scanDates(mention.raw);
  const whole = scanned.find((s) => s.start === 0 && s.end === mention.raw.length);
  const sameKind = scanned.find((s) => s.parts.kind === mention.kind);
  return (whole ?? sameKind ?? scanned[0])?.parts ?? null;
}
