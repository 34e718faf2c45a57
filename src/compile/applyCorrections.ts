/** An analyst's corrections (data/corrections.yaml), applied after extraction and dedupe. */
import type { EventDate, TimelineEvent } from '../model/schema';
import type { Correction, EventFields } from './dataSchemas';
import { eventKey, fnv1a } from './stableIds';
import type { CompileWarning } from './types';

/** What exists, to check that a correction names real actors, topics, places and articles. */
export interface KnownIds {
  actors: Set<string>;
  topics: Set<string>;
  places: Set<string>;
  articles: Set<string>;
}

function analystDate(value: string, reason: string): EventDate {
  const precision = value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year';
  const earliest = precision === 'day' ? value : precision === 'month' ? `${value}-01` : `${value}-01-01`;
  const latest = precision === 'day' ? value : precision === 'month' ? `${value}-${String(new Date(Date.UTC(Number(value.slice(0, 4)), Number(value.slice(5, 7)), 0)).getUTCDate()).padStart(2, '0')}` : `${value}-12-31`;
  return { value, precision, earliest, latest, confidence: 1, basis: `set by an analyst: ${reason}`, alternatives: [] };
}

/** Problems with the ids a correction refers to, or null when all exist. */
function badRefs(f: EventFields, known: KnownIds): string | null {
  const missing = [
    ...(f.participants ?? []).filter((a) => !known.actors.has(a)).map((a) => `actor '${a}'`),
    ...(f.mentioned ?? []).filter((a) => !known.actors.has(a)).map((a) => `actor '${a}'`),
    ...(f.topics ?? []).filter((t) => !known.topics.has(t)).map((t) => `topic '${t}'`),
    ...(f.location ? (known.places.has(f.location) ? [] : [`place '${f.location}'`]) : []),
  ];
  return missing.length ? `unknown ${missing.join(', ')}` : null;
}

function applyFields(e: TimelineEvent, f: EventFields, reason: string, titleOf: (e: TimelineEvent) => string): TimelineEvent {
  const next: TimelineEvent = { ...e };
  if (f.date !== undefined) next.date = analystDate(f.date, reason);
  if (f.type !== undefined) next.type = f.type;
  if (f.status !== undefined) next.status = f.status;
  if (f.participants !== undefined) next.participants = f.participants;
  if (f.mentioned !== undefined) next.mentioned = f.mentioned;
  if (f.location !== undefined) next.location = f.location;
  if (f.topics !== undefined) next.topics = f.topics;
  if (f.summary !== undefined) next.summary = f.summary;
  if (f.sidelines !== undefined) next.sidelines = f.sidelines;
  if (f.gathering !== undefined) next.gathering = f.gathering;
  next.title = f.title ?? (f.participants || f.type || f.status ? titleOf(next) : e.title);
  return next;
}

/** Apply corrections in file order; each that cannot apply becomes a warning. Returns the events and hidden ids. */
export function applyCorrections(
  events: TimelineEvent[],
  corrections: Correction[],
  known: KnownIds,
  titleOf: (e: TimelineEvent) => string,
): { events: TimelineEvent[]; warnings: CompileWarning[]; hidden: Map<string, string> } {
  const byId = new Map(events.map((e) => [e.id, e]));
  const warnings: CompileWarning[] = [];
  const hidden = new Map<string, string>();
  const unmatched = (c: Correction, id: string) =>
    warnings.push({ kind: 'unmatched-correction', eventId: id, message: `correction '${c.action}' names event '${id}', which does not exist (any more); reason given: ${c.reason}` });
  corrections.forEach((c, i) => {
    const where = `correction #${i + 1} (${c.action})`;
    if (c.action === 'add') {
      const problem = badRefs(c.add, known) ?? (known.articles.has(c.add.article) ? null : `unknown article '${c.add.article}'`);
      if (problem) return void warnings.push({ kind: 'invalid-correction', message: `${where}: ${problem}` });
      const draft = applyFields(
        { id: '', date: analystDate(c.add.date, c.reason), status: 'occurred', type: c.add.type, sidelines: false, gathering: null, participants: c.add.participants, mentioned: [], location: null, topics: [], title: '', summary: '', sources: [{ articleId: c.add.article, evidence: { date: [], participants: [], type: [], location: [], topics: {}, summary: [] } }], corrections: [] },
        c.add,
        c.reason,
        titleOf,
      );
      let id = `e-${fnv1a(eventKey(draft))}`;
      for (let n = 2; byId.has(id); n++) id = `e-${fnv1a(eventKey(draft))}-${n}`;
      byId.set(id, { ...draft, id, summary: draft.summary || draft.title, corrections: [{ action: 'add', reason: c.reason }] });
      return;
    }
    const target = byId.get(c.target);
    if (!target) return unmatched(c, c.target);
    if (c.action === 'hide') {
      byId.delete(c.target);
      hidden.set(c.target, c.reason);
    } else if (c.action === 'set') {
      const problem = badRefs(c.set, known);
      if (problem) return void warnings.push({ kind: 'invalid-correction', eventId: c.target, message: `${where}: ${problem}` });
      const next = applyFields(target, c.set, c.reason, titleOf);
      byId.set(c.target, { ...next, corrections: [...target.corrections, { action: 'set', reason: c.reason }] });
    } else {
      const into = byId.get(c.into);
      if (!into) return unmatched(c, c.into);
      byId.delete(c.target);
      hidden.set(c.target, `merged into ${c.into}: ${c.reason}`);
      byId.set(c.into, {
        ...into,
        topics: [...new Set([...into.topics, ...target.topics])],
        mentioned: [...new Set([...into.mentioned, ...target.mentioned])].filter((m) => !into.participants.includes(m)),
        location: into.location ?? target.location,
        sources: [...into.sources, ...target.sources],
        corrections: [...into.corrections, { action: 'merge', reason: `${c.target} merged in: ${c.reason}` }],
      });
    }
  });
  return { events: [...byId.values()], warnings, hidden };
}
