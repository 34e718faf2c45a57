import { DatasetError } from '../model/parseDataset';

/** Datasets above this size are refused before they exhaust the tab's memory. */
export const MAX_DATASET_BYTES = 600 * 1024 * 1024;

const early = new Map<string, Promise<Response>>();

/**
 * Starts the request for `url` now, for download() to pick up later: called before the app's first
 * render, the dataset streams in while the page's script starts.
 */
export function prefetch(url: string): void {
  if (early.has(url)) return;
  const request = fetch(url);
  request.catch(() => {}); // reported when download() awaits it
  early.set(url, request);
}

/** Downloads `url` as text, reporting progress (0..1) when the server sends a content-length. */
export async function download(url: string, onProgress: (fraction: number, received: number, total: number) => void): Promise<string> {
  let response: Response;
  try {
    const started = early.get(url);
    early.delete(url);
    response = await (started ?? fetch(url));
  } catch (e) {
    throw new DatasetError(`The dataset at ${url} could not be downloaded (${(e as Error).message}).`, 'Check that the app server is running, then reload the page.');
  }
  if (!response.ok) {
    throw new DatasetError(
      response.status === 404 ? `The dataset at ${url} was not found (HTTP 404).` : `The dataset at ${url} could not be downloaded (HTTP ${response.status}).`,
      'Run "npm run compile" to create public/data/dataset.json, or check the ?dataset= address.',
    );
  }
  const total = Number(response.headers.get('content-length')) || 0;
  const tooBig = (size: number) =>
    new DatasetError(`The dataset at ${url} is ${Math.round(size / 1e6)} MB, more than this app can hold (${MAX_DATASET_BYTES / 1e6} MB).`, 'Compile a smaller dataset, or split it by years.');
  if (total > MAX_DATASET_BYTES) throw tooBig(total);
  if (!response.body) return response.text();
  // Decoded piece by piece as the pieces arrive: no 70 MB byte array is gathered and copied first.
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.length;
    if (received > MAX_DATASET_BYTES) {
      void reader.cancel();
      throw tooBig(received);
    }
    parts.push(decoder.decode(value, { stream: true }));
    if (total > 0) onProgress(Math.min(1, received / total), received, total);
  }
  parts.push(decoder.decode());
  return parts.join('');
}
