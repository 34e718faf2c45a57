import { useEffect } from 'react';
import { DatasetError } from '../model/parseDataset';
import { useExplorer } from '../store/store';
import { resolveDatasetUrl } from './datasetUrl';
import { fetchDataset } from './fetchDataset';

/** Loads the dataset named by `?dataset=` (or the default) into the store once, on mount. */
export function useDatasetLoader(): void {
  useEffect(() => {
    const { startLoading, setProgress, loadDataset, failLoading } = useExplorer.getState();
    const param = new URLSearchParams(window.location.search).get('dataset');
    const resolved = resolveDatasetUrl(param, window.location.href);
    if ('error' in resolved) {
      failLoading(resolved.error, 'Remove the ?dataset= parameter to load the bundled dataset.');
      return;
    }
    let cancelled = false;
    startLoading();
    fetchDataset(resolved.url, (fraction) => !cancelled && setProgress({ phase: 'download', fraction }))
      .then(({ dataset, warnings }) => !cancelled && loadDataset(dataset, warnings))
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
