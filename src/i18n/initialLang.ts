import { LANGS, langFromTag, type Lang } from './lang';

/** localStorage key under which the chosen UI language is remembered. */
export const LANG_STORAGE_KEY = 'contact-timeline:lang';

/** Where the starting language can come from; each part is optional so tests pass plain values. */
export interface LangSources {
  search?: string;
  stored?: string | null;
  languages?: readonly string[];
}

const isLang = (v: string | null | undefined): v is Lang => (LANGS as readonly string[]).includes(v ?? '');

/** The language to start in: `?lang=` > remembered choice > browser languages > English. */
export function pickInitialLang({ search = '', stored = null, languages = [] }: LangSources): Lang {
  const param = new URLSearchParams(search).get('lang');
  if (isLang(param)) return param;
  if (isLang(stored)) return stored;
  for (const tag of languages) {
    const lang = langFromTag(tag);
    if (lang) return lang;
  }
  return 'en';
}

/** Reads localStorage without throwing (private modes and sandboxed frames refuse it). */
export function readStored(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Writes localStorage, ignoring refusal: remembering is a convenience, never a failure. */
export function writeStored(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    /* storage full or refused */
  }
}

/** The language this page should start in, read from the URL, storage and the browser. */
export function initialLang(): Lang {
  const nav = typeof navigator === 'undefined' ? undefined : navigator;
  return pickInitialLang({
    search: typeof location === 'undefined' ? '' : location.search,
    stored: readStored(LANG_STORAGE_KEY),
    languages: nav?.languages?.length ? nav.languages : nav?.language ? [nav.language] : [],
  });
}
