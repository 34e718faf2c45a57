import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LANG_STORAGE_KEY, initialLang, pickInitialLang } from './initialLang';
import { startLangSync } from './syncLang';
import { useExplorer } from '../store/store';

describe('pickInitialLang', () => {
  it('prefers ?lang= over the remembered choice and the browser', () => {
    expect(pickInitialLang({ search: '?lang=id', stored: 'en', languages: ['en-US'] })).toBe('id');
    expect(pickInitialLang({ search: '?x=1&lang=en', stored: 'id', languages: ['id-ID'] })).toBe('en');
  });
  it('uses the remembered choice when the URL names none or an unknown language', () => {
    expect(pickInitialLang({ search: '?lang=fr', stored: 'id', languages: ['en'] })).toBe('id');
    expect(pickInitialLang({ search: '', stored: 'id' })).toBe('id');
  });
  it('follows the first supported browser language', () => {
    expect(pickInitialLang({ languages: ['fr-FR', 'id-ID', 'en'] })).toBe('id');
    expect(pickInitialLang({ languages: ['de', 'en-AU'] })).toBe('en');
    expect(pickInitialLang({ stored: 'garbage', languages: ['in'] })).toBe('id');
  });
  it('falls back to English', () => {
    expect(pickInitialLang({})).toBe('en');
    expect(pickInitialLang({ languages: ['ja', 'zh-CN'] })).toBe('en');
  });
  it('always returns a supported language', () => {
    fc.assert(
      fc.property(fc.string(), fc.option(fc.string()), fc.array(fc.string()), (search, stored, languages) => {
        expect(['en', 'id']).toContain(pickInitialLang({ search, stored, languages }));
      }),
    );
  });
});

describe('initialLang and startLangSync', () => {
  it('reads the remembered language, then remembers a switch and sets <html lang>', () => {
    localStorage.setItem(LANG_STORAGE_KEY, 'id');
    expect(initialLang()).toBe('id');
    const stop = startLangSync();
    expect(useExplorer.getState().lang).toBe('id');
    expect(document.documentElement.lang).toBe('id');
    useExplorer.getState().setLang('en');
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    stop();
    localStorage.clear();
  });
});
