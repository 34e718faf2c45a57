import type { Actor, TimelineEvent } from '../model/schema';

/** A participant with the number of visible events they took part in, placed at (x, y). */
export interface NetNode {
  id: string;
  name: string;
  country: string;
  count: number;
  x: number;
  y: number;
}
/** Two participants and how many visible events they share. */
export interface NetEdge {
  a: string;
  b: string;
  weight: number;
}

/** Participants and weighted co-participation edges of `events` (a multilateral event joins all its participants). */
export function buildStaticNetwork(events: readonly TimelineEvent[], actors: readonly Actor[]): { nodes: Omit<NetNode, 'x' | 'y'>[]; edges: NetEdge[] } {
  const actorById = new Map(actors.map((a) => [a.id, a]));
  const counts = new Map<string, number>();
  const edges = new Map<string, NetEdge>();
  for (const e of events) {
    const people = [...new Set(e.participants)].sort();
    for (const p of people) counts.set(p, (counts.get(p) ?? 0) + 1);
    for (let i = 0; i < people.length; i++)
      for (let j = i + 1; j < people.length; j++) {
        const key = `${people[i]}|${people[j]}`;
        const edge = edges.get(key) ?? { a: people[i]!, b: people[j]!, weight: 0 };
        edge.weight++;
        edges.set(key, edge);
      }
  }
  const nodes = [...counts].map(([id, count]) => ({ id, name: actorById.get(id)?.name ?? id, country: actorById.get(id)?.country ?? '?', count }));
  nodes.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return { nodes, edges: [...edges.values()] };
}

/**
 * Places nodes for a still picture: the busiest participant in the centre when it joins most others (a hub),
 * the rest on a circle in a fixed order, so the same data always gives the same picture.
 */
export function layoutCircle(nodes: readonly Omit<NetNode, 'x' | 'y'>[], edges: readonly NetEdge[], width: number, height: number): NetNode[] {
  const cx = width / 2;
  const cy = height / 2;
  const radius = Math.max(10, Math.min(width, height) / 2 - 70);
  const first = nodes[0];
  const degree = first ? edges.filter((e) => e.a === first.id || e.b === first.id).length : 0;
  const hub = first && nodes.length > 3 && degree >= (nodes.length - 1) / 2 ? first : null;
  const ring = hub ? nodes.slice(1) : nodes;
  const placed: NetNode[] = hub ? [{ ...hub, x: cx, y: cy }] : [];
  ring.forEach((n, i) => {
    const a = (2 * Math.PI * i) / Math.max(1, ring.length) - Math.PI / 2;
    placed.push({ ...n, x: ring.length === 1 ? cx : cx + radius * Math.cos(a), y: ring.length === 1 ? cy : cy + radius * Math.sin(a) });
  });
  return placed;
}
