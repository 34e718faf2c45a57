/**
 * Which contact a topic belongs to. A contact takes the topics of the sentences from its own up to the
 * next contact, minus background (recollections of other contacts); a sentence that names the people
 * of another contact of the article ("kedua pemimpin juga akan membahas energi", "Xi dan Putin …")
 * gives its topics to that contact instead.
 */
import type { Range } from '../model/schema';
import type { ActorMention } from './findActors';
import { rolesOn } from './findActors';
import type { Lexicon } from './lexicon';
import { sentenceAt, type Sentence } from './sentences';
import { looksAhead } from './findContacts';
import { normKey } from './text';
import type { DraftEvent } from './types';

/** Topic id → sentence ranges in [from, to) that name it, leaving out the `background` sentences. */
export function topicsIn(text: string, lex: Lexicon, sentences: Sentence[], from: number, to: number, background: ReadonlySet<number> = new Set()): Record<string, Range[]> {
  const out: Record<string, Range[]> = {};
  for (const h of lex.topicMatcher.find(text.slice(from, to))) {
    const i = sentenceAt(sentences, from + h.start);
    const s = sentences[i];
    if (!s || background.has(i)) continue;
    const list = (out[h.value] ??= []);
    if (!list.some(([a]) => a === s.start)) list.push([s.start, s.end]);
  }
  return out;
}

const PAIR = /(?<![\p{L}])(?:kedua|para|the\s+two|both)\s+((?:[\p{L}]+\s+){0,3}[\p{L}]+)/giu;

/**
 * The office of the pair a sentence is about: its first "kedua pemimpin", "the two leaders", "both
 * foreign ministers", or null. Only the first counts: a later one is an object ("persiapan pertemuan
 * kedua kepala negara" is the ministers' sentence).
 */
export function pairRole(sentence: string, lex: Lexicon): string | null {
  PAIR.lastIndex = 0;
  const m = PAIR.exec(sentence);
  if (!m) return null;
  const words = m[1]!.split(/\s+/);
  for (let k = words.length; k >= 1; k--) {
    const phrase = words.slice(0, k).join(' ');
    const hit = lex.roleByTerm.get(normKey(phrase)) ?? lex.roleByTerm.get(normKey(phrase.replace(/s$/i, '')));
    if (hit && !lex.roles.get(hit.roleId)?.speaker) return hit.roleId;
  }
  return null;
}

const dayOf = (e: DraftEvent) => e.date.earliest;

/** Index of the one event a sentence refers to by its people or their office, or null when it does not single one out. */
function referredEvent(text: string, s: Sentence, lex: Lexicon, mentions: ActorMention[], events: DraftEvent[], prev?: Sentence): number | null {
  const all = new Set(events.flatMap((e) => e.participants));
  const namedIn = (x: Sentence) => [...new Set(mentions.filter((m) => m.start >= x.start && m.end <= x.end && all.has(m.actorId)).map((m) => m.actorId))];
  const named = namedIn(s);
  const str = text.slice(s.start, s.end);
  const only = (ok: (e: DraftEvent) => boolean) => {
    const hits = events.flatMap((e, k) => (ok(e) ? [k] : []));
    if (hits.length === 1) return hits[0]!;
    // The same people in a contact that took place and one planned: a sentence that looks ahead is about the planned
    // one, any other about the one that took place ('Keduanya juga menyinggung krisis Ukraina').
    const planned = looksAhead(str);
    const side = hits.filter((k) => (events[k]!.status === 'planned') === planned);
    return side.length === 1 ? side[0]! : null;
  };
  if (named.length > 0) return only((e) => named.every((p) => e.participants.includes(p)));
  const role = pairRole(str, lex);
  const pair = role ? (e: DraftEvent) => e.participants.length > 1 && e.participants.every((p) => rolesOn(lex, p, dayOf(e)).includes(role)) : BOTH.test(str) ? (e: DraftEvent) => e.participants.length > 1 : null;
  if (!pair) return null;
  // "Adapun pembicaraan Wang dengan Lavrov pada Senin …. Keduanya membahas situasi Ukraina …": the pair of the sentence before.
  const before = prev ? namedIn(prev) : [];
  const pairBefore = before.length >= 2 ? only((e) => pair(e) && before.every((p) => e.participants.includes(p))) : null;
  return pairBefore ?? only(pair);
}

/** The two sides without their office: "keduanya", "kedua pihak", "the two sides", "both sides". */
const BOTH = /(?<![\p{L}])(?:keduanya|kedua\s+(?:belah\s+)?pihak|the\s+two\s+sides|both\s+sides)(?![\p{L}])/iu;

/** A sentence whose topics went to another event than the one whose stretch of text holds it. */
export interface TopicMove {
  to: number;
  sentence: Range;
  topics: string[];
}

/** Move topics whose sentence names the people of another event of the article to that event (events in text order); returns the moves. */
export function reassignTopics(text: string, lex: Lexicon, sentences: Sentence[], mentions: ActorMention[], events: DraftEvent[]): TopicMove[] {
  const moves: TopicMove[] = [];
  if (events.length < 2) return moves;
  events.forEach((e, k) => {
    const ev = e.sources[0]!.evidence;
    for (const t of [...e.topics]) {
      const keep: Range[] = [];
      for (const r of ev.topics[t] ?? []) {
        const at = sentenceAt(sentences, r[0]);
        const s = sentences[at];
        const to = s ? referredEvent(text, s, lex, mentions, events, sentences[at - 1]) : null;
        if (to === null || to === k) { keep.push(r); continue; }
        const target = events[to]!;
        const tev = target.sources[0]!.evidence;
        const list = (tev.topics[t] ??= []);
        if (!list.some(([a]) => a === r[0])) list.push(r);
        if (!target.topics.includes(t)) target.topics.push(t);
        const mv = moves.find((x) => x.to === to && x.sentence[0] === r[0]);
        if (mv) { if (!mv.topics.includes(t)) mv.topics.push(t); } else moves.push({ to, sentence: r, topics: [t] });
      }
      if (keep.length > 0) ev.topics[t] = keep;
      else {
        delete ev.topics[t];
        e.topics = e.topics.filter((x) => x !== t);
      }
    }
  });
  return moves;
}
