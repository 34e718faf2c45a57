/**
 * The date module: publication dates, date expressions, year hints and their resolution.
 * Pure functions only: no clock and no file system; the caller passes the horizon and the YAML text.
 */
export type { ArticleDate, DateConstraint, DateMention, PublishedFrom, ResolveContext, ResolvedDate, YearHint } from './types';
export type { Anniversary } from './anniversaries';
export { parseAnniversaries } from './anniversaries';
export { findArticleDate, describeArticleDate, dateFromUrl, dateFromFrontMatter } from './findArticleDate';
export { findDateMentions } from './findDateMentions';
export { findYearHints } from './findYearHints';
export { resolveMention } from './resolveMention';
export { articleDateAsEventDate, yearHintsAsEventDate } from './results';

/** Path of the anniversaries file, relative to the project root. */
export const ANNIVERSARIES_FILE = 'data/anniversaries.yaml';
