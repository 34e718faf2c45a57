/** Words an event is described with: type labels, generated titles, the summary sentence and why far topics are its. */
import type { EventType, Range } from '../model/schema';
import type { Lexicon } from './lexicon';
import { clip } from './text';

/** English words for each event type, used in titles and bases. */
export const TYPE_LABEL: Record<EventType, string> = { phone_call: 'phone call', video_call: 'video call', meeting: 'meeting', consultation: 'consultation', summit: 'summit', visit: 'visit' };
/** Event types held at a distance: they have no place of their own. */
export const REMOTE: ReadonlySet<EventType> = new Set(['phone_call', 'video_call']);

/** Short name for titles: the surname when it is an alias on its own ("Lavrov"), else the full name ("Wang Yi"). */
export function titleName(lex: Lexicon, id: string): string {
  const a = lex.actors.get(id);
  if (!a) return id;
  const last = a.name.split(' ').at(-1)!;
  return a.name.includes(' ') && a.aliases.includes(last) ? last : a.name;
}

/** Generated event title, e.g. "Wang Yi – Lavrov phone call". */
export function eventTitle(lex: Lexicon, participants: string[], type: EventType, planned: boolean): string {
  return `${planned ? 'Planned ' : ''}${participants.map((p) => titleName(lex, p)).join(' – ')} ${TYPE_LABEL[type]}`;
}

const REFERS_BACK = /(?<![\p{L}])(?:(?:pertemuan|pembicaraan|konsultasi|percakapan|kunjungan)\s+(?:tersebut|itu|ini)|(?:the|that|this)\s+(?:meeting|talks|call|consultation|visit|conversation))(?![\p{L}])/iu;

/** Why topics found after a contact's own sentence belong to it, in words, for an article reporting several contacts. */
export function topicJudgement(text: string, ranges: Record<string, Range[]>, outside: string[], typeLabel: string): string {
  const bySentence = new Map<string, string[]>();
  const rest: string[] = [];
  for (const t of outside) {
    // Only a topic named solely in sentences that refer back needs the judgement spelled out.
    const r = ranges[t]!.every(([a, b]) => REFERS_BACK.test(text.slice(a, b))) ? ranges[t]![0] : undefined;
    if (!r) { rest.push(t); continue; }
    const quote = clip(text.slice(r[0], r[1]), 100);
    bySentence.set(quote, [...(bySentence.get(quote) ?? []), t]);
  }
  const parts = [...bySentence].map(([quote, ts]) => `${ts.join(', ')} from '${quote}', which refers back to a contact without naming it`);
  const lead = parts.length ? `Topics ${parts.join('; ')}: taken to be the nearest contact reported before it, this ${typeLabel}` : '';
  const tail = rest.length ? `${lead ? '; topics' : 'Topics'} ${rest.join(', ')} come from the sentences between this contact and the next one the article reports` : '';
  return lead + tail;
}

/** One sentence of the article as the summary, without a leading dateline. */
export function summaryOf(sentence: string): string {
  const s = sentence.replace(/^[^\n]{0,60}?(?:\([^)]{2,40}\)|,\s*[\p{L} .]{2,40}?)\s*[-–—]{1,2}\s+/u, '');
  return clip(s, 320);
}
