import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { layoutGraph, seedPositions, type LayoutInput, type Point, type Positions, type Size } from './layoutGraph';
import { needsWorker, packJob, unpackReply, type LayoutReply } from './layoutMessages';
import { tweenPositions } from './geometry';
import { earlyLayoutOf, readyLayoutOf, takeLayoutWorker } from './earlyLayout';
import { afterPaint } from '../app/afterPaint';

const GLIDE_MS = 450;

const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Lays `graph` out (inline, or in a Web Worker when large) starting from where nodes are now, then glides
 * them to their new places (small graphs, unless reduced motion is asked for). Returns the positions to draw now, the settled target, whether a worker job is
 * pending, and `moveNode` for dragging. Changing `resetToken` lays out from scratch. While `hold` is set
 * nothing is laid out: a rehearsal (app/rehearse) renders a graph nobody sees, and taken back, the graph
 * finds its places as they were.
 */
export function useLayout(graph: LayoutInput, size: Size, resetToken: number, hold = false) {
  const [target, setTargetState] = useState<Positions>({});
  // What the current target was laid out for: a graph that comes back unchanged (a rehearsed change taken
  // back, see app/rehearse) keeps its places instead of being laid out again from where nodes stand.
  const laidOut = useRef<{ graph: LayoutInput; width: number; height: number } | null>(null);
  const [shown, setShownState] = useState<Positions>({});
  // The job whose target is set. Pending is derived from it, not set by the layout effect: a state change
  // there would re-render the whole network synchronously inside the commit of every filter change
  // (~15% of the network's share of a toggle at 100,000 events).
  const [settled, setSettled] = useState<Job | null>(null);
  const shownRef = useRef<Positions>({});
  const setShown = useCallback((p: Positions) => {
    shownRef.current = p;
    setShownState(p);
  }, []);
  const workerRef = useRef<Worker | null>(null);
  const workerFailed = useRef(false);
  const jobRef = useRef(0);
  const resetRef = useRef(resetToken);
  const { width, height } = size;

  useLayoutEffect(() => {
    if (hold) return;
    const fresh = resetRef.current !== resetToken;
    resetRef.current = resetToken;
    const previous = fresh ? {} : shownRef.current;
    const box = { width, height };
    const id = ++jobRef.current;
    const job = { graph, width, height, resetToken };
    const setTarget = (p: Positions) => {
      laidOut.current = { graph, width, height };
      setTargetState(p);
      setSettled(job);
    };
    const last = laidOut.current;
    if (!fresh && last && last.graph === graph && last.width === width && last.height === height) {
      // Unchanged since its target was set (a rehearsed change taken back): settled, unless a reset came between.
      setSettled((s) => (s && sameJob(s, job) ? s : job));
      return;
    }
    let cancelPost = () => {};
    const inline = () => setTarget(layoutGraph(graph, previous, box));
    const post = () => {
      const worker = needsWorker(graph) && !workerFailed.current ? getWorker(workerRef) : null;
      if (!worker) return inline();
      const ids = graph.nodes.map((n) => n.id);
      worker.onmessage = (e: MessageEvent<LayoutReply>) => {
        if (e.data.id !== jobRef.current) return;
        setTarget(unpackReply(e.data, ids));
      };
      // A worker that cannot start (its script missing from a broken deployment) is dropped for good:
      // this job and the next are laid out on the page, slower but never stuck at "laying out".
      worker.onerror = () => {
        worker.terminate();
        workerRef.current = null;
        workerFailed.current = true;
        if (id === jobRef.current) inline();
      };
      // Sent once this render is painted: packing the graph for the worker then does not hold back the view a
      // filter change updated, and a job superseded before that (the next keystroke) is never sent at all.
      cancelPost = afterPaint(() => {
        const { request, transfer } = packJob({ id, graph, previous, size: box });
        worker.postMessage(request, transfer);
      });
    };
    // The first layout may have come with the dataset, or be under way already, started by the loader (see earlyLayout).
    const fromScratch = Object.keys(previous).length === 0;
    const ready = fromScratch ? readyLayoutOf(graph, box) : undefined;
    if (ready) {
      setTarget(ready);
      return;
    }
    const early = fromScratch ? earlyLayoutOf(graph, box) : undefined;
    if (!early) {
      post();
      return () => cancelPost();
    }
    early.then(
      (positions) => {
        if (id !== jobRef.current) return;
        setTarget(positions);
      },
      () => {
        if (id === jobRef.current) post();
      },
    );
    return () => cancelPost();
  }, [graph, width, height, resetToken, hold]);

  useEffect(() => () => workerRef.current?.terminate(), []);

  // Large graphs snap: re-rendering hundreds of links every frame would cost more than the glide is worth
  // (the warm-started layout keeps nodes near their old places anyway).
  const largeRef = useRef(false);
  largeRef.current = needsWorker(graph);
  useEffect(() => {
    const from = shownRef.current;
    if (largeRef.current || reducedMotion() || typeof requestAnimationFrame !== 'function' || Object.keys(from).length === 0) {
      setShown(target);
      return;
    }
    let raf = 0;
    let start: number | null = null;
    const step = (now: number) => {
      start ??= now;
      const t = Math.min(1, (now - start) / GLIDE_MS);
      setShown(tweenPositions(from, target, t));
      if (t < 1) raf = requestAnimationFrame(step);
    };
    raf = requestAnimationFrame(step);
    return () => cancelAnimationFrame(raf);
  }, [target, setShown]);

  // Nodes the layout has not placed yet (worker still busy) start where the seed would put them.
  const seeds = useMemo(() => seedPositions(graph, {}, { width, height }), [graph, width, height]);
  const positions = useMemo(() => ({ ...seeds, ...pick(target, graph), ...pick(shown, graph) }), [seeds, target, shown, graph]);
  const moveNode = useCallback((id: string, p: Point) => setShown({ ...shownRef.current, [id]: p }), [setShown]);
  // Held, nothing is being laid out.
  const pending = !hold && !(settled && sameJob(settled, { graph, width, height, resetToken }));
  return { positions, target, pending, moveNode };
}

/** One layout: the graph, the box it is laid out in, and the reset it follows. */
interface Job {
  graph: LayoutInput;
  width: number;
  height: number;
  resetToken: number;
}

function sameJob(a: Job, b: Job): boolean {
  return a.graph === b.graph && a.width === b.width && a.height === b.height && a.resetToken === b.resetToken;
}

/** Only the entries of `p` for nodes still in the graph. */
function pick(p: Positions, graph: LayoutInput): Positions {
  const out: Positions = {};
  for (const n of graph.nodes) if (p[n.id]) out[n.id] = p[n.id]!;
  return out;
}

/** The layout worker, created on first need; null where workers are unavailable (tests, old browsers). */
function getWorker(ref: { current: Worker | null }): Worker | null {
  ref.current ??= takeLayoutWorker();
  return ref.current;
}
