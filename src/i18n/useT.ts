import { useCallback } from 'react';
import { useExplorer } from '../store/store';
import type { Lang } from './lang';

/** A feature's messages: the same keys in both languages. `{name}` placeholders are filled by `t`. */
export type Messages<K extends string> = Record<Lang, Record<K, string>>;

/** Templates split at their placeholders: odd positions are names. Messages are few; they are split once. */
const parts = new Map<string, string[]>();

/** Fills `{name}` placeholders in `template` from `vars` (an unknown name stays as written). */
export function format(template: string, vars: Record<string, string | number> = {}): string {
  let split = parts.get(template);
  if (!split) {
    split = template.split(/\{(\w+)\}/);
    if (parts.size < 10_000) parts.set(template, split);
  }
  let out = split[0]!;
  for (let i = 1; i < split.length; i += 2) {
    const k = split[i]!;
    out += (Object.hasOwn(vars, k) ? String(vars[k]) : `{${k}}`) + split[i + 1]!;
  }
  return out;
}

/** Returns `t(key, vars)` for the current UI language over a feature's own message table. */
export function useT<K extends string>(messages: Messages<K>): (key: K, vars?: Record<string, string | number>) => string {
  const lang = useExplorer((s) => s.lang);
  return useCallback((key, vars) => format(messages[lang][key], vars), [lang, messages]);
}
