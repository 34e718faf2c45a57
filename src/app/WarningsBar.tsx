import { useExplorer } from '../store/store';
import { useT } from '../i18n/useT';
import { appMessages } from './messages';

/** Visible list of skipped records and URL notices, so nothing is dropped silently. */
export function WarningsBar() {
  const t = useT(appMessages);
  const warnings = useExplorer((s) => s.warnings);
  const notices = useExplorer((s) => s.notices);
  const dismissNotice = useExplorer((s) => s.dismissNotice);
  if (warnings.length === 0 && notices.length === 0) return null;
  return (
    <div className="warnings" role="region" aria-label="Warnings">
      {warnings.length > 0 && (
        <details>
          <summary>{t('skipped', { count: warnings.length })}</summary>
          <ul>
            {warnings.slice(0, 50).map((w, i) => (
              <li key={i}>
                {w.kind} {w.id ?? `#${w.index}`}: {w.message}
              </li>
            ))}
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
    </div>
  );
}
