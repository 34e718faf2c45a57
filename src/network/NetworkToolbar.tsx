import { useExplorer } from '../store/store';
import { useT } from '../i18n/useT';
import { networkMessages } from './messages';

interface Props {
  onReset: () => void;
  onFit: () => void;
  /** Zooms about the centre by a factor (> 1 in, < 1 out). */
  onZoom: (factor: number) => void;
  /** True while a large layout is being computed off the main thread. */
  pending: boolean;
}

/** How much one press of a zoom button or key zooms. */
export const ZOOM_STEP = 1.5;

/** The network's controls: show mentioned people, zoom, fit the view, reset the layout. */
export function NetworkToolbar({ onReset, onFit, onZoom, pending }: Props) {
  const t = useT(networkMessages);
  const showMentioned = useExplorer((s) => s.showMentioned);
  const setShowMentioned = useExplorer((s) => s.setShowMentioned);
  return (
    <div className="net-toolbar">
      <label>
        <input type="checkbox" checked={showMentioned} onChange={(e) => setShowMentioned(e.target.checked)} /> {t('showMentioned')}
      </label>
      <button type="button" onClick={() => onZoom(ZOOM_STEP)} aria-label={t('zoomIn')} title={`${t('zoomIn')} (+)`}>
        +
      </button>
      <button type="button" onClick={() => onZoom(1 / ZOOM_STEP)} aria-label={t('zoomOut')} title={`${t('zoomOut')} (−)`}>
        −
      </button>
      <button type="button" onClick={onFit}>
        {t('fit')}
      </button>
      <button type="button" onClick={onReset}>
        {t('resetLayout')}
      </button>
      {pending && <span className="net-tip-muted">{t('computing')}</span>}
    </div>
  );
}
