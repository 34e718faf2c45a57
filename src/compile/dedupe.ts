/** The same contact reported by several articles becomes one event with several sources. */
import type { DraftEvent } from './types';

function dayNum(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
}

/** Days between two reports' spans (a single day is a span of one; 0 when they overlap): talks on 9 April lie within a visit's 8-9 April. */
function daysApart(a: DraftEvent, b: DraftEvent): number {
  return Math.max(0, dayNum(b.date.earliest) - dayNum(a.date.latest), dayNum(a.date.earliest) - dayNum(b.date.latest));
}

/**
 * Same type (or, on one day, another name for the same face-to-face talks), same participants, dates within a day (or overlapping, for spans and month/year precision,
 * at the same place when both name one). One
 * article's reports on different days are different contacts (a state visit's informal talks on Monday
 * and formal talks on Tuesday): the day's slack is only for different articles' time zones and headers.
 */
export function isSameContact(a: DraftEvent, b: DraftEvent): boolean {
  if (familyOf(a.type) !== familyOf(b.type)) return false;
  if ([...a.participants].sort().join() !== [...b.participants].sort().join()) return false;
  // One outlet's meeting is another's consultation or summit: the same pair face to face on the same day, at the same place.
  if (a.type !== b.type) return oneDay(a) && oneDay(b) && a.date.value === b.date.value && !sharesArticle(a, b) && (a.location === null || b.location === null || a.location === b.location);
  const days = a.date.precision === 'day' && b.date.precision === 'day';
  const near = () => { const apart = daysApart(a, b); return apart === 0 || (apart === 1 && !sharesArticle(a, b)); };
  if (days && a.date.earliest === a.date.latest && b.date.earliest === b.date.latest) return near();
  // A span, a month or a year is wide: overlapping is only enough when nothing else tells the reports apart,
  // so two places (Beijing in September, Moscow in May; Johannesburg next week, Moscow on its Wednesday) are two contacts.
  if (a.location !== null && b.location !== null && a.location !== b.location) return false;
  if (days) return near();
  return a.date.earliest <= b.date.latest && b.date.earliest <= a.date.latest;
}

/** Kinds of contact different outlets may name differently: face-to-face talks are a meeting, a consultation or a summit. */
const FACE_TO_FACE: ReadonlySet<DraftEvent['type']> = new Set(['meeting', 'consultation', 'summit']);
const familyOf = (type: DraftEvent['type']): string => (FACE_TO_FACE.has(type) ? 'face' : type);
/** The name kept for one face-to-face contact: a consultation says most; 'summit' is kept only when no report says less. */
const SPECIFIC: ReadonlyArray<DraftEvent['type']> = ['consultation', 'meeting', 'summit'];

function oneDay(e: DraftEvent): boolean {
  return e.date.precision === 'day' && e.date.earliest === e.date.latest;
}

function sharesArticle(a: DraftEvent, b: DraftEvent): boolean {
  return a.sources.some((s) => b.sources.some((t) => t.articleId === s.articleId));
}

/** Better date first: higher confidence, then finer precision. */
function rank(e: DraftEvent): number {
  return e.date.confidence * 10 + (e.date.precision === 'day' ? 2 : e.date.precision === 'month' ? 1 : 0);
}

/** Whether `a`'s date says more than `b`'s and agrees with it: one day (or a shorter span) within `b`'s span. */
function narrower(a: DraftEvent, b: DraftEvent): boolean {
  const width = (e: DraftEvent) => dayNum(e.date.latest) - dayNum(e.date.earliest);
  return a.date.earliest >= b.date.earliest && a.date.latest <= b.date.latest && width(a) < width(b);
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])];
}

