import { useExplorer } from '../store/store';
import { selectVisibleEvents } from '../store/selectors';
import { formatNumber } from '../i18n/formatDate';
import { useT } from '../i18n/useT';
import { filterMessages } from './messages';

/** "N of M events", announced politely on every change. */
export function StatusLine() {
  const t = useT(filterMessages);
  const lang = useExplorer((s) => s.lang);
  const shown = useExplorer((s) => selectVisibleEvents(s).length);
  const total = useExplorer((s) => s.dataset?.events.length ?? 0);
  return (
    <p role="status" className="status-line">
      {t('statusLine', { shown: formatNumber(shown, lang), total: formatNumber(total, lang) })}
    </p>
  );
}
