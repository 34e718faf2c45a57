import { z } from 'zod';
import {
  DATASET_VERSION,
  actorSchema,
  articleSchema,
  countrySchema,
  datasetShellSchema,
  networkLayoutSchema,
  placeSchema,
  recordTableSchema,
  timelineEventSchema,
  topicSchema,
  type Article,
  type Dataset,
  type TimelineEvent,
} from './schema';
import { isArticle, isTimelineEvent } from './checkRecords';
import { isRealDay } from './calendarDay';
import { yieldTask } from './yieldTask';
import { BadRow, untabulate } from './recordTable';
import { eventRows } from './rowReaders';

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
  /** What was ignored without skipping a record (a broken stored network layout), for the reader. */
  notices: string[];
}

const LISTS = ['articles', 'actors', 'topics', 'places', 'countries', 'events'] as const;
type List = (typeof LISTS)[number];

/**
 * Which records of a parsed JSON dataset survive validation: for each list, the kept indices in order, and
 * for the records zod had to normalise (defaults, stripped keys), their normalised form; applyVerdict
 * turns it into the dataset.
 */
export interface DatasetVerdict {
  warnings: DatasetWarning[];
  kept: Record<List, number[]>;
  normalised: Record<List, Record<number, unknown>>;
}

const COMPILE_HINT = 'Run "npm run compile" to rebuild public/data/dataset.json.';

function describe(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`)
    .join('; ');
}

function idOf(raw: unknown): string | null {
  return raw && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string' ? raw.id : null;
}

/** Parses dataset JSON text, naming the problem (truncated, not JSON) in a DatasetError. */
export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const trimmed = text.trim();
    const truncated = trimmed.startsWith('{') && !trimmed.endsWith('}');
    throw new DatasetError(
      truncated
        ? 'The dataset file is truncated (it ends in the middle of the data).'
        : trimmed.length === 0
          ? 'The dataset file is empty.'
          : `The dataset file is not valid JSON (${(e as Error).message.slice(0, 200)}).`,
      COMPILE_HINT,
    );
  }
}

/** Checks the top level (version and shape); throws DatasetError when nothing usable is there. */
function checkShell(json: unknown) {
  const version = json && typeof json === 'object' && 'version' in json ? (json as { version: unknown }).version : undefined;
  if (version !== DATASET_VERSION) {
    throw new DatasetError(
      version === undefined
        ? 'The file is not a contact-timeline dataset (it has no schema version).'
        : `The dataset has schema version ${String(version).slice(0, 40)}, but this app reads version ${DATASET_VERSION}.`,
      'Run "npm run compile" with this version of the app to rebuild the dataset.',
    );
  }
  const shell = datasetShellSchema.safeParse(json);
  if (!shell.success) {
    throw new DatasetError(`The dataset does not have the expected shape: ${describe(shell.error)}.`, 'Run "npm run compile" to rebuild the dataset.');
  }
  return shell.data;
}

const schemas: Record<List, z.ZodType<{ id: string }>> = {
  articles: articleSchema,
  actors: actorSchema,
  topics: topicSchema,
  places: placeSchema,
  countries: countrySchema,
  events: timelineEventSchema,
};
const kinds: Record<List, DatasetWarning['kind']> = { articles: 'article', actors: 'actor', topics: 'topic', places: 'place', countries: 'country', events: 'event' };
const fastChecks: Partial<Record<List, (x: unknown) => boolean>> = { articles: isArticle, events: isTimelineEvent };

/** The kept records' ids by list; for articles, whether the text is served from its own file. */
type KeptIds = Record<'actors' | 'topics' | 'places' | 'articles', ReadonlyMap<string, boolean>>;

/** What is wrong with an otherwise valid event (a reference to nothing, an impossible date), or null. */
function eventProblem(e: TimelineEvent, ids: KeptIds): string | null {
  for (const id of e.participants) if (!ids.actors.has(id)) return `unknown actor id ${id}`;
  for (const id of e.mentioned) if (!ids.actors.has(id)) return `unknown actor id ${id}`;
  for (const id of e.topics) if (!ids.topics.has(id)) return `unknown topic id ${id}`;
  if (e.location !== null && !ids.places.has(e.location)) return `unknown place id ${e.location}`;
  for (const s of e.sources) {
    const served = ids.articles.get(s.articleId);
    if (served === undefined) return `unknown article id ${s.articleId}`;
    if (!s.evidence && !served) return `no evidence for article ${s.articleId} (only an article whose text is served from its own file may carry its evidence there)`;
  }
  if (!isRealDay(e.date.earliest)) return `date.earliest "${e.date.earliest}" is not a calendar date`;
  if (!isRealDay(e.date.latest)) return `date.latest "${e.date.latest}" is not a calendar date`;
  if (e.date.precision === 'day' && (e.date.value.length !== 10 || !isRealDay(e.date.value))) return `date.value "${e.date.value}" is not a calendar date`;
  if (e.date.earliest > e.date.latest) return 'date.earliest is after date.latest';
  return null;
}

/** An article whose text is served from its own file (and may carry its events' evidence there). */
const isServed = (a: Article) => a.text === undefined && a.textUrl !== undefined;

/**
 * The records of a list written as a table, put in the parsed JSON in the table's place (applyVerdict
 * reads them there); throws DatasetError when the table's field names cannot be read.
 */
function* readTable(list: List, table: z.infer<typeof recordTableSchema>, json: unknown): Generator<void, unknown[], void> {
  let records: unknown[];
  try {
    records = yield* untabulate(table, STEP, list === 'events' ? [eventRows] : []);
  } catch (e) {
    throw new DatasetError(`The dataset's ${list} table cannot be read: ${(e as Error).message}.`, COMPILE_HINT);
  }
  (json as Record<string, unknown>)[list] = records;
  return records;
}

