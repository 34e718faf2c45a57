import { useMemo } from 'react';
import './print.css';
import { appMessages } from '../app/messages';
import { networkSvgFor, timelineSvgFor } from '../briefing/charts';
import { citationsOf } from '../briefing/deck';
import { toEventRecords } from '../briefing/eventRecords';
import { viewInputOf } from '../briefing/exportActions';
import { typeLabels } from '../briefing/messages';
import { formatIsoDate } from '../i18n/formatDate';
import { useT } from '../i18n/useT';
import { useExplorer } from '../store/store';
import { printMessages } from './messages';
import { usePrinting } from './usePrinting';

/** Rows beyond this are left to the CSV export: a printout of 100,000 rows helps nobody. */
const MAX_ROWS = 500;

/** The printed page (A4 landscape): title, filters, timeline, network and the event table with citations. */
export function PrintSheet({ always = false }: { /** Render even when not printing (tests). */ always?: boolean }) {
  const printing = usePrinting();
  return <div className="print-sheet">{(printing || always) && <PrintContent />}</div>;
}

function PrintContent() {
  const t = useT(printMessages);
  const tApp = useT(appMessages);
  const state = useExplorer();
  const v = useMemo(() => viewInputOf(state), [state]);
  const pictures = useMemo(
    () => v && { timeline: timelineSvgFor(v, { width: 1100, decorated: true }), network: networkSvgFor(v, { width: 760, height: 380, decorated: 'legend' }) },
    [v],
  );
  if (!v || !pictures) return null;
  const records = toEventRecords(v.events.slice(0, MAX_ROWS), v.dataset, v.lang);
  return (
    <article aria-label={tApp('title')}>
      {/* Inline, not <img>: the browser lays out the printed page right after beforeprint, before an image
          would have decoded. The markup is our own drawing with every text escaped (svgKit.esc). */}
      <div className="print-timeline" dangerouslySetInnerHTML={{ __html: pictures.timeline }} />
      <div className="print-network" dangerouslySetInnerHTML={{ __html: pictures.network }} />
      <table className="print-table">
        <caption>{t('events')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('date')}</th>
            <th scope="col">{t('type')}</th>
            <th scope="col">{t('event')}</th>
            <th scope="col">{t('participants')}</th>
            <th scope="col">{t('sources')}</th>
          </tr>
        </thead>
        <tbody>
          {records.map((r) => (
            <tr key={r.id}>
              <td>{formatIsoDate(r.date, v.lang)}</td>
              <td>{typeLabels[v.lang][r.type as keyof (typeof typeLabels)['en']]}</td>
              <td>
                <strong>{r.title}</strong>
                {r.place && ` (${r.place})`}
                <br />
                {r.summary}
              </td>
              <td>{r.participants.join(', ')}</td>
              <td>
                {citationsOf(r, v.lang).map((c) => (
                  <div key={c}>{c}</div>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {v.events.length > MAX_ROWS && <p>{t('truncated', { shown: MAX_ROWS, count: v.events.length })}</p>}
      <p className="print-foot">{t('printed', { date: formatIsoDate(new Date().toISOString().slice(0, 10), v.lang) })}</p>
    </article>
  );
}
