import type { EventStatus, EventType } from '../model/schema';
import { useExplorer } from '../store/store';
import { useT } from '../i18n/useT';
import { ActiveChips } from './ActiveChips';
import { DateRangeFilter } from './DateRangeFilter';
import { FilterSection } from './FilterSection';
import { filterMessages } from './messages';
import { SearchBox } from './SearchBox';
import { StatusLine } from './StatusLine';
import { ToggleList } from './ToggleList';
import { TopicFilter } from './TopicFilter';
import { useFacetItems } from './useFacetItems';
import './filters.css';

/** The filters region: status line, active chips, search, and one section per facet. */
export function FilterPanel() {
  const t = useT(filterMessages);
  const items = useFacetItems();
  const f = useExplorer((s) => s.filters);
  const { toggleParticipant, toggleCountry, toggleType, toggleStatus } = useExplorer.getState();
  return (
    <section aria-label={t('filters')} className="filter-panel">
      <StatusLine />
      <ActiveChips />
      <FilterSection id="filter-search" title={t('search')}>
        <SearchBox />
      </FilterSection>
      {items && (
        <>
          <FilterSection id="filter-topics" title={t('topics')}>
            <TopicFilter items={items.topics} />
          </FilterSection>
          <FilterSection id="filter-participants" title={t('participants')}>
            <ToggleList items={items.participants} selected={f.participants} onToggle={toggleParticipant} what={t('participants')} />
          </FilterSection>
          <FilterSection id="filter-countries" title={t('countries')}>
            <ToggleList items={items.countries} selected={f.countries} onToggle={toggleCountry} what={t('countries')} />
          </FilterSection>
          <FilterSection id="filter-types" title={t('types')}>
            <ToggleList items={items.types} selected={f.types} onToggle={(id) => toggleType(id as EventType)} what={t('types')} />
          </FilterSection>
          <FilterSection id="filter-status" title={t('status')}>
            <ToggleList items={items.statuses} selected={f.statuses} onToggle={(id) => toggleStatus(id as EventStatus)} what={t('status')} />
          </FilterSection>
        </>
      )}
      <FilterSection id="filter-dates" title={t('dateRange')}>
        <DateRangeFilter />
      </FilterSection>
    </section>
  );
}
