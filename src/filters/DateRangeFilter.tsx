import { useExplorer } from '../store/store';
import { useT } from '../i18n/useT';
import { filterMessages } from './messages';

/** Two typed dates bound to the date-range filter (the timeline's brush writes the same fields). */
export function DateRangeFilter() {
  const t = useT(filterMessages);
  const from = useExplorer((s) => s.filters.dateFrom);
  const to = useExplorer((s) => s.filters.dateTo);
  const setDateRange = useExplorer((s) => s.setDateRange);
  return (
    <div className="date-range">
      <label>
        <span>{t('from')}</span>
        <input type="date" value={from ?? ''} max={to ?? undefined} onChange={(e) => setDateRange(e.target.value || null, to)} />
      </label>
      <label>
        <span>{t('to')}</span>
        <input type="date" value={to ?? ''} min={from ?? undefined} onChange={(e) => setDateRange(from, e.target.value || null)} />
      </label>
    </div>
  );
}
