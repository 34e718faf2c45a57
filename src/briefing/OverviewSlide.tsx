import { useMemo } from 'react';
import { appMessages } from '../app/messages';
import { formatIsoDate, formatNumber } from '../i18n/formatDate';
import { useT } from '../i18n/useT';
import { PROJECTOR } from './svgKit';
import { countEvents, networkSvgFor, timelineSvgFor, type ViewInput } from './charts';
import { describeFilters } from './describeFilters';
import { briefingMessages } from './messages';
import { svgDataUrl } from './presentation';

/** The opening slide of a view: title, active filters, the timeline, the network and counts by type and topic. */
export function OverviewSlide({ view, kicker }: { view: ViewInput; /** Line above the title (a saved view's name). */ kicker?: string }) {
  const t = useT(briefingMessages);
  const tApp = useT(appMessages);
  const { lang, events } = view;
  const timeline = useMemo(() => svgDataUrl(timelineSvgFor(view, { width: 960, palette: PROJECTOR, decorated: 'legend' })), [view]);
  const network = useMemo(() => svgDataUrl(networkSvgFor(view, { width: 560, height: 320, palette: PROJECTOR, decorated: 'legend', maxNodes: 14 })), [view]);
  const counts = useMemo(() => countEvents(view), [view]);
  const filters = describeFilters(view.filters, view.dataset, lang);
  const dates = events.map((e) => e.date.earliest).sort();
  const span = dates.length ? `${formatIsoDate(dates[0]!, lang, 'long')} – ${formatIsoDate(dates.at(-1)!, lang, 'long')}` : '';
  return (
    <div className="slide-overview">
      <header className="slide-head">
        <p className="slide-kicker">{kicker ?? t('overview')}</p>
        <h2 className="slide-title">{tApp('title')}</h2>
        <p className="slide-sub">
          {t('eventsCount', { count: formatNumber(events.length, lang) })}
          {span && ` · ${span}`} · {filters.length ? filters.join(' · ') : t('allEvents')}
        </p>
      </header>
      {events.length === 0 ? (
        <p className="slide-empty">{t('noEvents')}</p>
      ) : (
        <>
          <img className="slide-timeline" src={timeline} alt={t('timelineAlt', { count: events.length, from: dates[0] ? formatIsoDate(dates[0], lang) : '', to: dates.at(-1) ? formatIsoDate(dates.at(-1)!, lang) : '' })} />
          <div className="slide-lower">
            <img className="slide-network" src={network} alt={t('network')} />
            <div className="slide-counts">
              <CountList heading={t('byType')} rows={counts.byType} lang={lang} />
              <CountList heading={t('byTopic')} rows={counts.byTopic} lang={lang} />
            </div>
          </div>
        </>
      )}
    </div>
  );
}

/** Rows per count list: a slide has room for this many at projector size. */
const MAX_ROWS = 6;

function CountList({ heading, rows, lang }: { heading: string; rows: [string, number][]; lang: ViewInput['lang'] }) {
  if (rows.length === 0) return null;
  return (
    <section>
      <h3>{heading}</h3>
      <ul>
        {rows.slice(0, MAX_ROWS).map(([label, n]) => (
          <li key={label}>
            <span>{label}</span> <strong>{formatNumber(n, lang)}</strong>
          </li>
        ))}
        {rows.length > MAX_ROWS && <li className="slide-more">+{formatNumber(rows.length - MAX_ROWS, lang)}</li>}
      </ul>
    </section>
  );
}
