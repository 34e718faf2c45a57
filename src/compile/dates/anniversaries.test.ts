import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAnniversaries } from './anniversaries';

describe('parseAnniversaries', () => {
  it('reads data/anniversaries.yaml with the base years the compile relies on', () => {
    const list = parseAnniversaries(readFileSync('data/anniversaries.yaml', 'utf8'), 'data/anniversaries.yaml');
    const base = Object.fromEntries(list.map((a) => [a.id, a.base]));
    expect(base).toMatchObject({
      wwii_victory: 1945,
      un_founding: 1945,
      cn_ru_diplomatic_relations: 1949,
      prc_founding: 1949,
      cn_ru_strategic_partnership: 1996,
      cn_ru_good_neighbour_treaty: 2001,
      sco_founding: 2001,
    });
    for (const a of list) expect(a.terms.length).toBeGreaterThan(0);
  });

  it('names the file, line and problem for broken YAML', () => {
    const text = 'anniversaries:\n  - id: ww2\n    base: 1945\n    terms: [Perang Dunia II\n';
    expect(() => parseAnniversaries(text, 'data/anniversaries.yaml')).toThrow(/^data\/anniversaries\.yaml:\d+: /);
  });

  it('names the line of a field with the wrong type', () => {
    const text = 'anniversaries:\n  - id: ww2\n    base: 1945\n    terms: [WWII]\n  - id: un\n    base: soon\n    terms: [PBB]\n';
    expect(() => parseAnniversaries(text, 'a.yaml')).toThrow(/^a\.yaml:6: .*anniversaries\.1\.base/);
  });

  it('rejects an entry without terms and a duplicate id', () => {
    expect(() => parseAnniversaries('anniversaries:\n  - id: x\n    base: 1945\n    terms: []\n', 'a.yaml')).toThrow(/a\.yaml:4:/);
    const dup = 'anniversaries:\n  - id: x\n    base: 1945\n    terms: [a b]\n  - id: x\n    base: 1949\n    terms: [c d]\n';
    expect(() => parseAnniversaries(dup, 'a.yaml')).toThrow(/duplicate anniversary id 'x'/);
  });

  it('rejects a file without the anniversaries list', () => {
    expect(() => parseAnniversaries('', 'a.yaml')).toThrow(/^a\.yaml:1: /);
  });
});
