import MiniSearch, { type SearchOptions } from 'minisearch';
import type { Dataset } from '../model/schema';

/** Lower-cases and strips accents so "Shoïgu", "SHOIGU" and "shoigu" meet. */
export function foldTerm(term: string): string {
  return term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Splits a query into folded words (letters and digits), dropping punctuation. */
export function queryTerms(query: string): string[] {
  return foldTerm(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

interface EventDoc {
  id: string;
  title: string;
  summary: string;
  topics: string;
  people: string;
}
interface ArticleDoc {
  id: string;
  title: string;
  text: string;
}

/** A full-text index over a dataset's events: titles, summaries, topic labels and terms, participant names, article text. */
export interface EventSearch {
  /** Ids of events matching every word of `query` (prefix and slight typos allowed), or null for an empty query. */
  search(query: string): Set<string> | null;
  /** Builds the index in small slices between frames, so the first keystroke finds it ready. */
  prepare(): Promise<void>;
}

const SLICE = 50;
const tokenize = (text: string) => text.split(/[^\p{L}\p{N}]+/u);

// Prefix matching on one or two letters would expand to most of the vocabulary; typos only on long words.
const termOptions = (term: string): SearchOptions => ({ prefix: term.length >= 3, fuzzy: term.length > 5 ? 0.15 : 0 });

/**
 * Builds the search index for a dataset. Nothing is indexed until the first query or `prepare()`:
 * small fields per event, and each article's text once (shared by the events it supports).
 */
export function buildSearch(dataset: Dataset): EventSearch {
  const events = new MiniSearch<EventDoc>({ fields: ['title', 'summary', 'topics', 'people'], processTerm: foldTerm, tokenize });
  const articles = new MiniSearch<ArticleDoc>({ fields: ['title', 'text'], processTerm: foldTerm, tokenize });
  const eventsOfArticle = new Map<string, string[]>();
  for (const e of dataset.events) {
    for (const s of e.sources) {
      const list = eventsOfArticle.get(s.articleId);
      if (list) list.push(e.id);
      else eventsOfArticle.set(s.articleId, [e.id]);
    }
  }
  const topicText = new Map(dataset.topics.map((t) => [t.id, [t.labels.id, t.labels.en, ...t.terms].join(' ')]));
  const actorName = new Map(dataset.actors.map((a) => [a.id, a.name]));
  const eventDoc = (i: number): EventDoc => {
    const e = dataset.events[i]!;
    return {
      id: e.id,
      title: e.title,
      summary: e.summary,
      topics: e.topics.map((t) => topicText.get(t) ?? t).join(' '),
      people: [...e.participants, ...e.mentioned].map((p) => actorName.get(p) ?? p).join(' '),
    };
  };
  const articleDoc = (i: number): ArticleDoc => {
    const a = dataset.articles[i]!;
    return { id: a.id, title: a.title, text: a.text ?? '' };
  };
  let nextEvent = 0;
  let nextArticle = 0;
  /** Indexes up to `budget` more documents; returns true when everything is indexed. */
  const step = (budget: number): boolean => {
    for (; budget > 0 && nextEvent < dataset.events.length; budget--) events.add(eventDoc(nextEvent++));
    for (; budget > 0 && nextArticle < dataset.articles.length; budget--) {
      if (eventsOfArticle.has(dataset.articles[nextArticle]!.id)) articles.add(articleDoc(nextArticle));
      nextArticle++;
    }
    return nextEvent >= dataset.events.length && nextArticle >= dataset.articles.length;
  };
  let preparing: Promise<void> | null = null;
  let last: { query: string; result: Set<string> | null } | null = null;

  const matchTerm = (term: string): Set<string> => {
    const opts = termOptions(term);
    const found = new Set<string>();
    for (const r of events.search(term, opts)) found.add(String(r.id));
    for (const r of articles.search(term, opts)) for (const id of eventsOfArticle.get(String(r.id)) ?? []) found.add(id);
    return found;
  };

  return {
    search(query) {
      if (last && last.query === query) return last.result;
      const terms = queryTerms(query);
      let result: Set<string> | null = null;
      if (terms.length > 0) {
        step(Infinity);
        // Every word must match somewhere (title, summary, topics, people or article text).
        for (const term of terms) {
          const found = matchTerm(term);
          const before: Set<string> | null = result;
          const narrowed: Set<string> = before === null ? found : new Set([...before].filter((id) => found.has(id)));
          result = narrowed;
          if (narrowed.size === 0) break;
        }
      }
      last = { query, result };
      return result;
    },
    prepare() {
      preparing ??= new Promise<void>((resolve) => {
        // Slices of about 8 ms, so zooming and typing stay smooth while the index fills.
        const tick = () => {
          const start = performance.now();
          let done = false;
          while (!done && performance.now() - start < 8) done = step(SLICE);
          if (done) resolve();
          else setTimeout(tick, 0);
        };
        setTimeout(tick, 0);
      });
      return preparing;
    },
  };
}
