import { useExplorer } from '../store/store';
import { selectLookups } from '../store/selectors';
import { useT } from '../i18n/useT';
import { timelineMessages } from './messages';
import { bandTop, rowsFor } from './chartLayout';
import type { LaneGroup } from './items';
import type { EventType } from '../model/schema';

/** Names of the swimlanes, pinned at the top left of each band (nothing without lanes). */
export function LaneLabels({ groups }: { /** The swimlanes in drawing order. */ groups: readonly LaneGroup[] }) {
  const t = useT(timelineMessages);
  const lang = useExplorer((s) => s.lang);
  const { actors, topics } = useExplorer(selectLookups);
  if (groups.length <= 1 && groups[0]?.kind !== 'other') return null;
  const rows = rowsFor(groups.length);
  const label = (g: LaneGroup) => {
    switch (g.kind) {
      case 'type':
        return t(g.key as EventType);
      case 'participant':
        return actors.get(g.key)?.name ?? g.key;
      case 'topic':
        return topics.get(g.key)?.labels[lang] ?? g.key;
      case 'none':
        return t('noTopic');
      case 'other':
        return t('other');
      default:
        return '';
    }
  };
  return (
    <>
      {groups.map((g, i) => (
        <span key={`${g.kind}:${g.key}`} className="timeline-lane-label" style={{ top: bandTop({ rows }, i) - 2 }} aria-hidden="true">
          {label(g)}
        </span>
      ))}
    </>
  );
}
