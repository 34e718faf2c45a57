/** Types shared by the compile steps: extracted events before ids, warnings, and the report. */
import type { EventDate, EventStatus, EventType, Evidence } from '../model/schema';

/** An event found in one article, before stable ids, dedupe and corrections. */
export interface DraftEvent {
  date: EventDate;
  status: EventStatus;
  type: EventType;
  sidelines: boolean;
  gathering: string | null;
  participants: string[];
  mentioned: string[];
  location: string | null;
  topics: string[];
  title: string;
  summary: string;
  sources: Array<{ articleId: string; evidence: Evidence }>;
}

export type WarningKind =
  | 'ambiguous-year'
  | 'unknown-person'
  | 'unresolved-title'
  | 'undated-contact'
  | 'unmatched-correction'
  | 'invalid-correction'
  | 'skipped-file'
  | 'front-matter'
  | 'no-article-date';

/** Something an analyst should look at; `file`/`eventId` say where. */
export interface CompileWarning {
  kind: WarningKind;
  message: string;
  file?: string;
  eventId?: string;
  alternatives?: string[];
}

/** One article's fate in the report. */
export interface ArticleReport {
  file: string;
  id: string | null;
  status: 'compiled' | 'skipped';
  published: string | null;
  publishedFrom: string;
  /** How the published date was found, in words. */
  publishedBasis: string;
  /** Event ids after dedupe and corrections. */
  events: string[];
  /** What happened, in a sentence: the events found, or why none. */
  outcome: string;
  /** Contact words that made no event, and why. */
  notes: string[];
}

/** public/data/report.json */
export interface CompileReport {
  generatedAt: string;
  summary: { articles: number; compiled: number; skipped: number; events: number; warnings: number };
  articles: ArticleReport[];
  warnings: CompileWarning[];
}
