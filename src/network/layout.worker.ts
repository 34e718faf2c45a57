/// <reference lib="webworker" />
// Runs the force layout off the main thread for large graphs; the same pure function runs inline for small ones.
import { layoutGraph } from './layoutGraph';
import type { LayoutReply, LayoutRequest } from './layoutMessages';

self.onmessage = (e: MessageEvent<LayoutRequest>) => {
  const { id, graph, previous, size } = e.data;
  const reply: LayoutReply = { id, positions: layoutGraph(graph, previous, size) };
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(reply);
};
