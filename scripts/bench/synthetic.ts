/**
 * Builds a synthetic dataset (pure: no file system): a few hundred actors across ~15 countries, 20 topics,
 * every event type and status, dates clustered around summits over 25 years, multi-source events and
 * articles of 3–5 KB whose evidence ranges point into their text.
 */
import { DATASET_VERSION, EVENT_TYPES, type Actor, type Article, type Dataset, type Evidence, type EventType, type TimelineEvent } from '../../src/model/schema';
import { compareByDate } from '../../src/model/timeOrder';
import { createRng, type Rng } from './prng';
import { COUNTRIES, GIVEN, PLACES, ROLES, SUMMITS, TOPICS, TYPE_WORDS } from './vocabulary';
import { writeArticle, type EventCore } from './articleText';

/** A separately served article: what its `textUrl` file holds. */
export interface ArticleTextFile {
  text: string;
  evidence: Record<string, Evidence>;
}

export interface GenerateOptions {
  events: number;
  seed?: number;
  /** Put article texts inside dataset.json (default: only for 2,000 events or fewer). */
  inlineTexts?: boolean;
}

export interface GeneratedDataset {
  dataset: Dataset;
  /**
   * Article id → its text file (the text, and its events' evidence by event id), for articles served
   * separately (`textUrl`); their sources in the dataset carry no evidence. Empty when inlined.
   */
  texts: Map<string, ArticleTextFile>;
}

const DAY = 86_400_000;
const START = Date.UTC(2001, 0, 1);
const END = Date.UTC(2025, 11, 31);
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const pad = (n: number) => String(n).padStart(6, '0');
/** Same-origin path of an article's text, relative to dataset.json. */
export const textPath = (articleId: string) => `texts/${articleId}.json`;

function makeActors(rng: Rng): Actor[] {
  const actors: Actor[] = [];
  for (const [code, , , surnames] of COUNTRIES) {
    const count = code === 'CN' || code === 'RU' ? 95 : 8;
    const given = GIVEN[code] ?? GIVEN.other!;
    for (let i = 0; i < count; i++) {
      const name = `${rng.pick(given)} ${rng.pick(surnames)}`;
      const role = ROLES[rng.weighted(ROLES.map((r) => r[3]))]!;
      const start = Date.UTC(rng.int(1996, 2022), rng.int(0, 11), rng.int(1, 28));
      const end = rng.chance(0.6) ? Math.min(END, start + rng.int(365, 12 * 365) * DAY) : null;
      actors.push({
        id: `${code.toLowerCase()}-${name.toLowerCase().replace(/[^a-z]+/g, '-')}-${actors.length}`,
        name,
        country: code,
        roles: [{ role: role[0], title: { en: role[1], id: role[2] }, start: iso(start), end: end === null ? null : iso(end) }],
      });
    }
  }
  return actors;
}

/** Indices weighted so a few actors and topics appear very often (as real ministers and BRICS do). */
const zipf = (n: number) => Array.from({ length: n }, (_, i) => 1 / (i + 1));

function pickDate(rng: Rng): { t: number; summit: (typeof SUMMITS)[number] | null } {
  if (rng.chance(0.55)) {
    const summit = rng.pick(SUMMITS);
    const offset = Math.round((rng.next() + rng.next() + rng.next() - 1.5) * 20);
    return { t: Date.parse(summit[0]) + offset * DAY, summit: Math.abs(offset) <= 3 ? summit : null };
  }
  // Contacts grow more frequent over the years: skew uniform draws towards the recent end.
  return { t: START + Math.floor(Math.pow(rng.next(), 0.7) * ((END - START) / DAY)) * DAY, summit: null };
}

function makeCores(rng: Rng, n: number, actors: Actor[]): EventCore[] {
  const byCountry = (c: string) => actors.filter((a) => a.country === c);
  const cn = byCountry('CN');
  const ru = byCountry('RU');
  const others = actors.filter((a) => a.country !== 'CN' && a.country !== 'RU');
  const cnW = zipf(cn.length);
  const ruW = zipf(ru.length);
  const topicW = zipf(TOPICS.length);
  const typeW = EVENT_TYPES.map((t) => TYPE_WORDS[t].share);
  const cores: EventCore[] = [];
  for (let i = 0; i < n; i++) {
    const { t, summit } = pickDate(rng);
    const type: EventType = summit && rng.chance(0.3) ? 'summit' : EVENT_TYPES[rng.weighted(typeW)]!;
    const first = rng.chance(0.85) ? cn[rng.weighted(cnW)]! : rng.pick(others);
    const second = rng.chance(0.85) ? ru[rng.weighted(ruW)]! : rng.pick(others);
    const participants = [first.id, second.id];
    if (rng.chance(0.15)) participants.push(rng.pick(others).id);
    const mentioned = rng.chance(0.3) ? [rng.pick(actors).id].filter((id) => !participants.includes(id)) : [];
    const topics = new Set<string>();
    const topicCount = rng.weighted([2, 4, 3, 1]);
    while (topics.size < topicCount) topics.add(TOPICS[rng.weighted(topicW)]![0]);
    if (summit && /BRIC/.test(summit[1])) topics.add('brics');
    if (summit && /SCO/.test(summit[1])) topics.add('sco');
    const precision = rng.weighted([85, 10, 5]);
    cores.push({
      id: `e-${pad(i + 1)}`,
      t,
      precision: precision === 0 ? 'day' : precision === 1 ? 'month' : 'year',
      fuzzyDays: precision === 0 && rng.chance(0.1) ? rng.int(1, 6) : 0,
      confidence: Math.round((0.6 + rng.next() * 0.38) * 100) / 100,
      status: rng.chance(0.08) ? 'planned' : 'occurred',
      type,
      participants: [...new Set(participants)].length >= 2 ? [...new Set(participants)] : [first.id, ru[0]!.id],
      mentioned,
      topics: [...topics],
      location: summit ? summit[2] : rng.chance(0.6) ? rng.pick(PLACES)[0] : null,
      gathering: summit && type !== 'summit' && rng.chance(0.6) ? summit[1] : null,
    });
  }
  return cores.sort((a, b) => a.t - b.t || a.id.localeCompare(b.id));
}

