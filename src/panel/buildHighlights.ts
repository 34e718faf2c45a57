import type { Actor, Evidence, TimelineEvent, Topic } from '../model/schema';
import { findTerms, nameTerms } from './findTerms';
import type { Highlight } from './segmentText';

/** Every evidence range of one source, whatever field it supports. */
export function evidenceRanges(ev: Evidence): Array<[number, number]> {
  return [...ev.date, ...ev.participants, ...ev.type, ...ev.location, ...ev.summary, ...Object.values(ev.topics).flat()];
}

/**
 * The highlights of an article for one event: its evidence sentences, the names of its participants
 * (and people it mentions), and the terms of its topics in both languages.
 */
export function buildHighlights(
  text: string,
  event: TimelineEvent,
  evidence: Evidence | null,
  actors: ReadonlyMap<string, Actor>,
  topics: ReadonlyMap<string, Topic>,
): Highlight[] {
  const people = [...event.participants, ...event.mentioned].flatMap((id) => nameTerms(actors.get(id)?.name ?? ''));
  const topicTerms = event.topics.flatMap((id) => {
    const t = topics.get(id);
    return t ? [t.labels.en, t.labels.id, ...t.terms] : [];
  });
  return [
    ...(evidence ? evidenceRanges(evidence) : []).map(([start, end]) => ({ start, end, kind: 'evidence' as const })),
    ...findTerms(text, people).map(([start, end]) => ({ start, end, kind: 'participant' as const })),
    ...findTerms(text, topicTerms).map(([start, end]) => ({ start, end, kind: 'topic' as const })),
  ];
}
