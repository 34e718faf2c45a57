import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildGraph, strongestEdges, type GraphEdge } from './buildGraph';
import { makeDataset, makeEvent } from '../test/makeDataset';
import { eventTimes } from '../timeline/items';
import { getFacetIndex } from '../filters/facetIndex';
import type { Actor, TimelineEvent } from '../model/schema';

const ds = makeDataset();
const lookups = { actors: new Map(ds.actors.map((a) => [a.id, a])) };
const noMentioned = { includeMentioned: false };

describe('buildGraph on the seed corpus', () => {
  const g = buildGraph(ds.events, lookups, noMentioned);
  it('has the six participants, sorted by id, with their counts and contact dates', () => {
    expect(g.nodes.map((n) => [n.name, n.count])).toEqual([
      ['Nikolai Patrushev', 1],
      ['Sergei Shoigu', 1],
      ['Sergey Lavrov', 3],
      ['Vladimir Putin', 2],
      ['Wang Yi', 6],
      ['Xi Jinping', 1],
    ]);
    const wang = g.nodes.find((n) => n.id === 'wang-yi')!;
    expect([wang.country, wang.first, wang.last, wang.mentionedOnly]).toEqual(['CN', '2023-02-21', '2025-12-02', false]);
  });
  it('weights the Wang Yi – Lavrov edge by their 3 shared events', () => {
    const e = g.edges.find((x) => x.key === 'sergey-lavrov|wang-yi')!;
    expect(e.weight).toBe(3);
    expect(e.eventIds).toEqual(['e-2024-01-11-call', 'e-2023-02-22-lavrov', 'e-2024-11-18-rio']);
    expect(g.edges.map((x) => x.key)).toEqual([
      'nikolai-patrushev|wang-yi',
      'sergei-shoigu|wang-yi',
      'sergey-lavrov|wang-yi',
      'vladimir-putin|wang-yi',
      'vladimir-putin|xi-jinping',
    ]);
  });
  it('respects filters through its input: only BRICS events leave four people', () => {
    const brics = buildGraph(ds.events.filter((e) => e.topics.includes('brics')), lookups, noMentioned);
    expect(brics.nodes.map((n) => n.id)).toEqual(['sergey-lavrov', 'vladimir-putin', 'wang-yi', 'xi-jinping']);
    expect(brics.edges.map((e) => [e.key, e.weight])).toEqual([
      ['sergey-lavrov|wang-yi', 2],
      ['vladimir-putin|xi-jinping', 1],
    ]);
  });
});

