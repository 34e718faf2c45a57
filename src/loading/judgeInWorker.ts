import { DatasetError, type DatasetVerdict } from '../model/parseDataset';

/** What parse.worker.ts posts back. */
export type WorkerReply = { ok: true; verdict: DatasetVerdict } | { ok: false; message: string; hint: string };

/** A worker, started ahead of need, that judges one dataset. */
export interface Judge {
  /** Posts `bytes` (transferred: the caller must not use them afterwards) and resolves with the verdict. */
  judge(bytes: ArrayBuffer): Promise<DatasetVerdict>;
  cancel(): void;
}

/**
 * Starts a validation worker. Call it before the download, so the worker's script loads while bytes arrive
 * (once the page starts parsing, its thread is busy and a worker created then would only start after).
 * Returns null when workers are unavailable (jsdom, old browsers, a CSP that blocks them). `judge` rejects
 * with DatasetError for a bad dataset, and with a plain Error when the worker itself failed (the caller
 * then judges on the page instead).
 */
export function startJudge(): Judge | null {
  if (typeof Worker === 'undefined') return null;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  return {
    judge(bytes) {
      const verdict = new Promise<DatasetVerdict>((resolve, reject) => {
        worker.onmessage = (e: MessageEvent<WorkerReply>) => {
          worker.terminate();
          if (e.data.ok) resolve(e.data.verdict);
          else reject(new DatasetError(e.data.message, e.data.hint));
        };
        worker.onerror = (e) => {
          worker.terminate();
          reject(new Error(`worker failed: ${e.message}`));
        };
      });
      worker.postMessage(bytes, [bytes]);
      return verdict;
    },
    cancel: () => worker.terminate(),
  };
}
