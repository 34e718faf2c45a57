import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_BYTES, decodeArticle, splitFrontMatter } from './readArticle';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeArticle', () => {
  it.each([
    ['empty', utf8(''), /empty/],
    ['whitespace only', utf8(' \n\t\n'), /empty/],
    ['binary', new Uint8Array([0x50, 0x4b, 0x00, 0x03]), /binary/],
    ['Latin-1', new Uint8Array([0x4d, 0x6f, 0x73, 0x6b, 0x6f, 0x77, 0xe9, 0x20]), /UTF-8/],
    ['oversized', new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61), /too large/],
  ])('skips a %s file', (_, bytes, reason) => {
    const r = decodeArticle(bytes);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });

  it('decodes UTF-8 and drops a byte-order mark', () => {
    expect(decodeArticle(utf8('\uFEFFMoskow – “kutipan”'))).toEqual({ ok: true, content: 'Moskow – “kutipan”' });
  });
});

describe('splitFrontMatter', () => {
  it('reads url, outlet, published and language', () => {
    const r = splitFrontMatter('---\nurl: https://x.id/a\noutlet: ANTARA\npublished: 2024-02-16\nlanguage: id\n---\nJudul\n');
    expect(r.frontMatter).toMatchObject({ url: 'https://x.id/a', outlet: 'ANTARA', language: 'id' });
    expect(r.body).toBe('Judul\n');
  });

  it('treats a text without front matter as all body', () => {
    expect(splitFrontMatter('Judul\n---\nx')).toEqual({ frontMatter: {}, body: 'Judul\n---\nx', problem: null });
  });

  it('reports broken front matter and keeps the body', () => {
    const r = splitFrontMatter('---\nurl: [unclosed\n---\nJudul');
    expect(r.problem).toMatch(/front matter/);
    expect(r.body).toBe('Judul');
  });
});
