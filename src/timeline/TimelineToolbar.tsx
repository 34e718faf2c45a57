import { useExplorer, type ColorBy, type LaneBy, type TimeWindow } from '../store/store';
import { useT } from '../i18n/useT';
import { formatIsoDate } from '../i18n/formatDate';
import { timelineMessages } from './messages';
import { msToIso, zoomWindow } from './timeScale';
import { animateWindow } from './animateWindow';

/** Zoom buttons, the window's date range, and the lanes and colour choices. */
export function TimelineToolbar({ window: w, fit }: { /** The window on screen. */ window: TimeWindow; /** The window that fits the visible events. */ fit: TimeWindow }) {
  const t = useT(timelineMessages);
  const lang = useExplorer((s) => s.lang);
  const laneBy = useExplorer((s) => s.laneBy);
  const colorBy = useExplorer((s) => s.colorBy);
  const setWindow = useExplorer((s) => s.setWindow);
  const setLaneBy = useExplorer((s) => s.setLaneBy);
  const setColorBy = useExplorer((s) => s.setColorBy);
  return (
    <div className="timeline-toolbar" role="toolbar" aria-label={t('toolbar')}>
      <div className="timeline-buttons">
        <button type="button" onClick={() => animateWindow(w, zoomWindow(w, 2), setWindow)} title={`${t('zoomIn')} (+)`}>
          <span aria-hidden="true">+ </span>
          {t('zoomIn')}
        </button>
        <button type="button" onClick={() => animateWindow(w, zoomWindow(w, 0.5), setWindow)} title={`${t('zoomOut')} (−)`}>
          <span aria-hidden="true">− </span>
          {t('zoomOut')}
        </button>
        <button type="button" onClick={() => animateWindow(w, fit, setWindow, null)}>
          {t('fitAll')}
        </button>
      </div>
      <span className="timeline-range">
        {formatIsoDate(msToIso(w.start), lang)} – {formatIsoDate(msToIso(w.end), lang)}
      </span>
      <label className="timeline-select">
        {t('lanes')}
        <select value={laneBy} onChange={(e) => setLaneBy(e.target.value as LaneBy)}>
          <option value="none">{t('lanesNone')}</option>
          <option value="type">{t('lanesType')}</option>
          <option value="participant">{t('lanesParticipant')}</option>
          <option value="topic">{t('lanesTopic')}</option>
        </select>
      </label>
      <label className="timeline-select">
        {t('colourBy')}
        <select value={colorBy} onChange={(e) => setColorBy(e.target.value as ColorBy)}>
          <option value="pairing">{t('colourPairing')}</option>
          <option value="topic">{t('colourTopic')}</option>
        </select>
      </label>
    </div>
  );
}
