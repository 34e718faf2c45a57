import { useExplorer } from '../store/store';
import { selectLookups } from '../store/selectors';
import { useT } from '../i18n/useT';
import { activeChips } from './activeChips';
import { filterMessages } from './messages';

/** The active filters as removable chips, with "Clear all". Renders nothing when no filter is set. */
export function ActiveChips() {
  const t = useT(filterMessages);
  const filters = useExplorer((s) => s.filters);
  const lookups = useExplorer(selectLookups);
  const lang = useExplorer((s) => s.lang);
  const setFilters = useExplorer((s) => s.setFilters);
  const clearFilters = useExplorer((s) => s.clearFilters);
  const chips = activeChips(filters, lookups, lang);
  if (chips.length === 0) return null;
  return (
    <div className="chips">
      <ul aria-label={t('activeFilters')}>
        {chips.map((c) => (
          <li key={c.key}>
            <button type="button" className="chip" aria-label={t('removeFilter', { label: c.label })} onClick={() => setFilters(c.without)}>
              <span>{c.label}</span>
              <span aria-hidden="true" className="chip-x">
                ×
              </span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="link-button" onClick={clearFilters}>
        {t('clearAll')}
      </button>
    </div>
  );
}
