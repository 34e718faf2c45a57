/**
 * Contacts that take their day or place from another contact of the same article: "Sehari
 * sebelumnya, Wang Yi mengadakan pembicaraan dengan Lavrov di tempat yang sama".
 */
import type { Range } from '../model/schema';
import type { DayReference, PlaceReference } from './contactReferences';
import { describeDays } from './contactReferences';
import { addDaysIso } from './dates/calendar';
import type { ResolvedDate } from './dates';
import type { DraftEvent } from './types';

/**
 * The contact to count from: the nearest dated one before `k`, else the nearest dated one after it, else null. A day is
 * counted from a day: a contact dated to the day (`toTheDay`) before `k` goes before a nearer one dated only to a month
 * ("Pada hari yang sama" after a recollection of "pertemuan … pada Mei lalu" is the talks' day).
 */
export function anchorIndex(dated: ReadonlyArray<unknown>, k: number, toTheDay?: (j: number) => boolean): number | null {
  if (toTheDay) for (let j = k - 1; j >= 0; j--) if (dated[j] != null && toTheDay(j)) return j;
  for (let j = k - 1; j >= 0; j--) if (dated[j] != null) return j;
  for (let j = k + 1; j < dated.length; j++) if (dated[j] != null) return j;
  return null;
}

const isDay = (iso: string) => /^\d{4}-\d{2}-\d{2}$/.test(iso);

/**
 * The anchor's date moved by the reference's days, with the reasoning: "'Sehari sebelumnya' = one day
 * before the Xi Jinping – Putin meeting on 2024-07-03". A month or year stays as it is, widened to
 * cover the shift.
 */
export function countFromContact(anchor: ResolvedDate, ref: Pick<DayReference, 'words' | 'days'>, label: string): ResolvedDate {
  const basis = `'${ref.words}' = ${describeDays(ref.days)} the ${label} on ${anchor.value}; that contact's date: ${anchor.basis}`;
  const confidence = Math.min(anchor.confidence, 0.85);
  if (anchor.precision !== 'day') {
    const from = addDaysIso(anchor.earliest, Math.min(0, ref.days));
    const to = addDaysIso(anchor.latest, Math.max(0, ref.days));
    return { ...anchor, earliest: from, latest: to, confidence, basis };
  }
  return {
    value: addDaysIso(anchor.value, ref.days),
    precision: 'day',
    earliest: addDaysIso(anchor.earliest, ref.days),
    latest: addDaysIso(anchor.latest, ref.days),
    confidence,
    basis,
    alternatives: anchor.alternatives.map((a) => (isDay(a) ? addDaysIso(a, ref.days) : a)),
  };
}

/** An event, the place reference of its sentence, and the event it counts its day from (if any). */
export interface PlaceReferral {
  event: number;
  ref: PlaceReference;
  /** The event its day was counted from, preferred as the place's source too. */
  dayAnchor: number | null;
}

/**
 * "di tempat yang sama", "at the same venue": the event takes the place of the contact it refers to (the
 * one its day was counted from, else the nearest in-person contact with a place before it, else after
 * it); the same venue or occasion also brings that contact's sidelines and gathering.
 */
export function applyPlaceReferences(
  events: DraftEvent[],
  referrals: PlaceReferral[],
  how: { remote: (e: DraftEvent) => boolean; placeName: (id: string) => string },
): void {
  const { remote } = how;
  const placed = (i: number | null) => i !== null && i >= 0 && i < events.length && events[i]!.location !== null && !remote(events[i]!);
  for (const { event, ref, dayAnchor } of referrals) {
    const e = events[event]!;
    if (remote(e)) continue;
    const before = [...events.keys()].slice(0, event).reverse().find(placed);
    const after = [...events.keys()].slice(event + 1).find(placed);
    const from = placed(dayAnchor) ? dayAnchor! : (before ?? after);
    if (from === undefined) continue;
    const a = events[from]!;
    e.location = a.location;
    const range: Range = [ref.start, ref.end];
    e.sources[0]!.evidence.location = [range, ...a.sources[0]!.evidence.location];
    if (ref.occasion && a.sidelines) {
      // "di sela-sela acara yang sama" names no gathering of its own.
      if (!e.sidelines || /yang\s+sama|same/i.test(e.gathering ?? '') || overlaps(e, ref)) e.gathering = a.gathering;
      e.sidelines = true;
    }
    e.date.basis += `. Place: '${ref.words}' = ${how.placeName(a.location!)}, where the ${a.title} took place`;
  }
}

/** The event's gathering was read from the same words as the place reference ("di sela-sela acara yang sama"). */
function overlaps(e: DraftEvent, ref: PlaceReference): boolean {
  return e.gathering !== null && ref.words.toLowerCase().includes(e.gathering.toLowerCase());
}

/**
 * A contact on the sidelines of a gathering that is a topic (the SCO summit, BRICS, G20) has that topic,
 * proved by the sentence of the article that named the gathering for a contact. Run after topics have been
 * moved between contacts: a contact placed "at the same venue" has no such sentence of its own.
 */
export function addGatheringTopics(events: DraftEvent[], gatheringTopics: (gathering: string) => string[]): void {
  for (const e of events) {
    if (!e.sidelines || !e.gathering) continue;
    for (const t of gatheringTopics(e.gathering)) {
      if (e.topics.includes(t)) continue;
      const proof = events.find((o) => o !== e && o.gathering === e.gathering && o.sources[0]!.evidence.topics[t]?.length)?.sources[0]!.evidence.topics[t];
      if (!proof) continue;
      e.topics.push(t);
      e.sources[0]!.evidence.topics[t] = [...proof];
    }
  }
}
