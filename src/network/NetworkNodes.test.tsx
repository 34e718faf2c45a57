import { fireEvent, render, screen } from '@testing-library/react';
import type { ComponentProps } from 'react';
import { describe, expect, it } from 'vitest';
import type { GraphNode } from './buildGraph';
import type { Highlight } from './highlight';
import { NetworkNodes } from './NetworkNodes';

const noHighlight: Highlight = { nodes: new Map(), edges: new Set(), active: false, selected: new Set() };

function people(counts: number[]): GraphNode[] {
  return counts.map((count, i) => ({ id: `p${i}`, name: `Person ${i}`, country: 'RU', count, first: '2020', last: '2021', mentionedOnly: false }));
}

function drawing(nodes: GraphNode[], handlers: Partial<Pick<ComponentProps<typeof NetworkNodes>, 'onEnter' | 'onLeave' | 'onToggle' | 'onPointerDown'>> = {}) {
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
        onEnter={handlers.onEnter ?? noop}
        onLeave={handlers.onLeave ?? noop}
        onToggle={handlers.onToggle ?? noop}
        onPointerDown={handlers.onPointerDown ?? noop}
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

describe('NetworkNodes events', () => {
  function setUp() {
    const calls: string[] = [];
    const log = (name: string) => (...a: unknown[]) => void calls.push(`${name} ${a.find((x) => typeof x === 'string')}`);
    const { container } = render(drawing(people([5, 9]), { onEnter: log('enter'), onLeave: log('leave'), onToggle: log('toggle'), onPointerDown: log('down') }));
    const person = (name: string) => screen.getByRole('button', { name: new RegExp(`^${name}`) });
    const parts = (name: string) => [person(name).querySelector('.net-node-hit')!, person(name).querySelector('.net-node-dot')!];
    return { calls, person, parts, outside: container.querySelector('svg')! };
  }

  it('names the person under the pointer once as it comes and once as it goes, not while it moves within them', () => {
    const { calls, parts, outside } = setUp();
    const [hit0, dot0] = parts('Person 0');
    const [hit1] = parts('Person 1');
    fireEvent.pointerOver(hit0!, { relatedTarget: outside });
    fireEvent.pointerOut(hit0!, { relatedTarget: dot0 });
    fireEvent.pointerOver(dot0!, { relatedTarget: hit0 });
    fireEvent.pointerOut(dot0!, { relatedTarget: hit1 });
    fireEvent.pointerOver(hit1!, { relatedTarget: dot0 });
    fireEvent.pointerOut(hit1!, { relatedTarget: outside });
    expect(calls).toEqual(['enter p0', 'leave p0', 'enter p1', 'leave p1']);
  });

  it('toggles a person on click, Enter and Space, and names them on focus, blur and pointer down', () => {
    const { calls, person, parts } = setUp();
    fireEvent.click(parts('Person 1')[1]!);
    fireEvent.keyDown(person('Person 0'), { key: 'Enter' });
    fireEvent.keyDown(person('Person 0'), { key: ' ' });
    fireEvent.keyDown(person('Person 0'), { key: 'a' });
    fireEvent.focus(person('Person 1'));
    fireEvent.blur(person('Person 1'));
    fireEvent.pointerDown(parts('Person 0')[0]!, { button: 0 });
    expect(calls).toEqual(['toggle p1', 'toggle p0', 'toggle p0', 'enter p1', 'leave p1', 'down p0']);
  });

  it('hands a press the person\'s own element, to capture the pointer on (the click then goes to the person)', () => {
    const pressed: Element[] = [];
    render(drawing(people([5, 9]), { onPointerDown: (_ev, _id, element) => void pressed.push(element) }));
    const person = screen.getByRole('button', { name: /^Person 1/ });
    fireEvent.pointerDown(person.querySelector('.net-node-dot')!, { button: 0 });
    expect(pressed).toEqual([person]);
  });
});
