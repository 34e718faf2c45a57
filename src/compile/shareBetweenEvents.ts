/** What one article's events share after extraction: the place of the same trip's other contact, topics of "both meetings". */
import { REMOTE } from './describeEvent';
import type { Lexicon } from './lexicon';
import { topicsIn } from './assignTopics';
import type { Sentence } from './sentences';
import { clip } from './text';
import type { DraftEvent } from './types';
import type { Range } from '../model/schema';

/** Adds topics (with the sentence ranges that name them) to an event's own, each range once; returns the topic ids new to it. */
export function giveTopics(e: DraftEvent, topics: Record<string, Range[]>): string[] {
  const ev = e.sources[0]!.evidence.topics;
  const added: string[] = [];
  for (const [t, ranges] of Object.entries(topics)) {
    const have = ev[t] ?? [];
    ev[t] = [...have, ...ranges.filter(([a]) => !have.some(([b]) => a === b))];
    if (!e.topics.includes(t)) {
      e.topics.push(t);
      added.push(t);
    }
  }
  return added;
}

const BOTH = /(?<![\p{L}])(?:(?:dua|kedua)\s+(?:pertemuan|pembicaraan)(?:\s+(?:tersebut|itu))?|both\s+(?:meetings|talks)|the\s+two\s+(?:meetings|talks))(?![\p{L}])/iu;

/**
 * "Dalam dua pertemuan tersebut, …" speaks of this contact and the one reported just before it: the
 * topics from that sentence to the next contact belong to both, and the earlier one's basis says so.
 */
export function shareTopicsOfBoth(text: string, lex: Lexicon, sentences: Sentence[], events: DraftEvent[], segments: Array<{ start: number; end: number; event: number }>): void {
  for (let k = 1; k < segments.length; k++) {
    const seg = segments[k]!;
    const from = sentences.find((s) => s.start >= seg.start && s.end <= seg.end && BOTH.test(text.slice(s.start, s.end)));
    if (!from) continue;
    const earlier = events[segments[k - 1]!.event]!;
    const added = giveTopics(earlier, topicsIn(text, lex, sentences, from.start, seg.end));
    if (added.length) earlier.date.basis += `. Topics ${added.join(', ')} come from the sentences after '${clip(text.slice(from.start, from.end), 70)}', which speaks of this contact and the next one together`;
  }
}

/** An in-person contact with no place of its own took place where the same trip's other contact did (same person, within three days). */
export function shareLocations(events: DraftEvent[]): void {
  for (const e of events) {
    if (e.location !== null || REMOTE.has(e.type)) continue;
    const near = events.find((o) => o.location !== null && !REMOTE.has(o.type) && o.participants.some((p) => e.participants.includes(p)) && Math.abs(Date.parse(o.date.earliest) - Date.parse(e.date.earliest)) <= 3 * 86_400_000);
    if (near) {
      e.location = near.location;
      e.sources[0]!.evidence.location = [...near.sources[0]!.evidence.location];
    }
  }
}
