import { useMemo } from 'react';
import { formatIsoDate } from '../i18n/formatDate';
import { useT } from '../i18n/useT';
import type { TimelineEvent } from '../model/schema';
import { selectLookups } from '../store/selectors';
import { timelineSvgFor, type ViewInput } from './charts';
import { briefingMessages, typeLabels } from './messages';
import { svgDataUrl } from './presentation';
import { PROJECTOR } from './svgKit';

/** One event, large: date, title, participants, place, topic chips, summary with its source, and where it stands in time. */
export function EventSlide({ view, event }: { view: ViewInput; event: TimelineEvent }) {
  const t = useT(briefingMessages);
  const { lang } = view;
  const { actors, places, topics, articles, countries } = selectLookups({ dataset: view.dataset });
  const mini = useMemo(() => svgDataUrl(timelineSvgFor(view, { width: 960, palette: PROJECTOR, highlightId: event.id })), [view, event.id]);
  const place = event.location ? places.get(event.location) : null;
  const article = articles.get(event.sources[0]?.articleId ?? '');
  const date = event.date.precision === 'day' && event.date.earliest !== event.date.latest
    ? `${formatIsoDate(event.date.earliest, lang, 'long')} – ${formatIsoDate(event.date.latest, lang, 'long')}`
    : formatIsoDate(event.date.value, lang, 'long');
  return (
    <div className="slide-event">
      <p className="slide-date">
        <time dateTime={event.date.value}>{date}</time>
        <span className="slide-type">{typeLabels[lang][event.type]}</span>
      </p>
      <h2 className="slide-title">{event.title}</h2>
      <dl className="slide-facts">
        <dt>{t('participants')}</dt>
        <dd>
          {event.participants
            .map((id) => {
              const a = actors.get(id);
              const country = a ? countries.get(a.country)?.labels[lang] ?? a.country : null;
              return a ? `${a.name}${country ? ` (${country})` : ''}` : id;
            })
            .join(', ')}
        </dd>
        {place && (
          <>
            <dt>{t('place')}</dt>
            <dd>{place.labels?.[lang] ?? place.name}</dd>
          </>
        )}
      </dl>
      {event.topics.length > 0 && (
        <ul className="slide-chips">
          {event.topics.map((id) => (
            <li key={id}>{topics.get(id)?.labels[lang] ?? id}</li>
          ))}
        </ul>
      )}
      <blockquote className="slide-summary">
        <p>{event.summary}</p>
        {article && (
          <footer>
            {t('source')}: {article.outlet && `${article.outlet}, `}
            <cite>“{article.title}”</cite>
            {article.published && `, ${formatIsoDate(article.published, lang, 'long')}`}
          </footer>
        )}
      </blockquote>
      <img className="slide-mini" src={mini} alt={t('whereInTime', { count: view.events.length })} />
    </div>
  );
}
