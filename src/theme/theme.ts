import { create } from 'zustand';
import { readStored, writeStored } from '../i18n/initialLang';

export type Theme = 'light' | 'dark';
/** localStorage key under which an explicit theme choice is remembered. */
export const THEME_STORAGE_KEY = 'contact-timeline:theme';

/** The theme to start in: the remembered choice, else the system preference. */
export function pickInitialTheme(stored: string | null, prefersDark: boolean): Theme {
  if (stored === 'light' || stored === 'dark') return stored;
  return prefersDark ? 'dark' : 'light';
}

const prefersDark = () => typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;

/** The theme store: kept apart from the explorer store because it is a device preference, not view state. */
export const useTheme = create<{ theme: Theme; setTheme(theme: Theme): void }>()((set) => ({
  theme: pickInitialTheme(readStored(THEME_STORAGE_KEY), prefersDark()),
  setTheme: (theme) => {
    writeStored(THEME_STORAGE_KEY, theme);
    set({ theme });
  },
}));

/** Writes the theme onto `<html data-theme>` now and on every change; returns the unsubscribe function. */
export function startThemeSync(): () => void {
  const apply = (theme: Theme) => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.style.colorScheme = theme;
  };
  apply(useTheme.getState().theme);
  return useTheme.subscribe((s) => apply(s.theme));
}
