// First: the dataset request starts before the rest of the app's modules are evaluated.
import './loading/startDownload';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { RenderErrorBoundary } from './app/ErrorScreen';
import './app/app.css';
import { startLangSync } from './i18n/syncLang';
import { startThemeSync } from './theme/theme';

// Before the first render, so the app never flashes in the wrong language or theme.
startLangSync();
startThemeSync();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RenderErrorBoundary>
      <App />
    </RenderErrorBoundary>
  </StrictMode>,
);
