import { useEffect } from 'react';
import { useExplorer } from '../store/store';
import { getSearch } from '../store/selectors';
import { useT } from '../i18n/useT';
import { filterMessages } from './messages';
import { afterPageSettles } from '../app/afterPageSettles';

/** Longest wait for the page to settle before indexing anyway. */
const SETTLE_MAX_MS = 3000;

/** The full-text search box; the index is built in the background once the page has settled. */
export function SearchBox() {
  const t = useT(filterMessages);
  const query = useExplorer((s) => s.filters.query);
  const setQuery = useExplorer((s) => s.setQuery);
  const dataset = useExplorer((s) => s.dataset);
  // The index is built in idle time once the first screen has settled (the network has its layout), so it
  // does not compete with the layout worker; a query before then builds what it needs at once.
  useEffect(() => {
    if (!dataset) return;
    return afterPageSettles(() => void getSearch(dataset).prepare(), SETTLE_MAX_MS);
  }, [dataset]);
  return <input type="search" className="search-box" aria-label={t('search')} value={query} onChange={(e) => setQuery(e.target.value)} />;
}
