import { layoutGraph, type Positions } from '../network/layoutGraph';
import type { LayoutReply, LayoutRequest } from '../network/layoutMessages';
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
  jobs: LayoutRequest[] = [];
  terminated = false;
  onmessage: ((e: MessageEvent<LayoutReply>) => void) | null = null;
  onerror: (() => void) | null = null;
  constructor() {
    FakeLayoutWorker.made.push(this);
  }
  postMessage(job: LayoutRequest) {
    this.jobs.push(structuredClone(job));
  }
  /** Answers `job` (the latest by default) with the real layout, or with `positions`; returns them. */
  answer(job: LayoutRequest = this.jobs.at(-1)!, positions: Positions = layoutGraph(job.graph, job.previous, job.size)): Positions {
    this.onmessage?.({ data: { id: job.id, positions } } as unknown as MessageEvent<LayoutReply>);
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
