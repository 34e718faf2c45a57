/// <reference lib="webworker" />
// Runs the force layout off the main thread for large graphs; the same pure function runs inline for small ones.
import { layoutGraph } from './layoutGraph';
import { packReply, unpackJob, type LayoutRequest } from './layoutMessages';

self.onmessage = (e: MessageEvent<LayoutRequest>) => {
  const { id, graph, previous, size } = unpackJob(e.data);
  const { reply, transfer } = packReply(id, e.data.ids, layoutGraph(graph, previous, size));
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(reply, transfer);
};
