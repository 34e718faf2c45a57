import { DatasetError, parseDataset, type ParsedDataset } from '../model/parseDataset';

/** Downloads and validates a dataset, reporting download progress (0..1) when the size is known. */
export async function fetchDataset(url: string, onProgress: (fraction: number) => void = () => {}): Promise<ParsedDataset> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (e) {
    throw new DatasetError(`The dataset at ${url} could not be downloaded (${(e as Error).message}).`, 'Check that the app server is running.');
  }
  if (!response.ok) {
    throw new DatasetError(
      `The dataset at ${url} was not found (HTTP ${response.status}).`,
      'Run "npm run compile" to create public/data/dataset.json, or check the ?dataset= address.',
    );
  }
  const total = Number(response.headers.get('content-length')) || 0;
  let text: string;
  if (response.body && total > 0) {
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let received = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.length;
      onProgress(Math.min(1, received / total));
    }
    const all = new Uint8Array(received);
    let offset = 0;
    for (const c of chunks) {
      all.set(c, offset);
      offset += c.length;
    }
    text = new TextDecoder().decode(all);
  } else {
    text = await response.text();
  }
  return parseDataset(text);
}