/** Generates a valid dataset of `events` events; the same options always give the same dataset. */
export function generateDataset({ events: n, seed = 20251122, inlineTexts = n <= 2000 }: GenerateOptions): GeneratedDataset {
  const rng = createRng(seed);
  const actors = makeActors(rng);
  const names = new Map(actors.map((a) => [a.id, a.name]));
  const cores = makeCores(rng, n, actors);
  const articles: Article[] = [];
  const events: TimelineEvent[] = [];
  const texts = new Map<string, ArticleTextFile>();
  const pendingSources = new Map<string, TimelineEvent['sources']>();
  let previous: EventCore | null = null;
  for (let i = 0; i < cores.length; ) {
    const take = cores.slice(i, i + 1 + rng.weighted([4, 3, 2, 1]));
    i += take.length;
    // Multi-source: about a quarter of articles also report the previous article's last contact.
    const covered = previous && rng.chance(0.25) ? [previous, ...take] : take;
    previous = take[take.length - 1]!;
    const id = `s-${pad(articles.length + 1)}`;
    const { article, text, evidence } = writeArticle(rng, id, covered, names);
    // A separately served article carries its events' evidence in its own file: the ranges are read only
    // with the text, and leaving them out of dataset.json makes it a quarter smaller.
    const file: ArticleTextFile = { text, evidence: {} };
    if (inlineTexts) article.text = text;
    else {
      article.textUrl = textPath(id);
      texts.set(id, file);
    }
    articles.push(article);
    for (const core of covered) {
      const list = pendingSources.get(core.id) ?? [];
      if (inlineTexts) list.push({ articleId: id, evidence: evidence.get(core.id)! });
      else {
        list.push({ articleId: id });
        file.evidence[core.id] = evidence.get(core.id)!;
      }
      pendingSources.set(core.id, list);
    }
  }
  for (const core of cores) events.push(toEvent(core, pendingSources.get(core.id)!, names));
  // In the app's time order, as the compiler writes it (fuzzy and month/year dates start before `t`).
  events.sort(compareByDate);
  return {
    dataset: {
      version: DATASET_VERSION,
      generatedAt: '2026-01-01T00:00:00Z',
      synthetic: true,
      articles,
      actors,
      topics: TOPICS.map(([id, en, idLabel, terms]) => ({ id, labels: { en, id: idLabel }, terms: [en, idLabel, ...terms].filter((x, k, all) => all.indexOf(x) === k) })),
      places: PLACES.map(([id, en, idLabel, country]) => ({ id, name: en, labels: { en, id: idLabel }, country })),
      countries: COUNTRIES.map(([id, en, idLabel]) => ({ id, labels: { en, id: idLabel } })),
      events,
    },
    texts,
  };
}

function toEvent(core: EventCore, sources: TimelineEvent['sources'], names: Map<string, string>): TimelineEvent {
  const day = iso(core.t);
  const [y, m] = day.split('-');
  const lastOfMonth = iso(Date.UTC(Number(y), Number(m), 0));
  const date =
    core.precision === 'day'
      ? { value: day, earliest: iso(core.t - core.fuzzyDays * DAY), latest: day }
      : core.precision === 'month'
        ? { value: `${y}-${m}`, earliest: `${y}-${m}-01`, latest: lastOfMonth }
        : { value: `${y}`, earliest: `${y}-01-01`, latest: `${y}-12-31` };
  const who = core.participants.map((p) => names.get(p) ?? p).join(' – ');
  const what = TYPE_WORDS[core.type].en;
  const place = PLACES.find((p) => p[0] === core.location)?.[1];
  // Every field, in the order the compiler writes them (as real datasets have them): records of one shape
  // load faster than smaller records of several (the browser's property access stays monomorphic), and
  // the loader has no defaults to fill in.
  const event: TimelineEvent = {
    id: core.id,
    date: {
      value: date.value,
      precision: core.precision,
      earliest: date.earliest,
      latest: date.latest,
      confidence: core.confidence,
      basis: core.fuzzyDays ? 'relative date, counted back from publication' : 'date stated in the text',
      alternatives: [],
    },
    status: core.status,
    type: core.type,
    sidelines: core.gathering !== null,
    gathering: core.gathering,
    participants: core.participants,
    mentioned: core.mentioned,
    location: core.location,
    topics: core.topics,
    title: `${who} ${what}${place ? ` in ${place}` : ''}`,
    summary: `${who} held a ${what}${core.gathering ? ` on the sidelines of ${core.gathering}` : ''}.`,
    sources,
    corrections: [],
  };
  return event;
}
