import { useT } from '../i18n/useT';
import { appMessages } from './messages';

/** Full-page explanation of why the dataset did not load and how to fix it. */
export function ErrorScreen({ message, hint }: { message: string; hint: string }) {
  const t = useT(appMessages);
  return (
    <main className="error-screen" role="alert" aria-labelledby="error-title">
      <h1 id="error-title">{t('errorTitle')}</h1>
      <p>{message}</p>
      <h2>{t('howToFix')}</h2>
      <p>{hint}</p>
    </main>
  );
}
