import type { CSSProperties, ReactNode } from 'react';

interface Props {
  id: string;
  /** Anchor in pixels, relative to the drawing area. */
  x: number;
  y: number;
  /** Size of the drawing area, to open the tooltip towards the side with more room. */
  areaWidth: number;
  areaHeight: number;
  children: ReactNode;
}

/** A floating box beside the hovered or focused node or link; referenced by aria-describedby. */
export function NetworkTooltip({ id, x, y, areaWidth, areaHeight, children }: Props) {
  const style: CSSProperties = {};
  if (x > areaWidth * 0.6) style.right = areaWidth - x + 14;
  else style.left = x + 14;
  if (y > areaHeight * 0.55) style.bottom = areaHeight - y + 10;
  else style.top = y + 10;
  return (
    <div id={id} role="tooltip" className="net-tooltip" style={style}>
      {children}
    </div>
  );
}
