/** The same contact reported by several articles becomes one event with several sources. */
import type { DraftEvent } from './types';

function dayNum(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
}

/** Same type, same participants, dates within a day (or overlapping, for month/year precision). */
export function isSameContact(a: DraftEvent, b: DraftEvent): boolean {
  if (a.type !== b.type) return false;
  if ([...a.participants].sort().join() !== [...b.participants].sort().join()) return false;
  if (a.date.precision === 'day' && b.date.precision === 'day') return Math.abs(dayNum(a.date.value) - dayNum(b.date.value)) <= 1;
  return a.date.earliest <= b.date.latest && b.date.earliest <= a.date.latest;
}

/** Better date first: higher confidence, then finer precision. */
function rank(e: DraftEvent): number {
  return e.date.confidence * 10 + (e.date.precision === 'day' ? 2 : e.date.precision === 'month' ? 1 : 0);
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])];
}

/** Merge `b` into `a`: sources, topics and mentions add up; the better-dated report gives date, title and summary. */
export function mergeEvents(a: DraftEvent, b: DraftEvent): DraftEvent {
  const [lead, other] = rank(b) > rank(a) ? [b, a] : [a, b];
  return {
    ...lead,
    status: a.status === 'occurred' || b.status === 'occurred' ? 'occurred' : 'planned',
    sidelines: a.sidelines || b.sidelines,
    gathering: lead.gathering ?? other.gathering,
    location: lead.location ?? other.location,
    topics: union(lead.topics, other.topics),
    mentioned: union(lead.mentioned, other.mentioned).filter((m) => !lead.participants.includes(m)),
    sources: [...lead.sources, ...other.sources].sort((x, y) => x.articleId.localeCompare(y.articleId)),
  };
}

/** Cluster drafts into events; the result does not depend on input order. Returns each draft's cluster index too. */
export function dedupeEvents(drafts: DraftEvent[]): { events: DraftEvent[]; clusterOf: number[] } {
  const order = drafts.map((d, i) => i).sort((i, j) => {
    const a = drafts[i]!;
    const b = drafts[j]!;
    return a.date.value.localeCompare(b.date.value) || a.type.localeCompare(b.type) || (a.sources[0]?.articleId ?? '').localeCompare(b.sources[0]?.articleId ?? '') || a.summary.localeCompare(b.summary);
  });
  const clusters: Array<{ members: number[]; event: DraftEvent }> = [];
  const clusterOf: number[] = new Array<number>(drafts.length).fill(-1);
  // Only events of the same type and participants can merge: bucket by that, compare dates within.
  // Day-precision events are looked up by day (±1); coarser ones are compared with the whole bucket.
  const buckets = new Map<string, { byDay: Map<number, number[]>; coarse: number[]; all: number[] }>();
  for (const i of order) {
    const d = drafts[i]!;
    const key = `${d.type}|${[...d.participants].sort().join()}`;
    let bucket = buckets.get(key);
    if (!bucket) buckets.set(key, (bucket = { byDay: new Map(), coarse: [], all: [] }));
    const day = d.date.precision === 'day' ? dayNum(d.date.value) : null;
    const pool = day === null ? bucket.all : [...bucket.coarse, ...[day - 1, day, day + 1].flatMap((x) => bucket.byDay.get(x) ?? [])];
    const k = pool.find((c) => clusters[c]!.members.some((m) => isSameContact(drafts[m]!, d))) ?? -1;
    if (k === -1) {
      clusterOf[i] = clusters.length;
      bucket.all.push(clusters.length);
      if (day === null) bucket.coarse.push(clusters.length);
      else bucket.byDay.set(day, [...(bucket.byDay.get(day) ?? []), clusters.length]);
      clusters.push({ members: [i], event: d });
    } else {
      if (day !== null && !(bucket.byDay.get(day) ?? []).includes(k)) bucket.byDay.set(day, [...(bucket.byDay.get(day) ?? []), k]);
      clusterOf[i] = k;
      clusters[k]!.members.push(i);
      clusters[k]!.event = mergeEvents(clusters[k]!.event, d);
    }
  }
  return { events: clusters.map((c) => c.event), clusterOf };
}