/** Records judged between two yields of judgeSteps: a few milliseconds of work. */
const STEP = 4000;

/**
 * Validates a parsed JSON dataset and says which records to keep, as a generator that yields every few
 * thousand records so a caller can spread the work over several tasks (see judgeDatasetSliced); throws
 * DatasetError when the dataset is unusable.
 */
export function* judgeSteps(json: unknown): Generator<void, DatasetVerdict, void> {
  const shell = checkShell(json);
  const warnings: DatasetWarning[] = [];
  const verdict: DatasetVerdict = { warnings, kept: {} as DatasetVerdict['kept'], normalised: {} as DatasetVerdict['normalised'] };
  const records = {} as Record<List, { id: string }[]>;
  const keptIds = {} as Record<List, Map<string, boolean>>;
  for (const list of LISTS) {
    const kind = kinds[list];
    const fast = fastChecks[list];
    const kept: number[] = [];
    const normalised: Record<number, unknown> = {};
    const out: { id: string }[] = [];
    const seen = new Map<string, boolean>();
    const raws = Array.isArray(shell[list]) ? shell[list] : yield* readTable(list, shell[list], json);
    for (let index = 0; index < raws.length; index++) {
      if (index > 0 && index % STEP === 0) yield;
      const raw = raws[index];
      let record: { id: string };
      if (fast?.(raw)) record = raw as { id: string };
      else if (raw instanceof BadRow) {
        // A table row that is not one value per field: skipped and counted, as a record zod rejects is.
        warnings.push({ kind, index, id: null, message: raw.message });
        continue;
      } else {
        const parsed = schemas[list].safeParse(raw);
        if (!parsed.success) {
          warnings.push({ kind, index, id: idOf(raw), message: describe(parsed.error) });
          continue;
        }
        record = parsed.data;
        normalised[index] = record;
      }
      if (seen.has(record.id)) {
        warnings.push({ kind, index, id: record.id, message: `duplicate ${kind} id "${record.id}"` });
        delete normalised[index];
        continue;
      }
      seen.set(record.id, list === 'articles' ? isServed(record as Article) : true);
      kept.push(index);
      out.push(record);
    }
    verdict.kept[list] = kept;
    verdict.normalised[list] = normalised;
    records[list] = out;
    keptIds[list] = seen;
  }
  const events = records.events as TimelineEvent[];
  const keptEvents: number[] = [];
  for (let i = 0; i < events.length; i++) {
    if (i > 0 && i % STEP === 0) yield;
    const index = verdict.kept.events[i]!;
    const problem = eventProblem(events[i]!, keptIds);
    if (problem) {
      warnings.push({ kind: 'event', index, id: events[i]!.id, message: problem });
      delete verdict.normalised.events[index];
    } else keptEvents.push(index);
  }
  verdict.kept.events = keptEvents;
  return verdict;
}

/** Validates a parsed JSON dataset in one go (see judgeSteps). */
export function judgeDataset(json: unknown): DatasetVerdict {
  const steps = judgeSteps(json);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * Validates a parsed JSON dataset in slices of about `sliceMs`, giving the page a task boundary between
 * slices (it can paint progress and take input), with the same verdict as judgeDataset.
 */
export async function judgeDatasetSliced(json: unknown, sliceMs = 30): Promise<DatasetVerdict> {
  const steps = judgeSteps(json);
  for (;;) {
    const until = performance.now() + sliceMs;
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
      if (performance.now() >= until) break;
    }
    await yieldTask();
  }
}

/** Builds the validated dataset from a parsed JSON dataset and the verdict judgeDataset gave on the same JSON. */
export function applyVerdict(json: unknown, verdict: DatasetVerdict): ParsedDataset {
  const top = json as Record<string, unknown>;
  // Records the fast check accepted are used as they are (it filled their defaults in place); a list
  // whose every record was kept that way is used as it is.
  const pick = (list: List) => {
    const raw = (top[list] ?? []) as unknown[];
    const kept = verdict.kept[list];
    const normalised = verdict.normalised[list];
    const untouched = kept.length === raw.length && Object.keys(normalised).length === 0;
    return untouched ? raw : kept.map((i) => (i in normalised ? normalised[i] : raw[i]));
  };
  const events = pick('events');
  const notices: string[] = [];
  let networkLayout: Dataset['networkLayout'];
  if (top.networkLayout !== undefined) {
    const layout = networkLayoutSchema.safeParse(top.networkLayout);
    if (layout.success) networkLayout = layout.data;
    else notices.push(`The dataset's stored network layout was ignored (${describe(layout.error)}); the network is laid out in the browser instead.`);
  }
  const dataset = {
    version: top.version,
    generatedAt: top.generatedAt,
    synthetic: top.synthetic ?? false,
    articles: pick('articles'),
    actors: pick('actors'),
    topics: pick('topics'),
    places: pick('places'),
    countries: pick('countries'),
    events,
    ...(networkLayout ? { networkLayout } : {}),
  } as Dataset;
  return { dataset, warnings: verdict.warnings, notices };
}

/**
 * Parses dataset JSON text into a validated dataset. Throws DatasetError when nothing usable is there
 * (not JSON, wrong version, wrong shape); skips and reports single bad records, and events that point
 * at unknown actors, topics, places or articles or carry impossible dates.
 */
export function parseDataset(input: string | unknown): ParsedDataset {
  const json = typeof input === 'string' ? parseJsonText(input) : input;
  return applyVerdict(json, judgeDataset(json));
}
