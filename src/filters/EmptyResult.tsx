import { useExplorer } from '../store/store';
import { useT } from '../i18n/useT';
import { filterMessages } from './messages';

/** Says that nothing matches and offers to clear the filters. */
export function EmptyResult() {
  const t = useT(filterMessages);
  const clearFilters = useExplorer((s) => s.clearFilters);
  return (
    <div className="empty-result">
      <p>{t('noMatch')}</p>
      <button type="button" onClick={clearFilters}>
        {t('clearFilters')}
      </button>
    </div>
  );
}