describe('buildGraph', () => {
  it('joins every pair of a multilateral event', () => {
    const e = makeEvent('m', '2024-10-22', { participants: ['a', 'b', 'c', 'd'] });
    const g = buildGraph([e], { actors: new Map() }, noMentioned);
    expect(g.edges.map((x) => x.key)).toEqual(['a|b', 'a|c', 'a|d', 'b|c', 'b|d', 'c|d']);
    expect(g.nodes.map((n) => n.name)).toEqual(['a', 'b', 'c', 'd']);
  });
  it('adds mentioned-only people as edgeless nodes only when asked', () => {
    const e = makeEvent('x', '2024-01-01', { participants: ['wang-yi', 'sergey-lavrov'], mentioned: ['xi-jinping', 'wang-yi'] });
    expect(buildGraph([e], lookups, noMentioned).nodes).toHaveLength(2);
    const g = buildGraph([e], lookups, { includeMentioned: true });
    expect(g.nodes.map((n) => [n.id, n.mentionedOnly, n.count])).toEqual([
      ['sergey-lavrov', false, 1],
      ['wang-yi', false, 1],
      ['xi-jinping', true, 1],
    ]);
    expect(g.edges).toHaveLength(1);
  });
  it('counts an event once even when a participant is listed twice', () => {
    const e = makeEvent('x', '2024-01-01', { participants: ['a', 'a', 'b'] });
    const g = buildGraph([e], { actors: new Map() }, noMentioned);
    expect(g.nodes.map((n) => n.count)).toEqual([1, 1]);
    expect(g.edges.map((x) => x.weight)).toEqual([1]);
  });

  const people = ['a', 'b', 'c', 'd', 'e', 'f'];
  const arbEvents = fc.array(
    fc.record({ participants: fc.uniqueArray(fc.constantFrom(...people), { minLength: 1, maxLength: 4 }), day: fc.integer({ min: 1, max: 28 }) }),
    { maxLength: 40 },
  );
  it('edge weights add up to the pairs in the events, and the order does not depend on input order', () => {
    fc.assert(
      fc.property(arbEvents, (specs) => {
        const events = specs.map((s, i) => makeEvent(`e${i}`, `2024-01-${String(s.day).padStart(2, '0')}`, { participants: s.participants }));
        const g = buildGraph(events, { actors: new Map<string, Actor>() }, noMentioned);
        const pairs = specs.reduce((sum, s) => sum + (s.participants.length * (s.participants.length - 1)) / 2, 0);
        expect(g.edges.reduce((s, e) => s + e.weight, 0)).toBe(pairs);
        expect(g.nodes.reduce((s, n) => s + n.count, 0)).toBe(specs.reduce((s, x) => s + x.participants.length, 0));
        for (const e of g.edges) expect(e.source < e.target).toBe(true);
        const reversed = buildGraph([...events].reverse(), { actors: new Map() }, noMentioned);
        expect(reversed.nodes).toEqual(g.nodes.map((n) => ({ ...n, ...pick(reversed.nodes, n.id) })));
        expect(reversed.edges.map((e) => [e.key, e.weight])).toEqual(g.edges.map((e) => [e.key, e.weight]));
      }),
    );
  });
});

/** The obvious (slow) way, to check the fast one against. */
function naiveEdges(events: TimelineEvent[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of events) {
    const people = [...new Set(e.participants)].sort();
    for (let i = 0; i < people.length; i++)
      for (let j = i + 1; j < people.length; j++) {
        const key = `${people[i]}|${people[j]}`;
        out.set(key, [...(out.get(key) ?? []), e.id]);
      }
  }
  return out;
}

describe('buildGraph against a naive reference', () => {
  const arb = fc.array(fc.uniqueArray(fc.stringMatching(/^[a-d]{1,3}$/), { minLength: 1, maxLength: 5 }), { maxLength: 30 });
  it('finds the same pairs with the same shared events, in input order', () => {
    fc.assert(
      fc.property(arb, (lists) => {
        const events = lists.map((participants, i) => makeEvent(`e${i}`, '2024-01-01', { participants }));
        const g = buildGraph(events, { actors: new Map() }, noMentioned);
        const ref = naiveEdges(events);
        expect(new Map(g.edges.map((e) => [e.key, e.eventIds]))).toEqual(ref);
        expect(g.edges.every((e) => e.weight === e.eventIds.length)).toBe(true);
        const order = g.edges.map((e) => [e.source, e.target]);
        expect(order).toEqual([...order].sort((a, b) => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : a[1]! < b[1]! ? -1 : a[1]! > b[1]! ? 1 : 0)));
      }),
    );
  });
  it('gives the same graph from participants numbered over a larger event array (any subset, repeats included)', () => {
    const lists = fc.array(fc.array(fc.stringMatching(/^[a-e]{1,2}$/), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(lists, fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }), fc.boolean(), (people, keep, includeMentioned) => {
        // Days out of input order, so the first and last of each person are found by comparing, not by position.
        // Every third event spans ten days, so a person's last event is not always their latest-starting one.
        const day = (n: number) => `2024-01-${String(n).padStart(2, '0')}`;
        const all = people.map((participants, i) => {
          const e = makeEvent(`e${i}`, day(((i * 11) % 28) + 1), { participants, mentioned: ['m'] });
          if (i % 3 === 0) e.date = { ...e.date, precision: 'month', value: '2024-01', latest: day(Math.min(31, ((i * 11) % 28) + 10)) };
          return e;
        });
        const positions = Int32Array.from(all.keys()).filter((i) => keep[i]);
        const subset = Array.from(positions, (i) => all[i]!);
        const participants = getFacetIndex(all, new Map()).columns.participants;
        const plain = buildGraph(subset, lookups, { includeMentioned });
        const fast = buildGraph(subset, lookups, { includeMentioned }, { participants, positions });
        expect(fast.nodes).toEqual(plain.nodes);
        const times = eventTimes(subset);
        const timed = buildGraph(subset, lookups, { includeMentioned }, { participants, positions, days: { earliest: times.start, latest: times.end } });
        expect(timed.nodes).toEqual(plain.nodes);
        expect(fast.edges.map((e) => [e.key, e.weight, e.eventIds])).toEqual(plain.edges.map((e) => [e.key, e.weight, e.eventIds]));
      }),
    );
  });

  it('gives the same answer with thousands of people (sparse pair index)', () => {
    const events = Array.from({ length: 2100 }, (_, i) => makeEvent(`e${i}`, '2024-01-01', { participants: [`p${i}`, `p${(i * 7) % 2100}`, 'hub'] }));
    const g = buildGraph(events, { actors: new Map() }, noMentioned);
    expect(g.nodes).toHaveLength(2101);
    expect(new Map(g.edges.map((e) => [e.key, e.eventIds]))).toEqual(naiveEdges(events));
  });
});

