import { useExplorer } from '../store/store';
import { useT } from '../i18n/useT';
import { networkMessages } from './messages';

interface Props {
  onReset: () => void;
  onFit: () => void;
  /** True while a large layout is being computed off the main thread. */
  pending: boolean;
}

/** The network's controls: show mentioned people, reset the layout, fit the view. */
export function NetworkToolbar({ onReset, onFit, pending }: Props) {
  const t = useT(networkMessages);
  const showMentioned = useExplorer((s) => s.showMentioned);
  const setShowMentioned = useExplorer((s) => s.setShowMentioned);
  return (
    <div className="net-toolbar">
      <label>
        <input type="checkbox" checked={showMentioned} onChange={(e) => setShowMentioned(e.target.checked)} /> {t('showMentioned')}
      </label>
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
