/**
 * The contract between the date module (src/compile/dates) and the compile pipeline (src/compile).
 * Offsets are character offsets into the string that was searched.
 */

/** Where an article's publication date came from. */
export type PublishedFrom = 'front-matter' | 'header' | 'dateline' | 'url' | 'footer' | 'none';

export interface ArticleDate {
  /** ISO YYYY-MM-DD, or null when none was found. */
  value: string | null;
  from: PublishedFrom;
  /** The words it was read from, e.g. "Rabu, 20 November 2024 12:7:31 WIB". */
  raw: string | null;
  /** [start, end) of `raw` in the text, when it came from the text. */
  range: [number, number] | null;
}

/** A date expression found in text, not yet resolved against the article date. */
export interface DateMention {
  start: number;
  end: number;
  /** The exact words, e.g. "pada hari Senin (18/11) lalu", "Selasa (2/12)", "18-21 September", "kemarin". */
  raw: string;
  /**
   * 'day-month' is a day and month without a year, with or without a weekday ("Selasa (2/12)",
   * "pada 18 November"); 'weekday' is a weekday alone ("pada hari Rabu"); 'relative' covers
   * "kemarin", "pekan lalu", "tahun depan", "dua hari lalu".
   */
  kind: 'full' | 'day-month' | 'weekday' | 'relative' | 'month-year' | 'year' | 'range';
  /** True when the wording points forward ("akan", "mendatang", "will", "next"). */
  future: boolean;
  /** A yearless day given the year its sentence names: the words as written and the year's words. */
  yearOf?: { raw: string; year: string };
  /** A yearless day or month in a sentence that names its year relative to the article ("Last year's meeting … in August"): the words and the offset. */
  yearRelative?: { raw: string; offset: number };
}

/** Something that rules dates in or out, e.g. a role tenure: "Shoigu is Security Council Secretary from 2024-05-12". */
export interface DateConstraint {
  /** Inclusive ISO day bounds; either may be missing. */
  earliest?: string;
  latest?: string;
  reason: string;
}

/** A hint that the text was written in a given year, e.g. from anniversary arithmetic. */
export interface YearHint {
  year: number;
  reason: string;
  /** Character range of the words it came from, in the text the hints were found in. */
  range: [number, number];
}

/** A resolved date, in the shape of the dataset's `event.date`. */
export interface ResolvedDate {
  value: string;
  precision: 'day' | 'month' | 'year';
  earliest: string;
  latest: string;
  confidence: number;
  basis: string;
  /** Other dates that stayed possible, most plausible first (ISO). */
  alternatives: string[];
}

export interface ResolveContext {
  /** Publication date of the article, ISO, or null when unknown. */
  articleDate: string | null;
  /** The latest date anything can have (the compile's "today"), ISO; used when the article date is unknown. */
  horizon: string;
  constraints: DateConstraint[];
  yearHints: YearHint[];
}
