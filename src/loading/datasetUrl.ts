/** The default dataset, relative to the app's base URL. */
export const DEFAULT_DATASET = 'data/dataset.json';

/**
 * Resolves the `?dataset=` parameter against the page. Returns the URL to fetch, or an error message when
 * the parameter points off the page's origin (refused: the app never requests anything elsewhere).
 */
export function resolveDatasetUrl(param: string | null, pageHref: string): { url: string } | { error: string } {
  const raw = param?.trim() || DEFAULT_DATASET;
  let url: URL;
  try {
    url = new URL(raw, pageHref);
  } catch {
    return { error: `The dataset address "${raw}" is not a valid address.` };
  }
  const page = new URL(pageHref);
  if (url.origin !== page.origin || !/^https?:$/.test(url.protocol)) {
    return { error: `The dataset address "${raw}" is on another site; only datasets from ${page.origin} are loaded.` };
  }
  return { url: url.href };
}
