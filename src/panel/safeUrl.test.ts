import { describe, expect, it } from 'vitest';
import { safeHttpUrl, sameOriginUrl } from './safeUrl';

describe('safeHttpUrl', () => {
  it('keeps http and https addresses', () => {
    expect(safeHttpUrl('https://example.org/a')).toBe('https://example.org/a');
    expect(safeHttpUrl(' http://example.org ')).toBe('http://example.org/');
  });
  it('refuses script, data, relative and malformed addresses', () => {
    for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,<b>x</b>', '/relative', 'not a url', '', null]) expect(safeHttpUrl(bad)).toBeNull();
  });
});

describe('sameOriginUrl', () => {
  it('resolves paths on the page origin and refuses others', () => {
    expect(sameOriginUrl('texts/a.json', 'http://127.0.0.1:5000/app/')).toBe('http://127.0.0.1:5000/app/texts/a.json');
    expect(sameOriginUrl('https://evil.example/a.json', 'http://127.0.0.1:5000/')).toBeNull();
    expect(sameOriginUrl('//evil.example/a.json', 'http://127.0.0.1:5000/')).toBeNull();
  });
});
