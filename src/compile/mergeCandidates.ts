/** Merging of contact sentences that describe the same contact: same people, compatible dates, most specific type. */
import type { EventType } from '../model/schema';
import type { Candidate } from './candidateTypes';

const TYPE_ORDER: EventType[] = ['video_call', 'phone_call', 'consultation', 'summit', 'meeting', 'visit'];

/**
 * Whether two sentences' dates allow them to be one contact: the same own date, or one without a date.
 * A sentence with a date of its own is not the one dated from another contact ("Pada hari yang sama,
 * Xi dan Putin menggelar pembicaraan informal" / "Pada Selasa, keduanya melanjutkan pembicaraan"), and a
 * pair pronoun with a date of its own reports the pair again: both stay apart here and are merged
 * after dating only if they fall on the same day. An undated pair pronoun whose people come from
 * another sentence than the dated one's stays apart too.
 */
function sameDate(a: Candidate, b: Candidate): boolean {
  if (a.own && b.own) return a.own.raw.toLowerCase() === b.own.raw.toLowerCase();
  // "Putin has met Xi on the sidelines …" and "they met again in July": a month or a year alone dates a recollection,
  // not the undated contact the article reports.
  const coarse = (c: Candidate) => c.own !== null && (c.own.kind === 'month-year' || c.own.kind === 'year');
  if ((!a.own && !a.bound && coarse(b)) || (!b.own && !b.bound && coarse(a))) return false;
  const fromOther = (c: Candidate) => !c.own && (c.dayRef !== null || c.sameDay !== null);
  if ((a.own && fromOther(b)) || (b.own && fromOther(a))) return false;
  // An undated pair pronoun standing for the dated sentence's own people ("… bertemu … pada Selasa. Keduanya menggelar
  // konsultasi …") goes on with that contact.
  const pairElsewhere = (dated: Candidate, pair: Candidate) => dated.own !== null && pair.pair !== null && !dated.sentences.includes(pair.pair.from);
  return !(pairElsewhere(a, b) || pairElsewhere(b, a));
}

function sameActors(a: Candidate, b: Candidate): boolean {
  const ka = [...a.actors].sort().join() + '|' + a.refs.map((r) => `${r.roleId}/${r.country}`).sort().join();
  const kb = [...b.actors].sort().join() + '|' + b.refs.map((r) => `${r.roleId}/${r.country}`).sort().join();
  return ka === kb;
}

/**
 * Sentences about the same people and (if dated) the same date are one contact; the most specific type wins. `part` gives
 * the part of the article a sentence is in (a chronology's entry): reports in different parts stay apart.
 */
export function mergeSame(list: Candidate[], part: (sentence: number) => number = () => 0): Candidate[] {
  const out: Candidate[] = [];
  // A day counted from another contact ("Keesokan harinya") sets a contact apart, unless its own date restates it ("Keesokan harinya, Kamis (8/5)").
  const dayKey = (x: Candidate) => (x.own ? 0 : (x.dayRef?.days ?? 0));
  for (const c of list) {
    const into = out.find((o) => sameActors(o, c) && sameDate(o, c) && o.planned === c.planned && dayKey(o) === dayKey(c) && part(o.sentences[0]!) === part(c.sentences[0]!));
    if (!into) { out.push({ ...c }); continue; }
    if (TYPE_ORDER.indexOf(c.type) < TYPE_ORDER.indexOf(into.type)) { into.type = c.type; into.cue = c.cue; }
    into.sentences = [...new Set([...into.sentences, ...c.sentences])].sort((a, b) => a - b);
    if (!into.own && c.own) into.bound = null;
    into.own ??= c.own;
    into.bound ??= c.bound;
    into.sidelines ??= c.sidelines;
    into.placeRef ??= c.placeRef;
  }
  return out;
}
