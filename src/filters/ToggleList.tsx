import { useMemo, useState } from 'react';
import { useT } from '../i18n/useT';
import { foldTerm } from '../search/searchIndex';
import { filterMessages } from './messages';

/** One choosable value with its live count. */
export interface ToggleItem {
  id: string;
  label: string;
  count: number;
}

interface Props {
  /** Values to show; those with a zero count are kept (dimmed) while chosen. */
  items: ToggleItem[];
  /** Ids currently chosen. */
  selected: readonly string[];
  onToggle(id: string): void;
  /** Name of the group, for the find box ("Find participants"). */
  what: string;
  /** Beyond this many values, show a find box and only the top values until asked for all. */
  limit?: number;
}

/** A list of toggle buttons (aria-pressed), each named "label count", with a find box when long. */
export function ToggleList({ items, selected, onToggle, what, limit = 12 }: Props) {
  const t = useT(filterMessages);
  const [find, setFind] = useState('');
  const [all, setAll] = useState(false);
  const long = items.length > limit;
  const shown = useMemo(() => {
    const needle = foldTerm(find.trim());
    const matching = needle ? items.filter((i) => foldTerm(i.label).includes(needle)) : items;
    if (!long || all || needle) return matching;
    // Chosen values stay visible even when they fall outside the top of the list.
    return matching.filter((i, k) => k < limit || selected.includes(i.id));
  }, [items, find, all, long, limit, selected]);
  return (
    <div className="toggle-list">
      {long && (
        <input
          type="search"
          className="toggle-find"
          aria-label={t('findIn', { what: what.toLowerCase() })}
          placeholder={t('findIn', { what: what.toLowerCase() })}
          value={find}
          onChange={(e) => setFind(e.target.value)}
        />
      )}
      <ul>
        {shown.map((item) => {
          const on = selected.includes(item.id);
          return (
            <li key={item.id}>
              <button type="button" className="toggle" aria-pressed={on} data-empty={item.count === 0 || undefined} onClick={() => onToggle(item.id)}>
                <span className="toggle-label">{item.label}</span> <span className="count">{item.count}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {shown.length === 0 && <p className="muted">{t('noneFound')}</p>}
      {long && !find && (
        <button type="button" className="link-button" onClick={() => setAll(!all)}>
          {all ? t('showLess') : t('showMore', { count: items.length })}
        </button>
      )}
    </div>
  );
}
