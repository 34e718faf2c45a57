import { Component, type ReactNode } from 'react';
import { useT } from '../i18n/useT';
import { loadingMessages } from '../loading/messages';

/** Full-page explanation of why the dataset did not load and how to fix it, with a way back. */
export function ErrorScreen({ message, hint }: { /** What is wrong, naming the file or record. */ message: string; /** How to fix it. */ hint: string }) {
  const t = useT(loadingMessages);
  const custom = typeof window !== 'undefined' && new URLSearchParams(window.location.search).has('dataset');
  return (
    <main className="error-screen" role="alert" aria-labelledby="error-title">
      <h1 id="error-title">{t('errorTitle')}</h1>
      <p>{message}</p>
      <h2>{t('howToFix')}</h2>
      <p>{hint}</p>
      <p>
        <button type="button" onClick={() => window.location.reload()}>
          {t('retry')}
        </button>{' '}
        {custom && <a href={window.location.pathname}>{t('defaultDataset')}</a>}
      </p>
    </main>
  );
}

/** Shows the error screen instead of a blank page when a view throws while rendering (e.g. on data it did not expect). */
export class RenderErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return <ErrorScreen message={`The app stopped while showing this dataset: ${error.message}`} hint='Reload the page. If it happens again, run "npm run compile" to rebuild the dataset and report the message above.' />;
  }
}
