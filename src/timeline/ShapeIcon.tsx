import { shapePath, type Shape } from './shapes';

/** A small inline SVG of a mark shape, as drawn on the chart. */
export function ShapeIcon({ shape, colour = 'currentColor' }: { shape: Shape; /** Fill colour. */ colour?: string }) {
  return (
    <svg className="shape-icon" width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
      <path d={shapePath(shape, 5)} fill={colour} stroke="var(--fg)" strokeWidth="0.8" />
    </svg>
  );
}
