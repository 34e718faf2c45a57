/** The whole compile, pure: article files + data → dataset + report. The CLI only reads and writes files. */
import { DATASET_VERSION, type Dataset, type TimelineEvent } from '../model/schema';
import { compareByDate } from '../model/timeOrder';
import type { Anniversary } from './dates';
import { applyCorrections } from './applyCorrections';
import { compileArticle, type ArticleResult } from './compileArticle';
import { dedupeEvents } from './dedupe';
import { eventTitle } from './describeEvent';
import { buildLexicon } from './lexicon';
import type { CompileData } from './loadData';
import { assignIds } from './stableIds';
import type { ArticleReport, CompileReport, CompileWarning, DraftEvent } from './types';

export interface ArticleFile {
  file: string;
  bytes: Uint8Array;
  /** Set by the reader when the file is not to be compiled (e.g. not a .txt file); it is reported as skipped. */
  skipReason?: string;
}

export interface CompileOptions {
  /** The latest date anything can have (ISO day): today, for the CLI. */
  horizon: string;
  /** Timestamp written into the outputs. */
  generatedAt: string;
  anniversaries: Anniversary[];
}

/** Compile every article; a file that cannot be read is reported and skipped, and nothing here throws on article text. */
export function compileCorpus(files: ArticleFile[], data: CompileData, opts: CompileOptions): { dataset: Dataset; report: CompileReport } {
  const lex = buildLexicon(data);
  const sorted = [...files].sort((a, b) => a.file.localeCompare(b.file));
  const warnings: CompileWarning[] = [];
  const reports: ArticleReport[] = [];
  const articles: Dataset['articles'] = [];
  const drafts: DraftEvent[] = [];
  const draftOwner: number[] = [];
  const usedIds = new Set<string>();
  for (const f of sorted) {
    let res: ArticleResult;
    try {
      res = f.skipReason ? { ok: false, reason: f.skipReason } : compileArticle(f.file, f.bytes, lex, opts);
    } catch (e) {
      res = { ok: false, reason: `could not be compiled (${(e as Error).message}); please report this article` };
    }
    if (res.ok && usedIds.has(res.article.id)) res = { ok: false, reason: `another file already has the article id '${res.article.id}'` };
    if (!res.ok) {
      warnings.push({ kind: 'skipped-file', file: f.file, message: `skipped: ${res.reason}` });
      reports.push({ file: f.file, id: null, status: 'skipped', published: null, publishedFrom: 'none', publishedBasis: '', events: [], outcome: `skipped: ${res.reason}`, notes: [] });
      continue;
    }
    usedIds.add(res.article.id);
    articles.push(res.article);
    warnings.push(...res.warnings);
    for (const d of res.events) { drafts.push(d); draftOwner.push(reports.length); }
    reports.push({ file: f.file, id: res.article.id, status: 'compiled', published: res.article.published, publishedFrom: res.article.publishedFrom, publishedBasis: res.publishedBasis, events: [], outcome: '', notes: res.notes });
  }
  const { events: deduped, clusterOf } = dedupeEvents(drafts);
  // A merged event's type or status may be another report's ('Planned … consultation' once it took place): its title follows.
  const draftsIn = new Array<number>(deduped.length).fill(0);
  for (const k of clusterOf) draftsIn[k]!++;
  const merged = deduped.map((e, k) => (draftsIn[k]! > 1 ? { ...e, title: eventTitle(lex, e.participants, e.type, e.status === 'planned') } : e));
  const withIds = assignIds(merged);
  const clusterIds = withIds.map((e) => e.id);
  const titleOf = (e: TimelineEvent) => eventTitle(lex, e.participants, e.type, e.status === 'planned');
  const known = { actors: new Set(lex.actors.keys()), topics: new Set(lex.topics.keys()), places: new Set(lex.places.keys()), articles: usedIds };
  const corrected = applyCorrections(withIds, data.corrections, known, titleOf);
  warnings.push(...corrected.warnings);
  const finalIds = new Set(corrected.events.map((e) => e.id));
  drafts.forEach((_, i) => {
    const rep = reports[draftOwner[i]!]!;
    const id = clusterIds[clusterOf[i]!]!;
    if (!rep.events.includes(id)) rep.events.push(id);
  });
  const byId = new Map(corrected.events.map((e) => [e.id, e]));
  const reportById = new Map(reports.filter((r) => r.id !== null).map((r) => [r.id!, r]));
  for (const e of corrected.events) for (const s of e.sources) {
    const rep = reportById.get(s.articleId);
    if (rep && !rep.events.includes(e.id)) rep.events.push(e.id);
  }
  for (const rep of reports) {
    if (rep.status === 'skipped') continue;
    const shown = rep.events.filter((id) => finalIds.has(id));
    const gone = rep.events.filter((id) => !finalIds.has(id)).map((id) => `${id} ${corrected.hidden.has(id) ? `hidden by a correction (${corrected.hidden.get(id)})` : 'removed'}`);
    rep.events = shown;
    const list = shown.map((id) => { const e = byId.get(id)!; return `${e.title}, ${e.date.value} (${id})`; });
    rep.outcome = shown.length
      ? `${shown.length} event${shown.length > 1 ? 's' : ''}: ${list.join('; ')}${gone.length ? `; ${gone.join('; ')}` : ''}`
      : gone.length ? `no event shown: ${gone.join('; ')}` : `no event: ${rep.notes[0] ?? 'no contact words (meeting, call, visit, consultation) with two known people'}`;
  }
  // In the app's own time order (earliest day, latest day, id): the app then keeps the array as it is,
  // instead of sorting a copy of every event while it loads.
  const events = corrected.events.sort(compareByDate);
  const dataset: Dataset = {
    version: DATASET_VERSION,
    generatedAt: opts.generatedAt,
    synthetic: false,
    articles,
    actors: data.actors.map((a) => ({ id: a.id, name: a.name, country: a.country, roles: a.roles.map((r) => ({ role: r.role, title: lex.roles.get(r.role)!.title, start: r.start ?? null, end: r.end ?? null })) })),
    topics: data.topics.map((t) => ({ id: t.id, labels: t.labels, terms: t.terms })),
    places: data.places.map((p) => ({ id: p.id, name: p.name, ...(p.labels ? { labels: p.labels } : {}), country: p.country })),
    countries: data.countries.map((c) => ({ id: c.id, labels: c.labels })),
    events,
  };
  const skipped = reports.filter((r) => r.status === 'skipped').length;
  const report: CompileReport = {
    generatedAt: opts.generatedAt,
    summary: { articles: reports.length, compiled: reports.length - skipped, skipped, events: events.length, warnings: warnings.length },
    articles: reports,
    warnings,
  };
  return { dataset, report };
}
