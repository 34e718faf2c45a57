import { useExplorer } from '../store/store';
import { LANG_STORAGE_KEY, initialLang, writeStored } from './initialLang';
import { LOCALE } from './lang';

/**
 * Starts the store in the initial language, then keeps `<html lang>` and the remembered choice in step
 * with it. Returns the unsubscribe function.
 */
export function startLangSync(): () => void {
  const apply = (lang: keyof typeof LOCALE) => {
    document.documentElement.lang = lang;
  };
  const lang = initialLang();
  useExplorer.getState().setLang(lang);
  apply(lang);
  return useExplorer.subscribe((s, prev) => {
    if (s.lang === prev.lang) return;
    apply(s.lang);
    writeStored(LANG_STORAGE_KEY, s.lang);
  });
}
