import { useExplorer } from '../store/store';
import { useT } from '../i18n/useT';
import { loadingMessages } from '../loading/messages';

/** Progress while the dataset downloads, parses and is indexed: a bar for the download, the phase in words after it. */
export function LoadingScreen() {
  const t = useT(loadingMessages);
  const progress = useExplorer((s) => s.progress);
  const percent = Math.round((progress?.fraction ?? 0) * 100);
  const downloading = !progress || progress.phase === 'download';
  return (
    <main className="loading-screen" aria-busy="true">
      <h1>{t('loading')}</h1>
      {/* Without a value the bar is indeterminate: parse and index have no measurable fraction. */}
      {downloading ? <progress max={100} value={percent} aria-label={t('loading')} /> : <progress aria-label={t('loading')} />}
      <p aria-live="polite">{downloading ? t('download', { percent }) : t(progress.phase)}</p>
    </main>
  );
}
