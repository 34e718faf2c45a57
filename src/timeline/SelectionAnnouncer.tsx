import { useExplorer } from '../store/store';
import { useT } from '../i18n/useT';
import { timelineMessages } from './messages';
import { useEventDate } from './Tooltip';
import type { TimelineModel } from './useTimelineModel';

/** A polite live region that reads out the selected event when it changes. */
export function SelectionAnnouncer({ model }: { /** Shared timeline model. */ model: TimelineModel }) {
  const t = useT(timelineMessages);
  const selectedId = useExplorer((s) => s.selectedEventId);
  const dateOf = useEventDate();
  const e = model.events[model.indexOf(selectedId)] ?? null;
  return (
    <div className="sr-only" aria-live="polite" data-testid="timeline-announcer">
      {e ? t('selected', { date: dateOf(e), type: t(e.type), title: e.title }) : ''}
    </div>
  );
}
