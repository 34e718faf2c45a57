/**
 * Times the network's pure pipeline on a large generated graph (a script, not a test):
 *   npx tsx src/network/benchNetwork.ts [events=100000] [actors=300]
 * Prints buildGraph, strongestEdges and layoutGraph (cold and warm-started) times in milliseconds: the
 * median and the fastest of RUNS runs, as wall time and as this process's CPU time (the better guide on a
 * machine shared with other work, where wall time includes waiting for a core).
 */
import { performance } from 'node:perf_hooks';
import type { Actor, TimelineEvent } from '../model/schema';
import { makeEvent } from '../test/makeDataset';
import { buildGraph, strongestEdges } from './buildGraph';
import { layoutGraph, lcg, worldSize } from './layoutGraph';
import { MAX_DRAWN_EDGES } from './networkModel';
import { getFacetIndex } from '../filters/facetIndex';
import { eventTimes } from '../timeline/items';

const nEvents = Number(process.argv[2] ?? 100_000);
const nActors = Number(process.argv[3] ?? 300);
const rnd = lcg(42);
const actors: Actor[] = Array.from({ length: nActors }, (_, i) => ({ id: `a${i}`, name: `Actor ${i}`, country: i % 2 ? 'CN' : 'RU', roles: [] }));
// Skewed choice (a few hubs, a long tail), like real diplomacy: index ~ n * u^3.
const pickActor = () => actors[Math.floor(nActors * rnd() ** 3)]!.id;
const events: TimelineEvent[] = Array.from({ length: nEvents }, (_, i) => {
  const size = rnd() < 0.85 ? 2 : 3 + Math.floor(rnd() * 6);
  const people = new Set<string>();
  while (people.size < size) people.add(pickActor());
  const day = new Date(Date.UTC(2001, 0, 1) + Math.floor(rnd() * 9000) * 86_400_000).toISOString().slice(0, 10);
  return makeEvent(`e${i}`, day, { participants: [...people], mentioned: rnd() < 0.2 ? [pickActor()] : [] });
});
const lookups = { actors: new Map(actors.map((a) => [a.id, a])) };

const RUNS = Number(process.env.RUNS ?? 5);
const time = <T>(label: string, fn: () => T): T => {
  const wall: number[] = [];
  const cpu: number[] = [];
  let r!: T;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    r = fn();
    const c = process.cpuUsage(c0);
    wall.push(performance.now() - t0);
    cpu.push((c.user + c.system) / 1000);
  }
  const ms = (x: number[]) => {
    const s = [...x].sort((a, b) => a - b);
    return `${s[Math.floor(RUNS / 2)]!.toFixed(0).padStart(5)} (min ${s[0]!.toFixed(0).padStart(5)})`;
  };
  console.log(`${label.padEnd(30)} wall ${ms(wall)} ms   cpu ${ms(cpu)} ms`);
  return r;
};
console.log(`${nEvents} events, ${nActors} actors`);
const graph = time('buildGraph', () => buildGraph(events, lookups, { includeMentioned: false }));
time('buildGraph with mentioned', () => buildGraph(events, lookups, { includeMentioned: true }));
const edges = time('strongestEdges', () => strongestEdges(graph.edges, MAX_DRAWN_EDGES));
console.log(`graph: ${graph.nodes.length} nodes, ${graph.edges.length} edges, ${edges.length} drawn`);
const drawn = { nodes: graph.nodes, edges };
const size = worldSize(graph.nodes.length);
const first = time('layoutGraph cold (300 ticks)', () => layoutGraph(drawn, {}, size));
const half = buildGraph(events.filter((_, i) => i % 2 === 0), lookups, { includeMentioned: false });
const halfDrawn = { nodes: half.nodes, edges: strongestEdges(half.edges, MAX_DRAWN_EDGES) };
time('buildGraph, half the events', () => buildGraph(events.filter((_, i) => i % 2 === 0), lookups, { includeMentioned: false }));
time('layoutGraph warm (120 ticks)', () => layoutGraph(halfDrawn, first, worldSize(half.nodes.length)));

// As the app calls it: participants numbered by the dataset's facet index, a filter keeping a third.
const participants = getFacetIndex(events, new Map()).columns.participants;
const positions = Int32Array.from(events.keys()).filter((i) => i % 3 === 0);
const third = Array.from(positions, (i) => events[i]!);
const times = eventTimes(third);
const numbered = { participants, positions, days: { earliest: times.start, latest: times.end } };
time('buildGraph numbered, a third', () => buildGraph(third, lookups, { includeMentioned: false }, numbered));
// The first render: every event, the pair index not yet built (a fresh column object each run).
const everyone = Int32Array.from(events.keys());
const allTimes = eventTimes(events);
time('buildGraph numbered, all, first', () =>
  buildGraph(events, lookups, { includeMentioned: false }, { participants: { ...participants }, positions: everyone, days: { earliest: allTimes.start, latest: allTimes.end } }),
);
