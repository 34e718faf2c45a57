import type { ReactNode } from 'react';

interface Props {
  id: string;
  /** Anchor in pixels, relative to the drawing area. */
  x: number;
  y: number;
  /** Width of the drawing area, to flip the tooltip left near the right edge. */
  areaWidth: number;
  children: ReactNode;
}

/** A floating box beside the hovered or focused node or link; referenced by aria-describedby. */
export function NetworkTooltip({ id, x, y, areaWidth, children }: Props) {
  const flip = x > areaWidth * 0.6;
  const style = flip ? { right: areaWidth - x + 14, top: y + 10 } : { left: x + 14, top: y + 10 };
  return (
    <div id={id} role="tooltip" className="net-tooltip" style={style}>
      {children}
    </div>
  );
}
