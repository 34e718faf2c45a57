import { DatasetError, type DatasetVerdict } from '../model/parseDataset';

/** What parse.worker.ts posts back. */
export type WorkerReply = { ok: true; verdict: DatasetVerdict } | { ok: false; message: string; hint: string };

/**
 * Starts judging `bytes` (dataset JSON) in a Web Worker. Returns null when workers are unavailable (jsdom,
 * old browsers, a CSP that blocks them); the promise rejects with DatasetError for a bad dataset, and with a
 * plain Error when the worker itself failed (the caller then judges on the page instead).
 */
export function judgeInWorker(bytes: ArrayBuffer): { verdict: Promise<DatasetVerdict>; cancel(): void } | null {
  if (typeof Worker === 'undefined') return null;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
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
  return { verdict, cancel: () => worker.terminate() };
}
