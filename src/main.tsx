import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { RenderErrorBoundary } from './app/ErrorScreen';
import './app/app.css';
import { startLangSync } from './i18n/syncLang';
import { startThemeSync } from './theme/theme';
import { resolveDatasetUrl } from './loading/datasetUrl';
import { prefetch } from './loading/download';

// Before the first render, so the app never flashes in the wrong language or theme.
startLangSync();
startThemeSync();

// The dataset's request starts now, not after the first render; the loader picks up the response.
const dataset = resolveDatasetUrl(new URLSearchParams(window.location.search).get('dataset'), window.location.href);
if (!('error' in dataset)) prefetch(dataset.url);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RenderErrorBoundary>
      <App />
    </RenderErrorBoundary>
  </StrictMode>,
);
