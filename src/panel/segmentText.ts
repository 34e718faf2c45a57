/** What a highlighted stretch of article text is. */
export type HighlightKind = 'evidence' | 'participant' | 'topic';
const KIND_ORDER: HighlightKind[] = ['evidence', 'participant', 'topic'];

/** A half-open character range [start, end) of one kind. */
export interface Highlight {
  start: number;
  end: number;
  kind: HighlightKind;
}

/** A run of text and the kinds of every highlight covering all of it (empty for plain text). */
export interface Segment {
  text: string;
  start: number;
  end: number;
  kinds: HighlightKind[];
}

/**
 * Splits `text` at highlight boundaries into segments; overlapping highlights give segments with several
 * kinds, out-of-range or empty ranges are clamped or dropped. The segments concatenate back to `text`.
 */
export function segmentText(text: string, highlights: readonly Highlight[]): Segment[] {
  const len = text.length;
  // Sweep over boundary points, keeping a count of open ranges per kind.
  const deltas = new Map<number, Map<HighlightKind, number>>();
  const add = (at: number, kind: HighlightKind, d: number) => {
    let m = deltas.get(at);
    if (!m) deltas.set(at, (m = new Map()));
    m.set(kind, (m.get(kind) ?? 0) + d);
  };
  for (const h of highlights) {
    const start = Math.max(0, Math.min(len, Math.floor(h.start)));
    const end = Math.max(0, Math.min(len, Math.floor(h.end)));
    if (!(end > start)) continue;
    add(start, h.kind, 1);
    add(end, h.kind, -1);
  }
  const points = [...new Set([0, len, ...deltas.keys()])].sort((a, b) => a - b);
  const open = new Map<HighlightKind, number>();
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const at = points[i]!;
    for (const [kind, d] of deltas.get(at) ?? []) open.set(kind, (open.get(kind) ?? 0) + d);
    const next = points[i + 1]!;
    const kinds = KIND_ORDER.filter((k) => (open.get(k) ?? 0) > 0);
    const prev = segments.at(-1);
    if (prev && prev.kinds.join() === kinds.join()) {
      prev.end = next;
      prev.text = text.slice(prev.start, next);
    } else segments.push({ text: text.slice(at, next), start: at, end: next, kinds });
  }
  return segments;
}