/** Merge `b` into `a`: sources, topics and mentions add up; the better-dated report gives date, title and summary. */
export function mergeEvents(a: DraftEvent, b: DraftEvent): DraftEvent {
  // On one day, the report that it happened speaks for the event, not the announcement before it; else the better date.
  const sameDay = oneDay(a) && oneDay(b) && a.date.value === b.date.value && a.status !== b.status;
  const [lead, other] = sameDay ? (a.status === 'occurred' ? [a, b] : [b, a]) : narrower(b, a) || (!narrower(a, b) && rank(b) > rank(a)) ? [b, a] : [a, b];
  return {
    ...lead,
    type: SPECIFIC.includes(lead.type) && SPECIFIC.includes(other.type) ? SPECIFIC[Math.min(SPECIFIC.indexOf(lead.type), SPECIFIC.indexOf(other.type))]! : lead.type,
    status: a.status === 'occurred' || b.status === 'occurred' ? 'occurred' : 'planned',
    sidelines: a.sidelines || b.sidelines,
    // The fuller name of the gathering: "Shanghai Cooperation Organization summit" over "KTT SCO".
    gathering: (other.gathering?.length ?? 0) > (lead.gathering?.length ?? 0) ? other.gathering : lead.gathering,
    location: lead.location ?? other.location,
    topics: union(lead.topics, other.topics),
    mentioned: union(lead.mentioned, other.mentioned).filter((m) => !lead.participants.includes(m)),
    sources: mergeSources([...lead.sources, ...other.sources]).sort((x, y) => x.articleId.localeCompare(y.articleId)),
  };
}

type Source = DraftEvent['sources'][number];

/** One source per article: an article reporting the same contact twice gives one source with both sentences as evidence. */
function mergeSources(list: Source[]): Source[] {
  const out = new Map<string, Source>();
  for (const s of list) {
    const had = out.get(s.articleId);
    if (!had) { out.set(s.articleId, s); continue; }
    const a = had.evidence;
    const b = s.evidence;
    const topics = { ...a.topics };
    for (const [t, r] of Object.entries(b.topics)) topics[t] = uniq([...(topics[t] ?? []), ...r]);
    out.set(s.articleId, { articleId: s.articleId, evidence: { date: uniq([...a.date, ...b.date]), participants: uniq([...a.participants, ...b.participants]), type: uniq([...a.type, ...b.type]), location: uniq([...a.location, ...b.location]), topics, summary: a.summary } });
  }
  return [...out.values()];
}

function uniq<T extends [number, number]>(ranges: T[]): T[] {
  return ranges.filter((r, i) => ranges.findIndex((q) => q[0] === r[0] && q[1] === r[1]) === i);
}

/** Two reports that must stay apart whatever else joins them: one article's contacts on different days. */
function conflicts(a: DraftEvent, b: DraftEvent): boolean {
  return a.date.precision === 'day' && b.date.precision === 'day' && daysApart(a, b) > 0 && sharesArticle(a, b);
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
  // Single-day events are looked up by day (±1); spans and coarser dates are compared with the whole bucket.
  const buckets = new Map<string, { byDay: Map<number, number[]>; coarse: number[]; all: number[] }>();
  for (const i of order) {
    const d = drafts[i]!;
    const key = `${familyOf(d.type)}|${[...d.participants].sort().join()}`;
    let bucket = buckets.get(key);
    if (!bucket) buckets.set(key, (bucket = { byDay: new Map(), coarse: [], all: [] }));
    const day = d.date.precision === 'day' && d.date.earliest === d.date.latest ? dayNum(d.date.value) : null;
    const pool = day === null ? bucket.all : [...bucket.coarse, ...[day - 1, day, day + 1].flatMap((x) => bucket.byDay.get(x) ?? [])];
    // Among the clusters it could join, the one nearest in days (an article's Monday and Tuesday talks stay apart, so the other outlet's Tuesday report must join Tuesday's).
    const fits = pool.filter((c) => clusters[c]!.members.some((m) => isSameContact(drafts[m]!, d)) && !clusters[c]!.members.some((m) => conflicts(drafts[m]!, d)));
    const gap = (c: number) => (day === null ? 0 : Math.min(...clusters[c]!.members.map((m) => (drafts[m]!.date.precision === 'day' ? daysApart(drafts[m]!, d) : 1))));
    const k = fits.reduce((best, c) => (best === -1 || gap(c) < gap(best) ? c : best), -1);
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
