import { useEffect } from 'react';
import { DatasetError } from '../model/parseDataset';
import { useExplorer } from '../store/store';
import { resolveDatasetUrl } from './datasetUrl';
import { fetchDataset, type LoadProgress } from './fetchDataset';

/** Work to start around loading (see app/firstScreen): as it starts, once the dataset is in the store, and when it fails or is abandoned. */
export interface LoadHooks {
  onStart?(): void;
  onLoaded?(): void;
  onStop?(): void;
}

/** Loads the dataset named by `?dataset=` (or the default) into the store once, on mount. */
export function useDatasetLoader(hooks: LoadHooks = {}): void {
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
    hooks.onStart?.();
    let loaded = false;
    fetchDataset(resolved.url, onProgress)
      .then(({ dataset, warnings, notices }) => {
        if (cancelled) return;
        loadDataset(dataset, warnings);
        loaded = true;
        hooks.onLoaded?.(); // before the first render with the data
        notices.forEach(addNotice);
      })
      .catch((e: unknown) => {
        if (cancelled) return;
        hooks.onStop?.();
        if (e instanceof DatasetError) failLoading(e.message, e.hint);
        else failLoading(`The dataset could not be loaded: ${String(e)}`, 'Run "npm run compile" and reload the page.');
      });
    return () => {
      cancelled = true;
      if (!loaded) hooks.onStop?.();
    };
    // The hooks are taken once, as the load starts.
  }, []);
}
