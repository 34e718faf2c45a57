import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { GraphEdge } from './buildGraph';
import type { Positions, Size } from './layoutGraph';
import type { View } from './geometry';
import { prepareCanvas } from '../timeline/useElementSize';
import { useTheme } from '../theme/theme';
import { themeColour } from '../theme/themeColour';
import { edgeAt, edgeOpacity, paintEdges } from './edgeCanvas';

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
  const canvas = useRef<HTMLCanvasElement>(null);
  const { edges, positions, view, widthOf, highlighted, dimOthers, size } = p;
  const theme = useTheme((s) => s.theme);
  useLayoutEffect(() => {
    const el = canvas.current;
    const ctx = prepareCanvas(el, size.width, size.height);
    if (!el || !ctx) return;
    ctx.clearRect(0, 0, size.width, size.height);
    paintEdges(ctx, edges, positions, view, {
      stroke: themeColour(el, theme, '--muted', '#888'),
      strokeOn: themeColour(el, theme, '--fg', '#222'),
      opacity: edgeOpacity(edges.length),
      widthOf,
      highlighted,
      dimOthers,
    });
  }, [edges, positions, view, widthOf, highlighted, dimOthers, size, theme]);

  // The latest geometry and callbacks for the listeners, which are attached once.
  const latest = useRef(p);
  latest.current = p;
  const { svgRef } = p;
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    let current: GraphEdge | null = null;
    const under = (ev: MouseEvent): GraphEdge | null => {
      // People are drawn over links and take the pointer first.
      if (ev.target instanceof Element && ev.target.closest('.net-node, .net-edge-key')) return null;
      const box = svg.getBoundingClientRect();
      const { edges, positions, view } = latest.current;
      return edgeAt(edges, positions, view, { x: ev.clientX - box.left, y: ev.clientY - box.top });
    };
    const move = (ev: PointerEvent) => {
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
    const click = (ev: MouseEvent) => {
      const e = under(ev);
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

  return <canvas ref={canvas} className="net-edge-canvas" aria-hidden="true" style={{ width: size.width, height: size.height }} />;
}
