/** The Candidate record and the per-article input that findCandidates reads. */
import type { EventType } from '../model/schema';
import type { DateMention } from './dates';
import type { DateBound } from './dateContact';
import type { DayReference, PlaceReference } from './contactReferences';
import type { ActorMention, TitleHit } from './findActors';
import type { Lexicon } from './lexicon';
import type { Sentence } from './sentences';

/** A contact described by one or more sentences of an article. */
export interface Candidate {
  /** Sentence indexes, in order; the first holds the contact words. */
  sentences: number[];
  type: EventType;
  cue: [number, number];
  actors: string[];
  /** Unnamed titles ("Menlu Rusia") to resolve once the date is known. */
  refs: TitleHit[];
  planned: boolean;
  sidelines: { gathering: string; start: number; end: number } | null;
  own: DateMention | null;
  /** A date of another action in the sentence that bounds this contact ("sebelum kembali … pada Kamis"). */
  bound: DateBound | null;
  /** Destination of a one-person visit ("Putin akan berkunjung ke Tiongkok"). */
  visitTo: boolean;
  /** Words that put this contact on the day of the one before ("kemudian", "was later"), if any. */
  sameDay: string | null;
  /** Words that count its day from another contact ("Sehari sebelumnya", "the following day"). */
  dayRef: DayReference | null;
  /** Words that place it where another contact was ("di tempat yang sama", "at the same venue"). */
  placeRef: PlaceReference | null;
  /** The line above that dates it ("2. Astana, 3 Juli 2024"), as [start, end]: its place is the contact's unless the sentence names one. */
  heading?: [number, number] | null;
  /**
   * A pronoun as subject ("keduanya", "the two leaders", "ia") whose people came from an earlier sentence (`from`):
   * a contact's, or one that names them; `stands` lists the people of a one-person pronoun.
   */
  pair: { words: string; start: number; end: number; from: number; stands?: string[] } | null;
}

export interface CandidateInput {
  text: string;
  sentences: Sentence[];
  /** Sentences that are not the article's (a date line); the headline is skipped too but read by `headline`. */
  skip: (s: Sentence) => boolean;
  /** The headline: its contact is the body's when the body reports the same people, else one of its own. */
  headline: (s: Sentence) => boolean;
  mentions: ActorMention[];
  titles: TitleHit[];
  dates: DateMention[];
  lex: Lexicon;
  /** Whether the person held one of these offices around the article's date (for "kedua menlu"). */
  holdsOffice: (actorId: string, roleIds: string[]) => boolean;
}
