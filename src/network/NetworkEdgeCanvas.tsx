import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { GraphEdge } from './buildGraph';
import type { Positions, Size } from './layoutGraph';
import type { View } from './geometry';
import { prepareCanvas } from '../timeline/useElementSize';
import { useTheme } from '../theme/theme';
import { themeColour } from '../theme/themeColour';
import { edgeAt, edgeOpacity, paintSegments, toSegments, type Segments } from './edgeCanvas';
import type { PainterMessage } from './edgePainterMessages';

interface Props {
  /** The SVG on top, which receives the pointer: links are found under it by geometry. */
  svgRef: RefObject<SVGSVGElement | null>;
  size: Size;
  edges: readonly GraphEdge[];
  positions: Positions;
  view: View;
  widthOf: (e: GraphEdge) => number;
  highlighted: ReadonlySet<string>;
  dimOthers: boolean;
  onHover: (e: GraphEdge | null) => void;
  onActivate: (e: GraphEdge) => void;
}

/**
 * The links of a large network painted on a canvas under the SVG people: one paint per change instead of
 * reconciling a thousand SVG elements. The pointer still finds a link (hover shows its tooltip, click
 * filters to the two people's shared events) by its distance from the line. Keyboard access to links is
 * not offered at this size (see NetworkView), as with the SVG links beyond the focusable limit.
 */
export function NetworkEdgeCanvas(p: Props) {
  const box = useRef<HTMLDivElement>(null);
  const surface = useRef<Surface | null>(null);
  const { edges, positions, view, widthOf, highlighted, dimOthers, size } = p;
  const theme = useTheme((s) => s.theme);
  // The canvas is made here, not rendered: control of it passes to a painter worker, which cannot be undone,
  // so a remount (React's strict mode mounts twice) needs a fresh one.
  // A painter that fails to start (its script missing from a broken deployment) is replaced by painting on
  // the page, on a fresh canvas; `generation` then repaints.
  const [generation, setGeneration] = useState(0);
  useLayoutEffect(() => {
    const host = box.current;
    if (!host) return;
    let s = createSurface(host, () => {
      s.dispose();
      s = surface.current = createSurface(host, null);
      setGeneration((g) => g + 1);
    });
    surface.current = s;
    return () => {
      s.dispose();
      surface.current = null;
    };
  }, []);
  useLayoutEffect(() => {
    const s = surface.current;
    if (!s) return;
    s.canvas.style.width = `${size.width}px`;
    s.canvas.style.height = `${size.height}px`;
    const segments = toSegments(edges, positions, view, {
      stroke: themeColour(s.canvas, theme, '--muted', '#888'),
      strokeOn: themeColour(s.canvas, theme, '--fg', '#222'),
      opacity: edgeOpacity(edges.length),
      widthOf,
      highlighted,
      dimOthers,
    });
    s.paint(size, segments);
  }, [edges, positions, view, widthOf, highlighted, dimOthers, size, theme, generation]);

  // The latest geometry and callbacks for the listeners, which are attached once.
  const latest = useRef(p);
  latest.current = p;
  const { svgRef } = p;
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    let current: GraphEdge | null = null;
    /** Where the pointer last was, to the fraction of a pixel. */
    let pointer: { x: number; y: number } | null = null;
    const under = (ev: MouseEvent, at: { x: number; y: number } = { x: ev.clientX, y: ev.clientY }): GraphEdge | null => {
      // People are drawn over links and take the pointer first.
      if (ev.target instanceof Element && ev.target.closest('.net-node, .net-edge-key')) return null;
      const box = svg.getBoundingClientRect();
      const { edges, positions, view } = latest.current;
      return edgeAt(edges, positions, view, { x: at.x - box.left, y: at.y - box.top });
    };
    const move = (ev: PointerEvent) => {
      pointer = { x: ev.clientX, y: ev.clientY };
      const e = ev.buttons ? null : under(ev);
      if (e === current) return;
      current = e;
      svg.classList.toggle('is-over-edge', e !== null);
      latest.current.onHover(e);
    };
    const leave = () => {
      if (current === null) return;
      current = null;
      svg.classList.remove('is-over-edge');
      latest.current.onHover(null);
    };
    // A click's coordinates are whole pixels, a pointer's are not: testing the click's own point could miss
    // the thin link whose tooltip shows by a fraction of a pixel. So the click is tested where the pointer
    // last was, when that is the same pixel, against the links as they are now.
    const click = (ev: MouseEvent) => {
      const samePixel = pointer && Math.abs(pointer.x - ev.clientX) < 1 && Math.abs(pointer.y - ev.clientY) < 1;
      const e = under(ev, samePixel ? pointer! : undefined);
      if (e) latest.current.onActivate(e);
    };
    svg.addEventListener('pointermove', move);
    svg.addEventListener('pointerleave', leave);
    svg.addEventListener('click', click);
    return () => {
      svg.removeEventListener('pointermove', move);
      svg.removeEventListener('pointerleave', leave);
      svg.removeEventListener('click', click);
      svg.classList.remove('is-over-edge');
    };
  }, [svgRef]);

  return <div ref={box} className="net-edge-canvas" aria-hidden="true" />;
}

/** A canvas for the links, painted by a worker where the browser can hand canvases over, else on the page. */
interface Surface {
  canvas: HTMLCanvasElement;
  paint(size: Size, segments: Segments): void;
  dispose(): void;
}

/** `onBroken`: called if the painter worker fails (then the surface is dead); null paints on the page. */
function createSurface(host: HTMLElement, onBroken: (() => void) | null): Surface {
  const canvas = document.createElement('canvas');
  host.appendChild(canvas);
  const dispose = () => canvas.remove();
  let worker: Worker | null = null;
  if (onBroken && typeof canvas.transferControlToOffscreen === 'function' && typeof Worker !== 'undefined') {
    try {
      const offscreen = canvas.transferControlToOffscreen();
      worker = new Worker(new URL('./edgePainter.worker.ts', import.meta.url), { type: 'module' });
      const hello: PainterMessage = { kind: 'canvas', canvas: offscreen };
      worker.postMessage(hello, [offscreen]);
      worker.onerror = () => onBroken();
    } catch {
      // The canvas may already belong to nobody: start over with a fresh one, painted on the page.
      worker?.terminate();
      dispose();
      return createSurface(host, null);
    }
  }
  if (worker) {
    const w = worker;
    return {
      canvas,
      paint: (size, segments) => {
        const job: PainterMessage = { kind: 'paint', width: size.width, height: size.height, dpr: window.devicePixelRatio || 1, segments };
        // Moved, not copied: each paint makes its segments afresh and keeps none.
        w.postMessage(job, [segments.lines.buffer, segments.widths.buffer, segments.on.buffer]);
      },
      dispose: () => {
        w.terminate();
        dispose();
      },
    };
  }
  return {
    canvas,
    paint: (size, segments) => {
      const ctx = prepareCanvas(canvas, size.width, size.height);
      if (!ctx) return;
      ctx.clearRect(0, 0, size.width, size.height);
      paintSegments(ctx, segments);
    },
    dispose,
  };
}
