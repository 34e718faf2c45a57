import { memo, type PointerEvent } from 'react';
import type { GraphEdge, GraphNode } from './buildGraph';
import type { Positions } from './layoutGraph';
import { placeLabels, type Box } from './geometry';
import type { Highlight } from './highlight';
import { nodeRadiusScale } from './sizes';
import { OTHER_COLOR } from './palette';
import { NetworkNode } from './NetworkNode';

/** The busiest people get their names shown even over other circles. */
const LEADERS = 12;
/** Below this many links every count is written on its line; above, only on highlighted ones. */
const ALL_EDGE_LABELS_MAX = 300;

interface Props {
  /** In Tab order: by name, as byName (nameOrder) orders them. */
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
  /** World positions, drawn at world × k: the parent translates for panning, so a pan never re-renders this. */
  positions: Positions;
  k: number;
  colors: ReadonlyMap<string, string>;
  highlight: Highlight;
  /** People whose participant filter is on. */
  pressed: ReadonlySet<string>;
  nodeName: (n: GraphNode) => string;
  /** The node the tooltip describes, and the tooltip's id. */
  describedNode: string | null;
  tipId: string;
  onEnter: (id: string) => void;
  onLeave: (id: string) => void;
  onToggle: (id: string) => void;
  /** A press on a person: `element` is the person's (to capture the pointer on). */
  onPointerDown: (ev: PointerEvent<SVGGElement>, id: string, element: Element) => void;
  onPointerMove: (ev: PointerEvent<SVGGElement>) => void;
  onPointerUp: (ev: PointerEvent<SVGGElement>) => void;
}

/** The element of the person (data-node) an event target belongs to, if any. */
function personElement(target: EventTarget | null): Element | null {
  return target instanceof Element ? target.closest('[data-node]') : null;
}

/** The person (the id in data-node) an event target belongs to, if any. */
function personAt(target: EventTarget | null): string | null {
  return personElement(target)?.getAttribute('data-node') ?? null;
}

/** Calls `then` with the person `target` belongs to and their element, if any. */
function ifPerson(target: EventTarget | null, then: (id: string, element: Element) => unknown): void {
  const element = personElement(target);
  const id = element?.getAttribute('data-node');
  if (element && id) then(id, element);
}

/** People and link counts at the current zoom level, with names placed where they do not collide. */
export const NetworkNodes = memo(function NetworkNodes(p: Props) {
  const { positions, k, highlight } = p;
  const maxCount = Math.max(1, ...p.nodes.map((n) => n.count));
  const at = (id: string) => {
    const q = positions[id] ?? { x: 0, y: 0 };
    return { x: k * q.x, y: k * q.y };
  };
  // Zoomed out, nodes shrink with the view (down to 30%) so a dense graph does not become one blot.
  const radius = nodeRadiusScale(maxCount);
  const shrink = Math.min(1, Math.max(0.3, k));
  // Whole and half pixels: a filter change rescales counts and maximum alike, so most people keep their
  // size and React leaves their circles alone (updating ~300 SVG nodes' sizes cost ~20 ms per toggle).
  const radii = new Map(p.nodes.map((n) => [n.id, Math.round(radius(n.count) * shrink * 2) / 2]));
  const radiusOf = (n: GraphNode) => radii.get(n.id)!;
  const always = new Set<string>([...highlight.nodes.keys(), ...highlight.selected, ...p.pressed]);
  const labels = placeLabels(
    [...p.nodes]
      // Busiest first, then by name: \`nodes\` are in name order and the sort is stable.
      .sort((a, b) => b.count - a.count)
      .map((n) => {
        const s = at(n.id);
        const r = radiusOf(n);
        return { id: n.id, box: [s.x + r + 3, s.y - 8, s.x + r + 7 + n.name.length * 7, s.y + 8] as Box };
      }),
    always,
    p.nodes.map((n) => {
      const s = at(n.id);
      const r = radiusOf(n);
      return [s.x - r, s.y - r, s.x + r, s.y + r] as Box;
    }),
    LEADERS,
  );
  const showAllCounts = p.edges.length <= ALL_EDGE_LABELS_MAX;
  return (
    <>
      <g className="net-edge-counts" aria-hidden="true">
        {p.edges
          .filter((e) => e.weight > 1 && (showAllCounts || highlight.edges.has(e.key)))
          .map((e) => {
            const a = at(e.source);
            const b = at(e.target);
            const w = String(e.weight).length;
            return (
              <g
                key={e.key}
                transform={`translate(${(a.x + b.x) / 2},${(a.y + b.y) / 2})`}
                className={highlight.active && !highlight.edges.has(e.key) ? 'is-dim' : undefined}
              >
                <rect x={-(4 + 3.5 * w)} y={-8} width={8 + 7 * w} height={16} rx={8} />
                <text dy="0.35em">{e.weight}</text>
              </g>
            );
          })}
      </g>
      {/* One set of handlers for all people (an event names its person by data-node): a filter change
          re-renders ~300 people, and handlers of their own were ~12% of a 100,000-event toggle. Pointer
          over and out stand in for enter and leave: moving within one person is neither. */}
      <g
        className="net-nodes"
        onClick={(ev) => ifPerson(ev.target, (id) => p.onToggle(id))}
        onKeyDown={(ev) => {
          if (ev.key !== 'Enter' && ev.key !== ' ') return;
          ifPerson(ev.target, (id) => {
            ev.preventDefault();
            p.onToggle(id);
          });
        }}
        onFocus={(ev) => ifPerson(ev.target, (id) => p.onEnter(id))}
        onBlur={(ev) => ifPerson(ev.target, (id) => p.onLeave(id))}
        onPointerOver={(ev) => ifPerson(ev.target, (id) => id !== personAt(ev.relatedTarget) && p.onEnter(id))}
        onPointerOut={(ev) => ifPerson(ev.target, (id) => id !== personAt(ev.relatedTarget) && p.onLeave(id))}
        onPointerDown={(ev) => ifPerson(ev.target, (id, element) => p.onPointerDown(ev, id, element))}
        onPointerMove={p.onPointerMove}
        onPointerUp={p.onPointerUp}
      >
        {p.nodes.map((n) => {
          const s = at(n.id);
          const mark = highlight.nodes.get(n.id);
          return (
            <NetworkNode
              key={n.id}
              node={n}
              x={s.x}
              y={s.y}
              r={radiusOf(n)}
              color={p.colors.get(n.country) ?? OTHER_COLOR}
              label={p.nodeName(n)}
              showName={labels.has(n.id)}
              pressed={p.pressed.has(n.id)}
              mark={mark}
              dim={highlight.active && !mark}
              selected={highlight.selected.has(n.id)}
              describedBy={p.describedNode === n.id ? p.tipId : undefined}
            />
          );
        })}
      </g>
    </>
  );
});
