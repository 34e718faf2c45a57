import { useT } from '../i18n/useT';
import { briefingMessages } from './messages';
import { usePresentation } from './presentation';

/** Opens the current view as a presentation. */
export function PresentButton() {
  const t = useT(briefingMessages);
  const start = usePresentation((s) => s.start);
  return (
    <button type="button" onClick={() => start('current')}>
      <span aria-hidden="true">▶ </span>
      {t('present')}
    </button>
  );
}
