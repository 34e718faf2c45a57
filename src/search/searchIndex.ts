import SearchableMap from 'minisearch/SearchableMap';
import type { Dataset } from '../model/schema';

/** Lower-cases and strips accents so "Shoïgu", "SHOIGU" and "shoigu" meet. */
export function foldTerm(term: string): string {
  // Plain ASCII (most titles and summaries) has no accents to strip: skip the costly normalisation.
  if (/^[\x00-\x7f]*$/.test(term)) return term.toLowerCase();
  return term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Splits text into folded words (letters and digits), dropping punctuation. */
export function queryTerms(query: string): string[] {
  return foldTerm(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

/** A full-text index over a dataset's events: titles, summaries, topic labels and terms, participant names, article text. */
export interface EventSearch {
  /** Ids of events matching every word of `query` (prefix and slight typos allowed), or null for an empty query. */
  search(query: string): Set<string> | null;
  /** The same matches by position in the dataset's events (1 = matches), or null for an empty query. */
  mask(query: string): Uint8Array | null;
  /** Builds the index in small slices between frames, so the first keystroke finds it ready. */
  prepare(): Promise<void>;
}

/**
 * Words found in some records (events, topics, people, articles), and for each record the events it
 * stands for. Topic, people and article words are indexed once per record, not once per event.
 */
class Channel {
  private readonly postings = new Map<string, number[]>();
  private tree: SearchableMap<number[]> | null = null;
  /**
   * @param eventsOf the events a record stands for
   * @param shortPrefix whether one- and two-letter words match by prefix too (only for small vocabularies:
   *   names and topics, so "wang y" already finds Wang Yi while typing)
   */
  constructor(
    readonly eventsOf: (record: number) => readonly number[],
    readonly shortPrefix = false,
  ) {}

  add(record: number, text: string): void {
    for (const word of queryTerms(text)) {
      const list = this.postings.get(word);
      if (!list) this.postings.set(word, [record]);
      else if (list[list.length - 1] !== record) list.push(record);
    }
  }

  /** The radix tree (MiniSearch's) over the words, for prefix and typo-tolerant lookups. */
  private words(): SearchableMap<number[]> {
    return (this.tree ??= SearchableMap.from(this.postings));
  }

  /** Calls `hit` with every event that has a word matching `term` exactly, by prefix (3+ letters) or with one typo (6+ letters). */
  match(term: string, hit: (event: number) => void): void {
    const words = this.words();
    const lists: number[][] = [];
    if (term.length >= 3 || this.shortPrefix) words.atPrefix(term).forEach((_, list) => lists.push(list));
    else {
      const exact = words.get(term);
      if (exact) lists.push(exact);
    }
    if (term.length > 5) for (const [, [list]] of words.fuzzyGet(term, 1)) lists.push(list);
    for (const list of lists) for (const record of list) for (const e of this.eventsOf(record)) hit(e);
  }
}

const SLICE = 200;

/**
 * Builds the search index for a dataset. Nothing is indexed until the first query or `prepare()`.
 * Matching returns plain id sets (no ranking), so a keystroke stays in milliseconds at 100,000 events.
 */
export function buildSearch(dataset: Dataset): EventSearch {
  const { events, topics, actors, articles } = dataset;
  /** Record → events groups (filled by `step`) and the name channels, made with the first slice of work. */
  const init = () => {
    /** Record id → the events that name it, each event once (no per-event sets: this runs over 100,000 events). */
    const groups = (records: readonly { id: string }[]) => {
      const pos = new Map(records.map((r, i) => [r.id, i]));
      const out: number[][] = Array.from({ length: records.length }, () => []);
      const add = (record: string, event: number) => {
        const list = out[pos.get(record) ?? -1];
        if (list && list[list.length - 1] !== event) list.push(event);
      };
      return { out, add };
    };
    const byTopic = groups(topics);
    const byActor = groups(actors);
    const byArticle = groups(articles);
    const channels = {
      events: new Channel((i) => [i]),
      topics: new Channel((i) => byTopic.out[i] ?? [], true),
      actors: new Channel((i) => byActor.out[i] ?? [], true),
      articles: new Channel((i) => byArticle.out[i] ?? []),
    };
    topics.forEach((t, i) => channels.topics.add(i, [t.labels.en, t.labels.id, ...t.terms].join(' ')));
    actors.forEach((a, i) => channels.actors.add(i, a.name));
    return { channels, byTopic, byActor, byArticle };
  };
  let built: ReturnType<typeof init> | null = null;

  let nextGrouped = 0;
  let nextEvent = 0;
  let nextArticle = 0;
  /**
   * Indexes up to `budget` more records; returns true when everything is indexed. First every event joins
   * the groups of its topics, people and articles (ten events per unit of budget: this is cheap), then
   * event texts, then the texts of articles that report an event.
   */
  const step = (budget: number): boolean => {
    const { channels, byTopic, byActor, byArticle } = (built ??= init());
    const groupedFrom = nextGrouped;
    for (const end = Math.min(events.length, nextGrouped + budget * 10); nextGrouped < end; nextGrouped++) {
      const e = events[nextGrouped]!;
      for (const t of e.topics) byTopic.add(t, nextGrouped);
      for (const a of e.participants) byActor.add(a, nextGrouped);
      for (const a of e.mentioned) byActor.add(a, nextGrouped);
      for (const src of e.sources) byArticle.add(src.articleId, nextGrouped);
    }
    if (nextGrouped < events.length) return false;
    budget -= Math.ceil((nextGrouped - groupedFrom) / 10);
    for (; budget > 0 && nextEvent < events.length; budget--, nextEvent++) {
      const e = events[nextEvent]!;
      channels.events.add(nextEvent, `${e.title} ${e.summary}`);
    }
    for (; budget > 0 && nextArticle < articles.length; budget--, nextArticle++) {
      const a = articles[nextArticle]!;
      if (byArticle.out[nextArticle]!.length > 0) channels.articles.add(nextArticle, `${a.title} ${a.text ?? ''}`);
    }
    return nextEvent >= events.length && nextArticle >= articles.length;
  };

  let preparing: Promise<void> | null = null;
  let last: { query: string; mask: Uint8Array | null; ids: Set<string> | null } | null = null;
  // Per-event marks reused across queries: which term last hit the event, and how many terms did.
  const seenBy = new Int32Array(events.length).fill(-1);
  const hits = new Int32Array(events.length);
  const run = (query: string) => {
    if (last && last.query === query) return last;
    const terms = [...new Set(queryTerms(query))];
    let mask: Uint8Array | null = null;
    if (terms.length > 0) {
      step(Infinity);
      hits.fill(0);
      seenBy.fill(-1);
      terms.forEach((term, k) => {
        const hit = (e: number) => {
          if (seenBy[e] !== k) {
            seenBy[e] = k;
            hits[e]!++;
          }
        };
        for (const channel of Object.values(built!.channels)) channel.match(term, hit);
      });
      // Every word must match somewhere (title, summary, topics, people or article text).
      mask = new Uint8Array(events.length);
      for (let i = 0; i < events.length; i++) if (hits[i] === terms.length) mask[i] = 1;
    }
    return (last = { query, mask, ids: null });
  };

  return {
    search(query) {
      const r = run(query);
      if (!r.mask || r.ids) return r.ids;
      const ids = new Set<string>();
      r.mask.forEach((m, i) => m && ids.add(events[i]!.id));
      return (r.ids = ids);
    },
    mask: (query) => run(query).mask,
    prepare() {
      preparing ??= new Promise<void>((resolve) => {
        // Index in idle time (or ~8 ms slices without requestIdleCallback), so zooming and typing stay smooth.
        const idle = globalThis.requestIdleCallback;
        const tick = (deadline?: IdleDeadline) => {
          const start = performance.now();
          const more = () => (deadline ? deadline.timeRemaining() > 1 : performance.now() - start < 8);
          // At least one slice per call, so a page that is never idle still gets its index.
          let done = step(SLICE);
          while (!done && more()) done = step(SLICE);
          if (done) resolve();
          else schedule();
        };
        const schedule = () => (idle ? idle(tick, { timeout: 500 }) : setTimeout(tick, 0));
        schedule();
      });
      return preparing;
    },
  };
}

