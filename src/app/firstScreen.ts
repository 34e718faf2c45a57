import { useExplorer } from '../store/store';
import { addressChangesFilters } from '../url/useUrlSync';
import { layOutEarly, releaseLayoutWorker, warmUpLayoutWorker } from '../network/earlyLayout';
import { warmFormatters } from '../i18n/formatDate';
import type { LoadHooks } from '../loading/useDatasetLoader';

/**
 * Work started around loading so the first complete screen comes sooner: the network's layout worker
 * starts while the dataset downloads, and its first layout as soon as the data is in the store, alongside
 * the first render (see network/earlyLayout). The number and date formats are made during the download
 * too. When the address will change the filters, the view lays out the filtered network itself, in the
 * worker started ahead: a layout of all events would only compete.
 */
export const firstScreenHooks: LoadHooks = {
  onStart: () => {
    warmUpLayoutWorker();
    // In a task of its own, so the download is already under way.
    setTimeout(() => warmFormatters(useExplorer.getState().lang), 0);
  },
  onLoaded: () => {
    const state = useExplorer.getState();
    if (!addressChangesFilters(state)) layOutEarly(state);
  },
  onStop: releaseLayoutWorker,
};
