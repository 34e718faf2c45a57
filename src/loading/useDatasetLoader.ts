import { useEffect } from 'react';
import { DatasetError } from '../model/parseDataset';
import { useExplorer } from '../store/store';
import { resolveDatasetUrl } from './datasetUrl';
import { fetchDataset, type LoadProgress } from './fetchDataset';
import { layOutEarly } from '../network/networkModel';
import { warmUpLayoutWorker } from '../network/earlyLayout';

/** Loads the dataset named by `?dataset=` (or the default) into the store once, on mount. */
export function useDatasetLoader(): void {
  useEffect(() => {
    const { startLoading, setProgress, loadDataset, failLoading, addNotice } = useExplorer.getState();
    const param = new URLSearchParams(window.location.search).get('dataset');
    const resolved = resolveDatasetUrl(param, window.location.href);
    if ('error' in resolved) {
      failLoading(resolved.error, 'Remove the ?dataset= parameter to load the bundled dataset, or give a path on this site.');
      return;
    }
    let cancelled = false;
    let shown: LoadProgress | null = null;
    // Re-render the progress bar per whole percent, not per downloaded chunk.
    const onProgress = (p: LoadProgress) => {
      if (cancelled || (shown && shown.phase === p.phase && Math.floor(shown.fraction * 100) === Math.floor(p.fraction * 100))) return;
      shown = p;
      setProgress(p);
    };
    startLoading();
    // The network's layout worker starts while the dataset downloads (see earlyLayout).
    warmUpLayoutWorker();
    fetchDataset(resolved.url, onProgress)
      .then(({ dataset, warnings, notices }) => {
        if (cancelled) return;
        loadDataset(dataset, warnings);
        // Before the first render: the network's layout runs in a worker while the page draws the rest.
        layOutEarly(useExplorer.getState());
        notices.forEach(addNotice);
      })
      .catch((e: unknown) => {
        if (cancelled) return;
        if (e instanceof DatasetError) failLoading(e.message, e.hint);
        else failLoading(`The dataset could not be loaded: ${String(e)}`, 'Run "npm run compile" and reload the page.');
      });
    return () => {
      cancelled = true;
    };
  }, []);
}
