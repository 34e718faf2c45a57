import { layoutGraph, type Positions } from '../network/layoutGraph';
import { packReply, unpackJob, type LayoutJob, type LayoutReply, type LayoutRequest } from '../network/layoutMessages';
import { act } from '@testing-library/react';
import { afterPaint } from '../app/afterPaint';

/** Lets the page paint, so layout jobs sent after the paint (see useLayout) have reached the worker. */
export function afterNextPaint(): Promise<void> {
  return act(() => new Promise<void>((resolve) => void afterPaint(resolve)));
}

/**
 * Stands in for the browser's Worker in tests of the network layout (vi.stubGlobal('Worker', FakeLayoutWorker)):
 * keeps the jobs, so a test decides when, in which order and how each is answered.
 */
export class FakeLayoutWorker {
  static made: FakeLayoutWorker[] = [];
  static get last(): FakeLayoutWorker | null {
    return FakeLayoutWorker.made.at(-1) ?? null;
  }
  static reset(): void {
    FakeLayoutWorker.made = [];
  }
  /** The jobs received, unpacked (as the page meant them). */
  jobs: LayoutJob[] = [];
  private ids = new Map<number, string[]>();
  terminated = false;
  onmessage: ((e: MessageEvent<LayoutReply>) => void) | null = null;
  onerror: (() => void) | null = null;
  constructor() {
    FakeLayoutWorker.made.push(this);
  }
  postMessage(request: LayoutRequest, transfer: Transferable[] = []) {
    // What arrives in a worker: a copy, with the transferred buffers moved (the sender's are then empty).
    const copy = structuredClone(request, { transfer });
    this.ids.set(copy.id, copy.ids);
    this.jobs.push(unpackJob(copy));
  }
  /** Answers `job` (the latest by default) with the real layout, or with `positions`; returns them. */
  answer(job: LayoutJob = this.jobs.at(-1)!, positions: Positions = layoutGraph(job.graph, job.previous, job.size)): Positions {
    const { reply } = packReply(job.id, this.ids.get(job.id) ?? job.graph.nodes.map((n) => n.id), positions);
    this.onmessage?.({ data: reply } as unknown as MessageEvent<LayoutReply>);
    return positions;
  }
  /** Fails as a worker whose script cannot load. */
  fail() {
    this.onerror?.();
  }
  terminate() {
    this.terminated = true;
  }
}
