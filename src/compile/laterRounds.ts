/** Further rounds of a contact within one sentence, each on a day of its own. */
import type { Cue } from './findContacts';

/** Joins a further round to the contact before it: "…, lalu", "dan", "serta", "then", "and". */
const ROUND_JOIN = /(?:,|(?<![\p{L}])(?:dan|serta|lalu|kemudian|disusul|then|and|followed\s+by))[\s\u00a0]*$/iu;

/** A date that bounds rather than places: "sejak Juli", "since July", "hingga Desember". */
const SINCE = /^(?:sejak|semenjak|since|hingga|sampai|until)(?![\p{L}])/iu;
/** An ordinal describing the contact: "pertemuan pertama", "the first meeting", "the second round". */
const ORDINAL = /(?<![\p{L}])(?:pertama|kedua|ketiga|terakhir|first|second|third|last)(?![\p{L}])/iu;

/**
 * Further rounds of the contact at `cue` in one sentence, each with a date of its own: "pembicaraan informal pada Senin
 * dan pembicaraan resmi pada Selasa", "talks on Monday and formal talks on Tuesday". A round is contact words joined to
 * the clause before by "dan"/"lalu"/"and" with a date between them and the next round, where the clause before has a
 * different one. Positions are within the sentence.
 */
export function laterRounds(sentence: string, cue: Cue, cues: Cue[], dates: ReadonlyArray<{ start: number; end: number; raw: string }>): Cue[] {
  const after = cues.filter((c) => c.start >= cue.end).sort((a, b) => a.start - b.start);
  const rounds: Cue[] = [];
  let prev = cue;
  let prevDates = dates.filter((d) => d.start >= cue.end && (after[0] === undefined || d.end <= after[0].start));
  after.forEach((c, k) => {
    const nextStart = after[k + 1]?.start ?? sentence.length;
    // "pertemuan pertama sejak Juli", "the first talks since July": a description of this contact, not another round.
    const own = dates.filter((d) => d.start >= c.end && d.end <= nextStart && !SINCE.test(d.raw) && !ORDINAL.test(sentence.slice(c.end, d.start)));
    const joined = ROUND_JOIN.test(sentence.slice(prev.end, c.start));
    if (own.length > 0 && prevDates.length > 0 && joined && own[0]!.raw.toLowerCase() !== prevDates.at(-1)!.raw.toLowerCase()) {
      rounds.push(c);
      prev = c;
      prevDates = own;
    }
  });
  return rounds;
}
