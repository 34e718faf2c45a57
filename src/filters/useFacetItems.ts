import { useMemo } from 'react';
import { EVENT_STATUSES, EVENT_TYPES, type Dataset } from '../model/schema';
import { emptyFilters, isEmptyFilters } from '../store/filters';
import { getCountryOf } from '../store/selectors';
import { useExplorer } from '../store/store';
import { countFacets, type Facet, type FacetCounts } from './countFacets';
import { STATUS_LABELS, TYPE_LABELS } from './messages';
import { selectFacetCounts } from './selectFacetCounts';
import type { ToggleItem } from './ToggleList';
import { compareText } from '../i18n/compareText';
import type { Lang } from '../i18n/lang';

const overall = new WeakMap<Dataset, FacetCounts>();
/** Counts over the whole dataset, used to order long lists stably (most frequent first). */
function overallCounts(ds: Dataset): FacetCounts {
  let c = overall.get(ds);
  if (!c) overall.set(ds, (c = countFacets(ds.events, emptyFilters(), { countryOf: getCountryOf(ds), searchMatches: null })));
  return c;
}

type Listed = 'participants' | 'countries';
const orders = new WeakMap<Dataset, Map<Lang, Record<Listed, Array<{ id: string; label: string }>>>>();
/**
 * The participants and countries in list order (most frequent overall first, then by label), once per
 * dataset and language: a filter change only fills in the live counts, without sorting ~300 names again.
 */
function listOrder(dataset: Dataset, lang: Lang): Record<Listed, Array<{ id: string; label: string }>> {
  let byLang = orders.get(dataset);
  if (!byLang) orders.set(dataset, (byLang = new Map()));
  let order = byLang.get(lang);
  if (order) return order;
  const all = overallCounts(dataset);
  const byFrequency = (facet: Listed) => (a: { id: string; label: string }, b: { id: string; label: string }) =>
    (all[facet].get(b.id) ?? 0) - (all[facet].get(a.id) ?? 0) || compareText(a.label, b.label);
  // Only countries some participant comes from: a listed country without events is noise.
  const countryLabel = new Map(dataset.countries.map((c) => [c.id, c.labels[lang]]));
  order = {
    participants: dataset.actors
      .filter((a) => all.participants.has(a.id))
      .map((a) => ({ id: a.id, label: a.name }))
      .sort(byFrequency('participants')),
    countries: [...all.countries.keys()].map((id) => ({ id, label: countryLabel.get(id) ?? id })).sort(byFrequency('countries')),
  };
  byLang.set(lang, order);
  return order;
}

/** The toggle items of every facet, labelled in the UI language with their live counts. */
export function useFacetItems(): Record<Facet, ToggleItem[]> | null {
  const dataset = useExplorer((s) => s.dataset);
  const counts = useExplorer(selectFacetCounts);
  const lang = useExplorer((s) => s.lang);
  const unfiltered = useExplorer((s) => isEmptyFilters(s.filters));
  return useMemo(() => {
    if (!dataset || !counts) return null;
    // With no filter set the live counts are the overall ones: no second pass over the events.
    if (unfiltered && !overall.has(dataset)) overall.set(dataset, counts);
    const order = listOrder(dataset, lang);
    return {
      topics: dataset.topics.map((t) => ({ id: t.id, label: t.labels[lang], count: counts.topics.get(t.id) ?? 0 })),
      participants: order.participants.map(({ id, label }) => ({ id, label, count: counts.participants.get(id) ?? 0 })),
      countries: order.countries.map(({ id, label }) => ({ id, label, count: counts.countries.get(id) ?? 0 })),
      types: EVENT_TYPES.map((id) => ({ id, label: TYPE_LABELS[lang][id], count: counts.types.get(id) ?? 0 })),
      statuses: EVENT_STATUSES.map((id) => ({ id, label: STATUS_LABELS[lang][id], count: counts.statuses.get(id) ?? 0 })),
    };
  }, [dataset, counts, lang, unfiltered]);
}
