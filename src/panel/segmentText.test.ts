import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { segmentText, type Highlight, type HighlightKind } from './segmentText';

const plain = (s: ReturnType<typeof segmentText>) => s.map((x) => [x.text, x.kinds.join('+')]);

describe('segmentText', () => {
  it('returns the whole text as one plain segment without highlights', () => {
    expect(plain(segmentText('abc', []))).toEqual([['abc', '']]);
    expect(segmentText('', [])).toEqual([]);
  });
  it('splits around one highlight', () => {
    expect(plain(segmentText('Wang Yi met Lavrov', [{ start: 12, end: 18, kind: 'participant' }]))).toEqual([
      ['Wang Yi met ', ''],
      ['Lavrov', 'participant'],
    ]);
  });
  it('gives overlapping highlights segments with both kinds', () => {
    const h: Highlight[] = [
      { start: 0, end: 10, kind: 'evidence' },
      { start: 5, end: 15, kind: 'topic' },
    ];
    expect(plain(segmentText('0123456789abcdefghij', h))).toEqual([
      ['01234', 'evidence'],
      ['56789', 'evidence+topic'],
      ['abcde', 'topic'],
      ['fghij', ''],
    ]);
  });
  it('merges touching ranges of the same kind and clamps ranges beyond the text', () => {
    const h: Highlight[] = [
      { start: 0, end: 2, kind: 'evidence' },
      { start: 2, end: 99, kind: 'evidence' },
      { start: 7, end: 3, kind: 'topic' },
      { start: -5, end: 0, kind: 'topic' },
    ];
    expect(plain(segmentText('hello', h))).toEqual([['hello', 'evidence']]);
  });
  it('always concatenates back to the text, with no empty segment and a kind set that matches the ranges', () => {
    const kind = fc.constantFrom<HighlightKind>('evidence', 'participant', 'topic');
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.array(fc.record({ start: fc.integer({ min: -5, max: 70 }), end: fc.integer({ min: -5, max: 70 }), kind })), (text, hs) => {
        const segs = segmentText(text, hs);
        expect(segs.map((s) => s.text).join('')).toBe(text);
        for (const s of segs) {
          expect(s.text.length).toBeGreaterThan(0);
          for (let i = s.start; i < s.end; i++) {
            const covering = new Set(hs.filter((h) => h.start <= i && i < h.end).map((h) => h.kind));
            expect(new Set(s.kinds)).toEqual(covering);
          }
        }
      }),
    );
  });
});
