import { useExplorer } from '../store/store';
import { useDatasetLoader } from '../loading/useDatasetLoader';
import { firstScreenHooks } from './firstScreen';
import { useRehearsedFirstChange } from './rehearse';
import { useUrlSync } from '../url/useUrlSync';
import { useT } from '../i18n/useT';
import { appMessages } from './messages';
import { ErrorScreen } from './ErrorScreen';
import { LoadingScreen } from './LoadingScreen';
import { WarningsBar } from './WarningsBar';
import { FilterPanel } from '../filters/FilterPanel';
import { Timeline } from '../timeline/Timeline';
import { NetworkView } from '../network/NetworkView';
import { EventList } from '../list/EventList';
import { ArticlePanel } from '../panel/ArticlePanel';
import { LangSwitch } from './LangSwitch';
import { PresentButton } from '../briefing/PresentButton';
import { ExportMenu } from '../briefing/ExportMenu';
import { SavedViewsMenu } from '../briefing/SavedViewsMenu';
import { Presentation } from '../briefing/Presentation';
import { ThemeToggle } from '../theme/ThemeToggle';
import { PrintSheet } from '../print/PrintSheet';

/** The explorer: loads the dataset, then shows filters, timeline, network, list and article panel. */
export function App() {
  useDatasetLoader(firstScreenHooks);
  useUrlSync();
  useRehearsedFirstChange();
  const status = useExplorer((s) => s.status);
  const error = useExplorer((s) => s.error);
  const synthetic = useExplorer((s) => s.dataset?.synthetic ?? false);
  const t = useT(appMessages);
  if (status === 'error' && error) return <ErrorScreen message={error.message} hint={error.hint} />;
  if (status !== 'ready') return <LoadingScreen />;
  return (
    <div className="app">
      <header className="app-header">
        <h1>{t('title')}</h1>
        {synthetic && <span className="badge">{t('synthetic')}</span>}
        <div className="app-header-tools">
          <PresentButton />
          <SavedViewsMenu />
          <ExportMenu />
          <ThemeToggle />
          <LangSwitch />
        </div>
      </header>
      <WarningsBar />
      <div className="app-body">
        <aside className="app-filters">
          <FilterPanel />
        </aside>
        <main className="app-main">
          <Timeline />
          <div className="app-lower">
            <EventList />
            <NetworkView />
          </div>
        </main>
        <ArticlePanel />
      </div>
      <Presentation />
      <PrintSheet />
    </div>
  );
}
