/**
 * Imported first by main.tsx, so it runs before the rest of the app's modules are evaluated: the dataset
 * request goes out ~50 ms earlier, while the app's own code is still starting. The loader picks the
 * response up (see prefetch).
 */
import { resolveDatasetUrl } from './datasetUrl';
import { prefetch } from './download';

const dataset = resolveDatasetUrl(new URLSearchParams(window.location.search).get('dataset'), window.location.href);
if (!('error' in dataset)) prefetch(dataset.url);
