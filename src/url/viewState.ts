import { EVENT_STATUSES, EVENT_TYPES, type Dataset } from '../model/schema';
import { emptyFilters, type Filters } from '../store/filters';
import type { ColorBy, ExplorerState, LaneBy, TimeWindow } from '../store/store';
import { LANGS, type Lang } from '../i18n/lang';
import { format } from '../i18n/useT';
import { urlMessages } from './messages';

/** The part of the explorer's state that lives in the address. */
export type ViewState = Pick<ExplorerState, 'filters' | 'selectedEventId' | 'window' | 'laneBy' | 'colorBy' | 'lang'>;

/** What an address restores: everything but the language is reset to defaults when absent. */
export type ViewPatch = Omit<ViewState, 'lang'> & { lang?: Lang };

/** Parameters that belong to other parts of the app and are left alone. */
export const FOREIGN_PARAMS = new Set(['dataset']);

const LANE_BY: readonly LaneBy[] = ['none', 'type', 'participant', 'topic'];
const COLOR_BY: readonly ColorBy[] = ['pairing', 'topic'];
const DAY_MS = 86_400_000;
const MIN_YEAR = 1800;
const MAX_YEAR = 2200;
const MAX_QUERY = 500;

/** True for a real calendar day "YYYY-MM-DD" in a plausible range of years. */
export function isPlausibleDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return y >= MIN_YEAR && y <= MAX_YEAR && t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

function encodeInstant(ms: number): string {
  const iso = new Date(ms).toISOString();
  return ms % DAY_MS === 0 ? iso.slice(0, 10) : iso;
}

function decodeInstant(s: string): number | null {
  if (isPlausibleDay(s)) return Date.parse(`${s}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/.test(s) || !isPlausibleDay(s.slice(0, 10))) return null;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : t;
}

/** Writes the view into address parameters; defaults are left out, the language always written. */
export function encodeViewState(s: ViewState): URLSearchParams {
  const p = new URLSearchParams();
  const f = s.filters;
  for (const t of f.topics) p.append('topic', t);
  if (f.topicMode !== 'any') p.set('topicMode', f.topicMode);
  for (const a of f.participants) p.append('person', a);
  if (f.participantMode !== 'any') p.set('personMode', f.participantMode);
  for (const c of f.countries) p.append('country', c);
  for (const t of f.types) p.append('type', t);
  for (const st of f.statuses) p.append('status', st);
  if (f.dateFrom) p.set('from', f.dateFrom);
  if (f.dateTo) p.set('to', f.dateTo);
  if (f.query) p.set('q', f.query);
  if (f.article) p.set('article', f.article);
  if (s.selectedEventId) p.set('event', s.selectedEventId);
  if (s.window) p.set('view', `${encodeInstant(s.window.start)}..${encodeInstant(s.window.end)}`);
  if (s.laneBy !== 'none') p.set('lanes', s.laneBy);
  if (s.colorBy !== 'pairing') p.set('color', s.colorBy);
  p.set('lang', s.lang);
  return p;
}

const KNOWN = new Set(['topic', 'topicMode', 'person', 'personMode', 'country', 'type', 'status', 'from', 'to', 'q', 'article', 'event', 'view', 'lanes', 'color', 'lang']);

/**
 * Reads a view from address parameters, checking every value against the dataset. Unknown ids, absurd
 * dates and malformed values are dropped, each with a notice; it never throws.
 */
export function decodeViewState(params: URLSearchParams, dataset: Dataset, lang: Lang = 'en'): { patch: ViewPatch; notices: string[] } {
  const m = urlMessages[lang];
  const notices: string[] = [];
  const unknown = (what: string, value: string) => notices.push(format(m.unknownValue, { what, value }));
  const bad = (what: string, value: string) => notices.push(format(m.badValue, { what, value }));
  const pick = <T extends string>(key: string, what: string, ok: (v: string) => boolean, isId: boolean): T[] => {
    const out: T[] = [];
    for (const v of params.getAll(key)) {
      if (!ok(v)) (isId ? unknown : bad)(what, v);
      else if (!out.includes(v as T)) out.push(v as T);
    }
    return out;
  };
  const one = <T extends string>(key: string, what: string, allowed: readonly T[]): T | undefined => {
    const v = params.get(key);
    if (v === null) return undefined;
    if ((allowed as readonly string[]).includes(v)) return v as T;
    bad(what, v);
    return undefined;
  };

  const topicIds = new Set(dataset.topics.map((t) => t.id));
  const actorIds = new Set(dataset.actors.map((a) => a.id));
  const countryIds = new Set([...dataset.countries.map((c) => c.id), ...dataset.actors.map((a) => a.country)]);
  const f: Filters = emptyFilters();
  f.topics = pick('topic', 'topic', (v) => topicIds.has(v), true);
  f.topicMode = one('topicMode', 'topic mode', ['any', 'all'] as const) ?? 'any';
  f.participants = pick('person', 'participant', (v) => actorIds.has(v), true);
  f.participantMode = one('personMode', 'participant mode', ['any', 'all'] as const) ?? 'any';
  f.countries = pick('country', 'country', (v) => countryIds.has(v), true);
  f.types = pick('type', 'event type', (v) => (EVENT_TYPES as readonly string[]).includes(v), false);
  f.statuses = pick('status', 'status', (v) => (EVENT_STATUSES as readonly string[]).includes(v), false);
  for (const key of ['from', 'to'] as const) {
    const v = params.get(key);
    if (v === null) continue;
    if (isPlausibleDay(v)) f[key === 'from' ? 'dateFrom' : 'dateTo'] = v;
    else bad('date', v);
  }
  if (f.dateFrom && f.dateTo && f.dateFrom > f.dateTo) {
    notices.push(format(m.badRange, { from: f.dateFrom, to: f.dateTo }));
    f.dateFrom = f.dateTo = null;
  }
  f.query = (params.get('q') ?? '').slice(0, MAX_QUERY);
  const article = params.get('article');
  if (article !== null) {
    if (dataset.articles.some((a) => a.id === article)) f.article = article;
    else unknown('article', article);
  }
  let selectedEventId: string | null = null;
  const event = params.get('event');
  if (event !== null) {
    if (dataset.events.some((e) => e.id === event)) selectedEventId = event;
    else unknown('event', event);
  }
  let window: TimeWindow | null = null;
  const view = params.get('view');
  if (view !== null) {
    const [a, b, ...rest] = view.split('..');
    const start = a === undefined ? null : decodeInstant(a);
    const end = b === undefined ? null : decodeInstant(b);
    if (start !== null && end !== null && start < end && rest.length === 0) window = { start, end };
    else bad('view', view);
  }
  const patch: ViewPatch = {
    filters: f,
    selectedEventId,
    window,
    laneBy: one('lanes', 'lane choice', LANE_BY) ?? 'none',
    colorBy: one('color', 'colour choice', COLOR_BY) ?? 'pairing',
  };
  const l = one('lang', 'language', LANGS);
  if (l) patch.lang = l;
  for (const name of new Set(params.keys())) {
    if (!KNOWN.has(name) && !FOREIGN_PARAMS.has(name)) notices.push(format(m.unknownParam, { name }));
  }
  return { patch, notices };
}
