import { useCallback } from 'react';
import { useExplorer } from '../store/store';
import type { Lang } from './lang';

/** A feature's messages: the same keys in both languages. `{name}` placeholders are filled by `t`. */
export type Messages<K extends string> = Record<Lang, Record<K, string>>;

/** Fills `{name}` placeholders in `template` from `vars`. */
export function format(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

/** Returns `t(key, vars)` for the current UI language over a feature's own message table. */
export function useT<K extends string>(messages: Messages<K>): (key: K, vars?: Record<string, string | number>) => string {
  const lang = useExplorer((s) => s.lang);
  return useCallback((key, vars) => format(messages[lang][key], vars), [lang, messages]);
}
