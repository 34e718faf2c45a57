import { useExplorer } from '../store/store';
import { useT } from '../i18n/useT';
import { filterMessages } from './messages';
import { ToggleList, type ToggleItem } from './ToggleList';

/** Topic toggles with live counts, and the "any of" / "all of" switch. */
export function TopicFilter({ items }: { items: ToggleItem[] }) {
  const t = useT(filterMessages);
  const topics = useExplorer((s) => s.filters.topics);
  const mode = useExplorer((s) => s.filters.topicMode);
  const toggleTopic = useExplorer((s) => s.toggleTopic);
  const setFilters = useExplorer((s) => s.setFilters);
  return (
    <>
      <div className="mode-switch" role="radiogroup" aria-label={t('match')}>
        {(['any', 'all'] as const).map((m) => (
          <label key={m}>
            <input type="radio" name="topic-mode" checked={mode === m} onChange={() => setFilters({ topicMode: m })} />
            {m === 'any' ? t('anyOf') : t('allOf')}
          </label>
        ))}
      </div>
      <ToggleList items={items} selected={topics} onToggle={toggleTopic} what={t('topics')} limit={25} />
    </>
  );
}
