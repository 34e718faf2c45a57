import { memo } from 'react';
import type { GraphNode } from './buildGraph';
import type { NodeMark } from './highlight';

interface Props {
  node: GraphNode;
  /** Screen position and radius (pixels). */
  x: number;
  y: number;
  r: number;
  color: string;
  /** Accessible name, starting with the person's name. */
  label: string;
  showName: boolean;
  /** Whether this person's participant filter is on. */
  pressed: boolean;
  mark: NodeMark | undefined;
  dim: boolean;
  selected: boolean;
  /** Id of the tooltip describing this node, while it is shown. */
  describedBy: string | undefined;
}

/**
 * One person: a circle in their country's colour, sized by events, with the country code and name.
 * Memoised: hovering one person changes the props of a few, not of all 300. Its pointer, focus and key
 * events are handled by NetworkNodes for all people at once (see data-node).
 */
export const NetworkNode = memo(function NetworkNode(p: Props) {
  const { node, r } = p;
  const cls = ['net-node', node.mentionedOnly && 'is-mentioned', p.pressed && 'is-pressed', p.dim && 'is-dim', p.selected && 'is-selected']
    .filter(Boolean)
    .join(' ');
  const showCode = r >= 11 && node.country !== '';
  const labelCls = ['net-node-label', p.pressed && 'is-pressed', p.dim && 'is-dim'].filter(Boolean).join(' ');
  return (
    <>
      <g
        role="button"
        tabIndex={0}
        aria-label={p.label}
        aria-pressed={p.pressed}
        aria-describedby={p.describedBy}
        data-node={node.id}
        data-highlight={p.mark}
        data-selected={p.selected || undefined}
        className={cls}
        transform={`translate(${p.x},${p.y})`}
      >
        {/* One hit area over circle and name, so the gap between them is not a hole that pans the view. */}
        <rect className="net-node-hit" x={-r} y={-Math.max(r, 9)} width={2 * r + (p.showName ? 5 + node.name.length * 7 : 0)} height={2 * Math.max(r, 9)} />
        {(p.selected || p.pressed) && <circle className="net-node-ring" r={r + 4} />}
        <circle
          className="net-node-dot"
          r={r}
          strokeWidth={Math.min(1.5, Math.max(0.5, r / 5))}
          style={node.mentionedOnly ? { stroke: p.color } : { fill: p.color }}
        />
      </g>
      {/* The visible code and name sit outside the button, so its accessible name (which says more) is not
          checked against them; clicks on them reach the hit area underneath. */}
      {/* Left out when there is nothing to show: most people of a large network show neither. */}
      {(showCode || p.showName) && (
        <g className={labelCls} data-highlight={p.mark} transform={`translate(${p.x},${p.y})`} aria-hidden="true">
          {showCode && (
            <text className="net-node-code" dy="0.35em" style={node.mentionedOnly ? { fill: p.color } : undefined}>
              {node.country}
            </text>
          )}
          {p.showName && (
            <text className="net-node-name" x={r + 5} dy="0.35em">
              {node.name}
            </text>
          )}
        </g>
      )}
    </>
  );
});
