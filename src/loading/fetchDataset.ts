import { applyVerdict, judgeDatasetSliced, parseJsonText, type ParsedDataset } from '../model/parseDataset';
import { download } from './download';
import { resolveTextUrls } from './resolveTextUrls';

/** A loading phase and how far it is (0..1; download only, the others are reported at their start). */
export interface LoadProgress {
  phase: 'download' | 'parse' | 'index';
  fraction: number;
}

/** A validated dataset plus notices about things that were ignored (off-site text links, a broken stored layout). */
export interface LoadedDataset extends ParsedDataset {
  notices: string[];
}

/** Performance marks let `npm run bench` split the load time into download, parse and validation. */
const mark = (name: string) => globalThis.performance?.mark?.(name);

/** Lets the browser paint (the progress screen) before a long synchronous step. */
const nextPaint = () => new Promise<void>((r) => setTimeout(r, 0));

/** Validation work between two task boundaries while loading. */
const SLICE_MS = 200;

/**
 * Downloads and validates a dataset. The page parses the text itself (it needs the objects, and posting
 * 100,000 parsed events from a Web Worker measured 3-5x slower than parsing), then validates in slices of
 * ~200 ms with a task boundary between them, so the progress screen keeps painting (shorter slices cost
 * ~20 ms more at 100k, in task switches and paints of a screen nobody can act on yet). Validating in a worker alongside
 * the page's own parse was tried too: on two cores the two parses compete, and loading 100,000 events
 * took ~0.4 s longer than validating here.
 */
export async function fetchDataset(url: string, onProgress: (p: LoadProgress) => void = () => {}): Promise<LoadedDataset> {
  const text = await download(url, (fraction) => onProgress({ phase: 'download', fraction }));
  mark('dataset:downloaded');
  onProgress({ phase: 'parse', fraction: 0 });
  await nextPaint();
  const json = parseJsonText(text);
  mark('dataset:parsed');
  onProgress({ phase: 'index', fraction: 0 });
  await nextPaint();
  const parsed = applyVerdict(json, await judgeDatasetSliced(json, SLICE_MS));
  mark('dataset:validated');
  return { ...parsed, notices: [...parsed.notices, ...resolveTextUrls(parsed.dataset.articles, url)] };
}
