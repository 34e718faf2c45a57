import { applyVerdict, DatasetError, judgeDataset, parseJsonText, type DatasetVerdict, type ParsedDataset } from '../model/parseDataset';
import { download } from './download';
import { startJudge } from './judgeInWorker';
import { resolveTextUrls } from './resolveTextUrls';

/** A loading phase and how far it is (0..1; download only, the others are reported at their start). */
export interface LoadProgress {
  phase: 'download' | 'parse' | 'index';
  fraction: number;
}

/** A validated dataset plus notices about things that were ignored (off-site text links). */
export interface LoadedDataset extends ParsedDataset {
  notices: string[];
}

/** Performance marks let `npm run bench` split the load time into download, parse and validation. */
const mark = (name: string) => globalThis.performance?.mark?.(name);

/** Lets the browser paint (the progress screen) before a long synchronous step. */
const nextPaint = () => new Promise<void>((r) => setTimeout(r, 0));

/**
 * Downloads and validates a dataset. The worker judges its own copy while the page parses the text (the page
 * needs the objects; posting them back from the worker is slower than parsing), so the page's thread only
 * ever blocks for one JSON.parse. Without workers everything runs here, with the same result.
 */
export async function fetchDataset(url: string, onProgress: (p: LoadProgress) => void = () => {}): Promise<LoadedDataset> {
  const judge = startJudge();
  let bytes: Uint8Array;
  try {
    bytes = await download(url, (fraction) => onProgress({ phase: 'download', fraction }));
  } catch (e) {
    judge?.cancel();
    throw e;
  }
  mark('dataset:downloaded');
  const verdictPromise = judge?.judge(bytes.slice().buffer);
  verdictPromise?.catch(() => {}); // handled below; a parse error here may come first
  onProgress({ phase: 'parse', fraction: 0 });
  await nextPaint();
  let json: unknown;
  try {
    json = parseJsonText(new TextDecoder().decode(bytes));
  } catch (e) {
    judge?.cancel();
    throw e;
  }
  mark('dataset:parsed');
  onProgress({ phase: 'index', fraction: 0 });
  let verdict: DatasetVerdict;
  try {
    verdict = verdictPromise ? await verdictPromise : judgeDataset(json);
  } catch (e) {
    if (e instanceof DatasetError) throw e;
    verdict = judgeDataset(json); // the worker itself failed (blocked, crashed): judge here instead
  }
  const parsed = applyVerdict(json, verdict);
  mark('dataset:validated');
  return { ...parsed, notices: resolveTextUrls(parsed.dataset.articles, url) };
}
