import { useEffect } from 'react';
import { useExplorer } from '../store/store';
import { getSearch } from '../store/selectors';
import { useT } from '../i18n/useT';
import { filterMessages } from './messages';

/** The full-text search box; the index is built in the background once the box is on screen. */
export function SearchBox() {
  const t = useT(filterMessages);
  const query = useExplorer((s) => s.filters.query);
  const setQuery = useExplorer((s) => s.setQuery);
  const dataset = useExplorer((s) => s.dataset);
  useEffect(() => {
    if (dataset) void getSearch(dataset).prepare();
  }, [dataset]);
  return <input type="search" className="search-box" aria-label={t('search')} value={query} onChange={(e) => setQuery(e.target.value)} />;
}
