import type { DateMention } from './types';

/** A calendar position with any part possibly unknown. */
export interface PartialDate {
  year: number | null;
  month: number | null;
  day: number | null;
}

/** Relative expressions: an offset in units from the article date ("pekan lalu" = week −1). */
export interface RelativeParts {
  unit: 'day' | 'week' | 'month' | 'year';
  offset: number;
  /** Part of the period: "awal bulan ini" (start), "pertengahan" (middle), "akhir bulan" (end), "akhir pekan" (weekend). */
  part?: 'start' | 'middle' | 'end' | 'weekend';
  /** A day of the month counted ("tanggal 5 bulan ini"). */
  day?: number;
}

/** What a date expression says, before it is resolved against an article date. */
export interface DateParts {
  kind: DateMention['kind'];
  start: PartialDate;
  /** Last day of a range. */
  end: PartialDate | null;
  /** Weekday named in the expression, 0 = Sunday. */
  weekday: number | null;
  relative: RelativeParts | null;
  /** The wording says "last …"/"… lalu": strictly before, even on the same weekday. */
  past: boolean;
  /** Part of a named month: "awal Oktober" (start), "pertengahan Mei" (middle), "late March" (end). */
  part?: 'start' | 'middle' | 'end';
  /** The year counted from the article date's: "September tahun lalu" (−1), "Mei tahun ini" (0), "March next year" (+1). */
  yearOffset?: number;
  /**
   * A season ("musim semi 2026", "next spring", "pada musim gugur"), in the northern hemisphere: of the year in
   * `start.year` or counted by `relative`, else the next one after the article date, the last one before it, or
   * (`near`) the one nearest it on the side the wording points to.
   */
  season?: { name: Season; which: 'year' | 'next' | 'last' | 'near' };
}

export type Season = 'spring' | 'summer' | 'autumn' | 'winter';

/** DateParts for a mention found in the text, with its position. */
export interface ScannedDate {
  start: number;
  end: number;
  parts: DateParts;
}

/** A DateParts with defaults filled in. */
export function makeParts(kind: DateMention['kind'], over: Partial<DateParts> = {}): DateParts {
  return {
    kind,
    start: { year: null, month: null, day: null },
    end: null,
    weekday: null,
    relative: null,
    past: false,
    ...over,
  };
}
