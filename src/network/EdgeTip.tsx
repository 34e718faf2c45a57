import type { TimelineEvent } from '../model/schema';
import type { Lang } from '../i18n/lang';
import { formatIsoDate } from '../i18n/formatDate';
import { useT } from '../i18n/useT';
import type { GraphEdge } from './buildGraph';
import { networkMessages } from './messages';
import type { EventLookup } from '../store/selectors';

const MAX_LISTED = 12;

interface Props {
  edge: GraphEdge;
  /** "Wang Yi – Sergey Lavrov" */
  title: string;
  eventById: EventLookup;
  lang: Lang;
}

/** Tooltip body for a link: the two people and the events they share, by date. */
export function EdgeTip({ edge, title, eventById, lang }: Props) {
  const t = useT(networkMessages);
  const events = edge.eventIds
    .map((id) => eventById.get(id))
    .filter((e): e is TimelineEvent => !!e)
    .sort((a, b) => a.date.earliest.localeCompare(b.date.earliest) || a.id.localeCompare(b.id));
  return (
    <>
      <strong>{title}</strong>
      <div>{edge.weight === 1 ? t('sharedEvent') : t('sharedEvents', { count: edge.weight })}</div>
      <ul className="net-tip-events">
        {events.slice(0, MAX_LISTED).map((e) => (
          <li key={e.id}>
            <span className="net-tip-muted">{formatIsoDate(e.date.value, lang)}</span> {e.title}
          </li>
        ))}
      </ul>
      {events.length > MAX_LISTED && <div className="net-tip-muted">{t('more', { count: events.length - MAX_LISTED })}</div>}
    </>
  );
}