const pick = (nodes: { id: string; first: string; last: string }[], id: string) => {
  const n = nodes.find((x) => x.id === id)!;
  return { first: n.first, last: n.last };
};

describe('strongestEdges', () => {
  it('keeps the heaviest edges, ties broken by graph order, in graph order', () => {
    const edge = (key: string, weight: number) => ({ key, source: key[0]!, target: key[2]!, weight, eventIds: [] });
    const edges = [edge('a|b', 1), edge('a|c', 5), edge('b|c', 2), edge('c|d', 2)];
    expect(strongestEdges(edges, 2).map((e) => e.key)).toEqual(['a|c', 'b|c']);
    expect(strongestEdges(edges, 10)).toHaveLength(4);
  });
  it('never drops a heavier edge for a lighter one, and keeps the order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 6 }), { maxLength: 60 }), fc.integer({ min: 0, max: 70 }), (weights, max) => {
        const edges: GraphEdge[] = weights.map((weight, i) => ({ key: `k${i}`, source: 's', target: 't', weight, eventIds: [] }));
        const kept = strongestEdges(edges, max);
        expect(kept).toHaveLength(Math.min(max, edges.length));
        const keptSet = new Set(kept);
        const dropped = edges.filter((e) => !keptSet.has(e));
        if (kept.length && dropped.length) expect(Math.min(...kept.map((e) => e.weight))).toBeGreaterThanOrEqual(Math.max(...dropped.map((e) => e.weight)));
        expect(kept.map((e) => edges.indexOf(e))).toEqual([...kept.map((e) => edges.indexOf(e))].sort((a, b) => a - b));
      }),
    );
  });
  it('keeps exactly the edges a stable sort by weight would, for whole and fractional weights', () => {
    const weight = fc.oneof(fc.integer({ min: 0, max: 9 }), fc.double({ min: 0, max: 9, noNaN: true }));
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 9 }), { maxLength: 80 }), fc.array(weight, { maxLength: 80 }), fc.integer({ min: 0, max: 90 }), (whole, any, max) => {
        for (const weights of [whole, any]) {
          const edges: GraphEdge[] = weights.map((w, i) => ({ key: `k${i}`, source: 's', target: 't', weight: w, eventIds: [] }));
          const expected = edges
            .map((e, i) => ({ e, i }))
            .sort((a, b) => b.e.weight - a.e.weight || a.i - b.i)
            .slice(0, max)
            .sort((a, b) => a.i - b.i)
            .map((x) => x.e.key);
          expect(strongestEdges(edges, max).map((e) => e.key)).toEqual(expected);
        }
      }),
    );
  });
});
