import MiniSearch from 'minisearch';
import type { Dataset } from '../model/schema';

/** Lower-cases and strips accents so "Shoïgu", "SHOIGU" and "shoigu" meet. */
export function foldTerm(term: string): string {
  return term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

interface Doc {
  id: string;
  title: string;
  summary: string;
  topics: string;
  people: string;
  text: string;
}

/** A full-text index over a dataset's events: titles, summaries, topic labels and terms, participant names, article text. */
export interface EventSearch {
  /** Ids of events matching every word of `query` (prefix and slight typos allowed), or null for an empty query. */
  search(query: string): Set<string> | null;
}

/** Builds the search index once per dataset. */
export function buildSearch(dataset: Dataset): EventSearch {
  const topicText = new Map(dataset.topics.map((t) => [t.id, [t.labels.id, t.labels.en, ...t.terms].join(' ')]));
  const actorName = new Map(dataset.actors.map((a) => [a.id, a.name]));
  const articleText = new Map(dataset.articles.map((a) => [a.id, `${a.title} ${a.text ?? ''}`]));
  const index = new MiniSearch<Doc>({
    fields: ['title', 'summary', 'topics', 'people', 'text'],
    processTerm: (term) => foldTerm(term),
    searchOptions: { prefix: true, fuzzy: (term) => (term.length > 5 ? 0.15 : 0), combineWith: 'AND', boost: { title: 3, topics: 2 } },
  });
  index.addAll(
    dataset.events.map((e) => ({
      id: e.id,
      title: e.title,
      summary: e.summary,
      topics: e.topics.map((t) => topicText.get(t) ?? t).join(' '),
      people: [...e.participants, ...e.mentioned].map((p) => actorName.get(p) ?? p).join(' '),
      text: e.sources.map((s) => articleText.get(s.articleId) ?? '').join(' '),
    })),
  );
  return {
    search(query) {
      if (query.trim() === '') return null;
      return new Set(index.search(query).map((r) => String(r.id)));
    },
  };
}
