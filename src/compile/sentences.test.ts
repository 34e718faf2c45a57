import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each([
    ['Xi and Putin met on Aug. 31 in Tianjin. Putin attended the summit on Sept. 1.', ['Xi and Putin met on Aug. 31 in Tianjin.', 'Putin attended the summit on Sept. 1.']],
    ['BEIJING, Sept. 2 (Xinhua) -- Xi held talks with Putin. They signed documents.', ['BEIJING, Sept. 2 (Xinhua) -- Xi held talks with Putin.', 'They signed documents.']],
    ['Wang Yi bertemu Lavrov pada 3 Des. 2024 di Moskow. Keduanya membahas Ukraina.', ['Wang Yi bertemu Lavrov pada 3 Des. 2024 di Moskow.', 'Keduanya membahas Ukraina.']],
    ['U.S. officials said so. Dr. Li agreed.', ['U.S. officials said so.', 'Dr. Li agreed.']],
    // A month abbreviation that really ends a sentence, before a capitalised word.
    ['The talks were held in Jan. They went well.', ['The talks were held in Jan.', 'They went well.']],
  ])('%s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('separates paragraphs', () => {
    expect(splitSentences('Satu.\n\nDua.').map((s) => s.paragraph)).toEqual([0, 1]);
  });
});
