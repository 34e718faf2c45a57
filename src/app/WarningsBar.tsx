import { useExplorer } from '../store/store';
import { useT } from '../i18n/useT';
import { formatNumber } from '../i18n/formatDate';
import { loadingMessages } from '../loading/messages';
import type { DatasetWarning } from '../model/parseDataset';

const SHOWN = 50;

/** "3 events, 1 article": how many skipped records of each kind. */
function countKinds(warnings: DatasetWarning[], name: (kind: DatasetWarning['kind']) => string): string {
  const counts = new Map<string, number>();
  for (const w of warnings) counts.set(w.kind, (counts.get(w.kind) ?? 0) + 1);
  return [...counts].map(([kind, n]) => `${n} ${name(kind as DatasetWarning['kind'])}`).join(', ');
}

/** Visible list of skipped records and notices (ignored URL parameters, off-site links), so nothing is dropped silently. */
export function WarningsBar() {
  const t = useT(loadingMessages);
  const lang = useExplorer((s) => s.lang);
  const warnings = useExplorer((s) => s.warnings);
  const notices = useExplorer((s) => s.notices);
  const dismissNotice = useExplorer((s) => s.dismissNotice);
  if (warnings.length === 0 && notices.length === 0) return null;
  return (
    <section className="warnings" aria-label={t('warningsRegion')}>
      {warnings.length > 0 && (
        <details>
          <summary>
            {t('skipped', { count: formatNumber(warnings.length, lang) })} ({t('skippedKinds', { kinds: countKinds(warnings, (k) => t(k)) })})
          </summary>
          <ul>
            {warnings.slice(0, SHOWN).map((w, i) => (
              <li key={i}>
                {t(w.kind)} {w.id?.slice(0, 80) ?? `#${w.index + 1}`}: {w.message}
              </li>
            ))}
            {warnings.length > SHOWN && <li>{t('more', { count: formatNumber(warnings.length - SHOWN, lang) })}</li>}
          </ul>
        </details>
      )}
      {notices.map((n, i) => (
        <p key={i} className="notice">
          {n}{' '}
          <button type="button" onClick={() => dismissNotice(i)}>
            {t('dismiss')}
          </button>
        </p>
      ))}
    </section>
  );
}
