import Papa from 'papaparse';
import type { Lang } from '../i18n/lang';
import type { Dataset, TimelineEvent } from '../model/schema';

/** One visible event flattened for export: readable names instead of ids, and its sources' titles and URLs. */
export interface EventRecord {
  id: string;
  date: string;
  earliest: string;
  latest: string;
  precision: string;
  confidence: number;
  basis: string;
  status: string;
  type: string;
  participants: string[];
  place: string | null;
  topics: string[];
  title: string;
  summary: string;
  sources: { title: string; outlet: string | null; published: string | null; url: string | null }[];
}

/** Flattens events (kept in the given order) into export records, with labels in `lang`. */
export function toEventRecords(events: readonly TimelineEvent[], dataset: Dataset, lang: Lang): EventRecord[] {
  const actor = new Map(dataset.actors.map((a) => [a.id, a.name]));
  const topic = new Map(dataset.topics.map((t) => [t.id, t.labels[lang]]));
  const place = new Map(dataset.places.map((p) => [p.id, p.labels?.[lang] ?? p.name]));
  const article = new Map(dataset.articles.map((a) => [a.id, a]));
  return events.map((e) => ({
    id: e.id,
    date: e.date.value,
    earliest: e.date.earliest,
    latest: e.date.latest,
    precision: e.date.precision,
    confidence: e.date.confidence,
    basis: e.date.basis,
    status: e.status,
    type: e.type,
    participants: e.participants.map((p) => actor.get(p) ?? p),
    place: e.location ? (place.get(e.location) ?? e.location) : null,
    topics: e.topics.map((t) => topic.get(t) ?? t),
    title: e.title,
    summary: e.summary,
    sources: e.sources.map((s) => {
      const a = article.get(s.articleId);
      return { title: a?.title ?? s.articleId, outlet: a?.outlet ?? null, published: a?.published ?? null, url: a?.url ?? null };
    }),
  }));
}

/** Separator inside one CSV cell that holds a list (names, topics, sources). */
export const LIST_SEP = ' | ';

/** The CSV columns, in order. */
export const CSV_COLUMNS = [
  'id', 'date', 'earliest', 'latest', 'precision', 'confidence', 'basis', 'status', 'type',
  'participants', 'place', 'topics', 'title', 'summary', 'source_titles', 'source_outlets', 'source_urls',
] as const;

/** RFC 4180 CSV (header row, CRLF, quoted where needed) of the records; list cells joined with " | ". */
export function recordsToCsv(records: readonly EventRecord[]): string {
  const rows = records.map((r) => [
    r.id, r.date, r.earliest, r.latest, r.precision, String(r.confidence), r.basis, r.status, r.type,
    r.participants.join(LIST_SEP), r.place ?? '', r.topics.join(LIST_SEP), r.title, r.summary,
    r.sources.map((s) => s.title).join(LIST_SEP), r.sources.map((s) => s.outlet ?? '').join(LIST_SEP), r.sources.map((s) => s.url ?? '').join(LIST_SEP),
  ]);
  // Cells starting with = + - @ would run as formulas in spreadsheets; papaparse's escapeFormulae defuses them.
  return Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: '\r\n', escapeFormulae: true });
}

/** The JSON export: the records with a little context (when, which dataset, which filters in words). */
export function recordsToJson(records: readonly EventRecord[], meta: { generatedAt: string; filters: string[]; lang: Lang }): string {
  return JSON.stringify({ exportedFrom: 'contact-timeline', datasetGeneratedAt: meta.generatedAt, lang: meta.lang, filters: meta.filters, events: records }, null, 2);
}
