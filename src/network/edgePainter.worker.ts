/// <reference lib="webworker" />
// Paints the network's links on a canvas whose control the page handed over (OffscreenCanvas): stroking
// 1,500 links in software took 10-30 ms of the page's main thread after every filter change.
import { paintSegments } from './edgeCanvas';
import type { PainterMessage, PaintRequest } from './edgePainterMessages';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let ctx: OffscreenCanvasRenderingContext2D | null = null;
let latest: PaintRequest | null = null;
let scheduled = false;

function paint(): void {
  scheduled = false;
  const job = latest;
  latest = null;
  if (!ctx || !job) return;
  const canvas = ctx.canvas;
  const w = Math.round(job.width * job.dpr);
  const h = Math.round(job.height * job.dpr);
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  ctx.setTransform(job.dpr, 0, 0, job.dpr, 0, 0);
  ctx.clearRect(0, 0, job.width, job.height);
  paintSegments(ctx, job.segments);
}

scope.onmessage = (e: MessageEvent<PainterMessage>) => {
  const m = e.data;
  if (m.kind === 'canvas') {
    ctx = m.canvas.getContext('2d');
    return;
  }
  // Only the newest picture matters: a zoom posts one per frame, and a slow paint must not queue them up.
  latest = m;
  if (scheduled) return;
  scheduled = true;
  if (typeof scope.requestAnimationFrame === 'function') scope.requestAnimationFrame(paint);
  else setTimeout(paint, 0);
};
