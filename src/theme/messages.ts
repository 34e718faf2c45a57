import type { Messages } from '../i18n/useT';

/** Strings of the theme toggle. */
export const themeMessages: Messages<'dark'> = {
  en: { dark: 'Dark theme' },
  id: { dark: 'Tema gelap' },
};
