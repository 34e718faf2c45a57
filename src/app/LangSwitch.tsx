import { useExplorer } from '../store/store';
import { LANGS } from '../i18n/lang';
import { useT } from '../i18n/useT';
import { appMessages } from './messages';

const NAMES = { en: 'English', id: 'Bahasa Indonesia' } as const;

/** Switches the UI language (article texts stay as written). */
export function LangSwitch() {
  const t = useT(appMessages);
  const lang = useExplorer((s) => s.lang);
  const setLang = useExplorer((s) => s.setLang);
  return (
    <label className="lang-switch">
      {t('language')}{' '}
      <select value={lang} onChange={(e) => setLang(e.target.value as (typeof LANGS)[number])}>
        {LANGS.map((l) => (
          <option key={l} value={l}>
            {NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
