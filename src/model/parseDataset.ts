import { z } from 'zod';
import {
  DATASET_VERSION,
  actorSchema,
  articleSchema,
  countrySchema,
  datasetShellSchema,
  placeSchema,
  timelineEventSchema,
  topicSchema,
  type Dataset,
} from './schema';

/** A problem with one record that was skipped; the rest of the dataset still loads. */
export interface DatasetWarning {
  kind: 'article' | 'actor' | 'topic' | 'place' | 'country' | 'event';
  index: number;
  id: string | null;
  message: string;
}

/** A problem that stops the whole dataset from loading; `message` says what is wrong, `hint` how to fix it. */
export class DatasetError extends Error {
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
    this.name = 'DatasetError';
  }
}

export interface ParsedDataset {
  dataset: Dataset;
  warnings: DatasetWarning[];
}

function describe(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`)
    .join('; ');
}

function idOf(raw: unknown): string | null {
  return raw && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string' ? raw.id : null;
}

/** Validates each record of `raw` with `schema`, skipping (and reporting) invalid and duplicate ones. */
function parseRecords<T extends { id: string }>(
  raw: unknown[],
  schema: z.ZodType<T>,
  kind: DatasetWarning['kind'],
  warnings: DatasetWarning[],
): T[] {
  const out: T[] = [];
  const seen = new Set<string>();
  raw.forEach((record, index) => {
    const parsed = schema.safeParse(record);
    if (!parsed.success) {
      warnings.push({ kind, index, id: idOf(record), message: describe(parsed.error) });
      return;
    }
    if (seen.has(parsed.data.id)) {
      warnings.push({ kind, index, id: parsed.data.id, message: `duplicate ${kind} id "${parsed.data.id}"` });
      return;
    }
    seen.add(parsed.data.id);
    out.push(parsed.data);
  });
  return out;
}

/**
 * Parses dataset JSON text into a validated dataset. Throws DatasetError when nothing usable is there
 * (not JSON, wrong version, wrong shape); skips and reports single bad records, and events that point
 * at unknown actors, topics, places or articles.
 */
export function parseDataset(input: string | unknown): ParsedDataset {
  let json: unknown = input;
  if (typeof input === 'string') {
    try {
      json = JSON.parse(input);
    } catch (e) {
      const truncated = input.trim().length > 0 && !/[}\]]\s*$/.test(input);
      throw new DatasetError(
        truncated ? 'The dataset file is truncated (it ends in the middle of the data).' : `The dataset file is not valid JSON (${(e as Error).message}).`,
        'Run "npm run compile" to rebuild public/data/dataset.json.',
      );
    }
  }
  const version = json && typeof json === 'object' && 'version' in json ? (json as { version: unknown }).version : undefined;
  if (version !== DATASET_VERSION) {
    throw new DatasetError(
      version === undefined
        ? 'The file is not a contact-timeline dataset (it has no schema version).'
        : `The dataset has schema version ${String(version)}, but this app reads version ${DATASET_VERSION}.`,
      'Run "npm run compile" with this version of the app to rebuild the dataset.',
    );
  }
  const shell = datasetShellSchema.safeParse(json);
  if (!shell.success) {
    throw new DatasetError(`The dataset does not have the expected shape: ${describe(shell.error)}.`, 'Run "npm run compile" to rebuild the dataset.');
  }
  const warnings: DatasetWarning[] = [];
  const s = shell.data;
  const articles = parseRecords(s.articles, articleSchema, 'article', warnings);
  const actors = parseRecords(s.actors, actorSchema, 'actor', warnings);
  const topics = parseRecords(s.topics, topicSchema, 'topic', warnings);
  const places = parseRecords(s.places, placeSchema, 'place', warnings);
  const countries = parseRecords(s.countries, countrySchema, 'country', warnings);
  const candidates = parseRecords(s.events, timelineEventSchema, 'event', warnings);

  const actorIds = new Set(actors.map((a) => a.id));
  const topicIds = new Set(topics.map((t) => t.id));
  const placeIds = new Set(places.map((p) => p.id));
  const articleIds = new Set(articles.map((a) => a.id));
  const events = candidates.filter((event, index) => {
    const problem =
      [...event.participants, ...event.mentioned].find((id) => !actorIds.has(id))?.replace(/^/, 'unknown actor id ') ??
      event.topics.find((id) => !topicIds.has(id))?.replace(/^/, 'unknown topic id ') ??
      (event.location !== null && !placeIds.has(event.location) ? `unknown place id ${event.location}` : undefined) ??
      event.sources.find((src) => !articleIds.has(src.articleId))?.articleId.replace(/^/, 'unknown article id ') ??
      (event.date.earliest > event.date.latest ? 'date.earliest is after date.latest' : undefined);
    if (problem) warnings.push({ kind: 'event', index, id: event.id, message: problem });
    return !problem;
  });
  return { dataset: { ...s, articles, actors, topics, places, countries, events }, warnings };
}
