import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { GraphNode } from './buildGraph';
import type { Highlight } from './highlight';
import { NetworkNodes } from './NetworkNodes';

const noHighlight: Highlight = { nodes: new Map(), edges: new Set(), active: false, selected: new Set() };

function people(counts: number[]): GraphNode[] {
  return counts.map((count, i) => ({ id: `p${i}`, name: `Person ${i}`, country: 'RU', count, first: '2020', last: '2021', mentionedOnly: false }));
}

function drawing(nodes: GraphNode[]) {
  const positions = Object.fromEntries(nodes.map((n, i) => [n.id, { x: i * 40, y: 0 }]));
  const noop = () => {};
  return (
    <svg>
      <NetworkNodes
        nodes={nodes}
        edges={[]}
        positions={positions}
        k={1}
        colors={new Map([['RU', '#1f77b4']])}
        highlight={noHighlight}
        pressed={new Set()}
        nodeName={(n) => `${n.name}, ${n.count} events`}
        describedNode={null}
        tipId="tip"
        onEnter={noop}
        onLeave={noop}
        onToggle={noop}
        onPointerDown={noop}
        onPointerMove={noop}
        onPointerUp={noop}
      />
    </svg>
  );
}

const radii = (container: HTMLElement) => [...container.querySelectorAll('circle.net-node-dot')].map((c) => Number(c.getAttribute('r')));

describe('NetworkNodes', () => {
  it('sizes circles in whole and half pixels, the busiest largest', () => {
    const { container } = render(drawing(people([1, 7, 40, 113])));
    const r = radii(container);
    for (const x of r) expect(x * 2).toBe(Math.round(x * 2));
    expect(r).toEqual([...r].sort((a, b) => a - b));
    expect(r[3]).toBe(24);
  });

  it('leaves most circles alone when a filter keeps each person\'s share of the events', async () => {
    const before = [300, 260, 211, 180, 150, 133, 120, 97, 80, 64, 51, 40, 33, 25, 19, 12, 8, 5, 3];
    const { container, rerender } = render(drawing(people(before)));
    const changed: Element[] = [];
    const observer = new MutationObserver((records) => changed.push(...records.map((m) => m.target as Element)));
    observer.observe(container, { subtree: true, attributes: true, attributeFilter: ['r'] });
    // About a third of each person's events pass the filter, give or take one.
    rerender(drawing(people(before.map((c, i) => Math.max(1, Math.round(c * 0.35) + (i % 3) - 1)))));
    await Promise.resolve();
    observer.disconnect();
    // Without whole and half pixels every one of the 19 circles would be resized.
    expect(changed.length).toBeLessThan(before.length / 2);
  });
});
