import type { ExplorerState } from '../store/store';
import { selectVisibleEvents } from '../store/selectors';
import { layoutBox, type LayoutInput, type Positions, type Size } from './layoutGraph';
import { needsWorker, packJob, unpackReply, type LayoutReply } from './layoutMessages';
import { networkModel } from './networkModel';
import { storedPositions } from './storedLayout';
import type { NetworkLayout } from '../model/schema';

/**
 * The network's first layout, started as soon as the dataset is in (layOutEarly), so that at 100,000
 * events it runs in a worker while the page renders the other views (~0.3 s), instead of only after the
 * network view has mounted. A worker needs the page's main thread to start, so one is started ahead, while
 * the dataset downloads (warmUpLayoutWorker). useLayout picks the result up with earlyLayoutOf.
 */

let spare: Worker | null = null;

/** Starts a layout worker ahead of need (while the dataset downloads); the next takeLayoutWorker returns it. */
export function warmUpLayoutWorker(): void {
  if (spare) return;
  const worker = newWorker();
  if (!worker) return;
  // A worker that fails to start before anyone takes it (its script missing) is dropped: its error will
  // not be told again to whoever would take it later.
  worker.onerror = () => {
    worker.terminate();
    if (spare === worker) spare = null;
  };
  spare = worker;
}

/** A layout worker: the one started ahead if any, else a new one; null where workers are unavailable. */
export function takeLayoutWorker(): Worker | null {
  const worker = spare ?? newWorker();
  spare = null;
  return worker;
}

/** Stops the worker started ahead, when the network turns out not to need it or loading fails. */
export function releaseLayoutWorker(): void {
  spare?.terminate();
  spare = null;
}

function newWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

interface EarlyJob {
  size: Size;
  positions: Promise<Positions>;
}
/** By graph object: a fresh layout is deterministic, so the result stands for that graph and size. */
const jobs = new WeakMap<LayoutInput, EarlyJob>();

/** Layouts there at once (stored with the dataset), by graph object. */
const ready = new WeakMap<LayoutInput, { size: Size; positions: Positions }>();

/**
 * Starts laying out `graph` from scratch in a worker of its own (graphs too small for a worker are left to
 * the view), unless `stored` (the dataset's own layout) was made for exactly this graph: then that is the
 * layout, with no work at all. The worker started ahead then stays for the first filter change.
 */
export function startEarlyLayout(graph: LayoutInput, size: Size, stored?: NetworkLayout): void {
  if (jobs.has(graph) || ready.has(graph)) return;
  const given = storedPositions(stored, graph, size);
  if (given) {
    ready.set(graph, { size, positions: given });
    return;
  }
  if (!needsWorker(graph)) return releaseLayoutWorker();
  const worker = takeLayoutWorker();
  if (!worker) return;
  const { request, transfer } = packJob({ id: 0, graph, previous: {}, size });
  const positions = new Promise<Positions>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<LayoutReply>) => {
      worker.terminate();
      resolve(unpackReply(e.data, request.ids));
    };
    worker.onerror = () => {
      worker.terminate();
      reject(new Error('The layout worker could not start.'));
    };
  });
  positions.catch(() => {}); // whoever takes it lays out another way
  worker.postMessage(request, transfer);
  jobs.set(graph, { size, positions });
}

/** The stored layout of exactly this graph object at this size, if the dataset had one (see startEarlyLayout). */
export function readyLayoutOf(graph: LayoutInput, size: Size): Positions | undefined {
  const r = ready.get(graph);
  return r && r.size.width === size.width && r.size.height === size.height ? r.positions : undefined;
}

/** The fresh layout of exactly this graph object at this size, if one was started early. */
export function earlyLayoutOf(graph: LayoutInput, size: Size): Promise<Positions> | undefined {
  const job = jobs.get(graph);
  return job && job.size.width === size.width && job.size.height === size.height ? job.positions : undefined;
}

/** Starts laying out the network the view is about to draw for `state` (see startEarlyLayout). */
export function layOutEarly(state: ExplorerState): void {
  const { drawn } = networkModel(selectVisibleEvents(state), state.dataset, state.showMentioned);
  startEarlyLayout(drawn, layoutBox(drawn), state.dataset?.networkLayout);
}
