import { useExplorer } from '../store/store';
import { useT } from '../i18n/useT';
import { appMessages } from './messages';

/** Progress while the dataset downloads, parses and is indexed. */
export function LoadingScreen() {
  const t = useT(appMessages);
  const progress = useExplorer((s) => s.progress);
  const percent = Math.round((progress?.fraction ?? 0) * 100);
  return (
    <main className="loading-screen" aria-busy="true">
      <p>{t('loading')}</p>
      <progress max={100} value={percent} aria-label={t('loading')} />
      {progress && <p>{t('loadingPhase', { phase: progress.phase, percent })}</p>}
    </main>
  );
}
