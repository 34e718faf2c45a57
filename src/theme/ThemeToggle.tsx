import { useT } from '../i18n/useT';
import './theme.css';
import { themeMessages } from './messages';
import { useTheme } from './theme';

/** A toggle button for the dark theme; aria-pressed tells whether it is on. */
export function ThemeToggle() {
  const t = useT(themeMessages);
  const theme = useTheme((s) => s.theme);
  const setTheme = useTheme((s) => s.setTheme);
  return (
    <button type="button" aria-pressed={theme === 'dark'} onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}>
      <span aria-hidden="true">{theme === 'dark' ? '☾ ' : '☀ '}</span>
      {t('dark')}
    </button>
  );
}
