import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCorpus } from './compileCorpus';
import { repoData, repoOptions } from './fixtures/repo';

const data = repoData();
const opts = repoOptions();

// Words that steer the extractor into its interesting paths: names, titles, contact words, dates, boilerplate.
const WORDS = ['Wang Yi', 'Wang', 'Lavrov', 'Xi', 'Putin', 'Shoygu', 'Menlu Rusia', 'Presiden Tiongkok', 'Duta Besar Tiongkok untuk Rusia Zhang Hanhui', 'bertemu', 'pembicaraan telepon', 'via video', 'konsultasi keamanan strategis', 'KTT', 'di sela-sela', 'akan', 'will visit', 'pada hari Rabu', 'Selasa (2/12)', 'Senin (18/11) lalu', '18-21 September', 'kemarin', 'pekan lalu', 'tahun lalu', 'peringatan 80 tahun kemenangan Perang Dunia II', '2024-01-11 11:00:51', 'di Moskow', 'ke Rusia', 'BRICS', 'Ukraina', 'Komentar', 'Berita Lainnya', 'banner', '---', '\n', '\n\n', '.', ',', '(', ')', '–', ' '];
const textArb = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }).map((w) => w.join(' ')),
  fc.tuple(fc.string({ maxLength: 50 }), fc.array(fc.constantFrom(...WORDS), { maxLength: 40 })).map(([a, w]) => `${a}\n${w.join(' ')}`),
);
const filesArb = fc.uniqueArray(fc.record({ file: fc.stringMatching(/^[a-z0-9_]{1,12}\.txt$/), text: textArb, raw: fc.option(fc.uint8Array({ maxLength: 40 }), { freq: 5 }) }), { maxLength: 6, selector: (f) => f.file });

describe('compileCorpus invariants', () => {
  it('never throws, reports every input file, and keeps every evidence range inside its article text', () => {
    fc.assert(
      fc.property(filesArb, (specs) => {
        const files = specs.map((s) => ({ file: s.file, bytes: s.raw ?? new TextEncoder().encode(s.text) }));
        const { dataset, report } = compileCorpus(files, data, opts);
        expect(report.articles.map((a) => a.file).sort()).toEqual(files.map((f) => f.file).sort());
        // compileCorpus turns an exception into a skipped file; none may happen.
        expect(report.warnings.filter((w) => w.message.includes('could not be compiled'))).toEqual([]);
        const textOf = new Map(dataset.articles.map((a) => [a.id, a.text ?? '']));
        for (const e of dataset.events) {
          expect(e.date.earliest <= e.date.latest).toBe(true);
          expect(e.participants.length).toBeGreaterThan(0);
          for (const s of e.sources) {
            const len = textOf.get(s.articleId)!.length;
            const ranges = [...s.evidence!.date, ...s.evidence!.participants, ...s.evidence!.type, ...s.evidence!.location, ...s.evidence!.summary, ...Object.values(s.evidence!.topics).flat()];
            for (const [a, b] of ranges) expect(0 <= a && a <= b && b <= len).toBe(true);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same event ids whatever order the files come in', () => {
    fc.assert(
      fc.property(filesArb, (specs) => {
        const files = specs.map((s) => ({ file: s.file, bytes: new TextEncoder().encode(s.text) }));
        const ids = (list: typeof files) => compileCorpus(list, data, opts).dataset.events.map((e) => e.id).sort();
        expect(ids([...files].reverse())).toEqual(ids(files));
      }),
      { numRuns: 60 },
    );
  });
});
