import type { Segments } from './edgeCanvas';

/** A picture of the links for the painter worker: the canvas size in CSS pixels, the device pixel ratio and the links. */
export interface PaintRequest {
  kind: 'paint';
  width: number;
  height: number;
  dpr: number;
  segments: Segments;
}

/** What the page sends the painter: the canvas (once), then pictures. */
export type PainterMessage = { kind: 'canvas'; canvas: OffscreenCanvas } | PaintRequest;
