/** Words in a contact sentence that date or place it from another contact ("Sehari sebelumnya", "di tempat yang sama"), reconciled with its own date. */
import type { Candidate } from './candidateTypes';
import type { ownDate } from './dateContact';
import { findDayReference, findPlaceReference } from './contactReferences';

/** A further contact on the day of the one reported before it: "Pada hari yang sama", "kemudian", "was later received", "Di sela pertemuan tersebut", "dalam kesempatan yang sama", "Selama berada di Beijing", "during his stay". */
const SAME_DAY = /(?<![\p{L}])(?:(?:pada|di)\s+hari\s+(?:yang\s+sama|itu|tersebut)|hari\s+itu\s+juga|(?:on\s+)?the\s+same\s+day|(?:later|earlier)\s+(?:that|the\s+same)\s+day|(?:was|were|is)\s+later|later\s+(?:on|in\s+the\s+day)|(?:kemudian|selanjutnya|setelah\s+itu|(?:usai|seusai|selepas|setelah|sesudah)\s+(?:pertemuan|pembicaraan|perundingan)(?:\s+(?:itu|tersebut))?|setiba(?:nya)?|sesampai(?:nya)?|(?:di\s+)?(?:sela-sela|sela)\s+(?:pertemuan|pembicaraan|kunjungan|acara)\s+(?:itu|tersebut|ini)|(?:dalam|pada)\s+kesempatan\s+(?:yang\s+sama|itu|tersebut)|selama\s+(?:berada|berkunjung)\s+di\s+\p{Lu}\p{L}+|(?:dalam|selama)\s+(?:kunjungan|lawatan)(?:nya)?\s+(?:itu|tersebut|ini)|during\s+(?:his|her|the|that)\s+(?:stay|visit|trip)|while\s+(?:in\s+\p{Lu}\p{L}+|there))(?=[\s,])|on\s+the\s+(?:sidelines|margins)\s+of\s+(?:the|that)\s+(?:meeting|talks|visit)|on\s+the\s+same\s+occasion|afterwards|after\s+the\s+(?:talks|meeting)|(?<=(?:^|[\s,])(?:juga|also)\s)(?:bertemu|menemui|met)|upon\s+(?:his\s+|her\s+)?arrival|on\s+arrival|subsequently)(?![\p{L}])/iu;

/**
 * The sentence's own date and its references to another contact, reconciled: a counted day nearer the
 * cue than the own date dates the contact. 'Xi tiba di Moskow sehari sebelumnya untuk kunjungan …
 * dan akan menjadi tamu … pada Jumat': the arrival is the day before the talks, not Friday.
 */
export function nearerReference(refs: ReturnType<typeof references>, dated: ReturnType<typeof ownDate>, cueAt: number, arrivals: ReadonlyArray<[number, number]> = []): ReturnType<typeof references> & ReturnType<typeof ownDate> {
  const { dayRef } = refs;
  if (dayRef && dated.own && Math.abs(dayRef.start - cueAt) < Math.abs(dated.own.start - cueAt)) return { ...refs, own: null, bound: null };
  // 'Sehari sebelumnya, Shoigu yang tiba di Beijing pada Minggu malam bertemu …': the nearer date is the arrival's.
  const own = dated.own;
  if (dayRef && own && arrivals.some(([a, b]) => own.start >= a && own.end <= b)) return { ...refs, own: null, bound: null };
  return { ...refs, ...dated };
}

/** Words that date or place the contact from another one; a counted day ("Sehari sebelumnya") overrides a bare "kemudian". */
export function references(sentence: string, at: number, visit = false): Pick<Candidate, 'sameDay' | 'dayRef' | 'placeRef'> {
  const dayRef = shift(findDayReference(sentence, visit), at);
  return { dayRef, sameDay: dayRef ? null : (SAME_DAY.exec(sentence)?.[0] ?? null), placeRef: shift(findPlaceReference(sentence), at) };
}

/** The span moved by `by` characters (sentence offsets to article offsets), or null. */
export function shift<T extends { start: number; end: number }>(x: T | null, by: number): T | null {
  return x ? { ...x, start: x.start + by, end: x.end + by } : null;
}
