import type { TimelineEvent } from '../model/schema';
import { useExplorer } from '../store/store';
import { selectLookups } from '../store/selectors';
import { useT } from '../i18n/useT';
import { formatIsoDate, formatNumber } from '../i18n/formatDate';
import { timelineMessages } from './messages';
import type { Hit } from './hitTest';

/** The date of an event as a reader should see it: the day, or "earliest – latest" when uncertain. */
export function useEventDate(): (e: TimelineEvent) => string {
  const lang = useExplorer((s) => s.lang);
  return (e) =>
    e.date.earliest === e.date.latest ? formatIsoDate(e.date.earliest, lang, 'long') : `${formatIsoDate(e.date.earliest, lang)} – ${formatIsoDate(e.date.latest, lang)}`;
}

/** Details of the mark or count bubble under the pointer. */
export function Tooltip({ hit, event, width }: { hit: Hit; /** The event of a mark hit. */ event: TimelineEvent | null; /** Chart width, to keep the tip inside. */ width: number }) {
  const t = useT(timelineMessages);
  const lang = useExplorer((s) => s.lang);
  const { actors } = useExplorer(selectLookups);
  const dateOf = useEventDate();
  const left = Math.min(Math.max(0, hit.x + 14), Math.max(0, width - 280));
  return (
    <div className="timeline-tooltip" role="tooltip" style={{ left, top: hit.y + 12 }}>
      {hit.kind === 'bubble' ? (
        <>
          <strong>{t('folded', { count: formatNumber(hit.bubble.count, lang) })}</strong>
          <div className="muted">{t('foldedHint')}</div>
        </>
      ) : event ? (
        <>
          <div className="muted">
            {dateOf(event)} · {t(event.type)}
            {event.status === 'planned' ? ` · ${t('planned')}` : ''}
          </div>
          <strong>{event.title}</strong>
          <div>
            {t('participants')}: {event.participants.map((p) => actors.get(p)?.name ?? p).join(', ')}
          </div>
        </>
      ) : null}
    </div>
  );
}
