/** One article file → its dataset record and extracted events; never throws on any text. */
import type { Article } from '../model/schema';
import { describeArticleDate, findArticleDate, findYearHints, type Anniversary } from './dates';
import { cleanText } from './cleanText';
import { extractEvents } from './extractEvents';
import type { Lexicon } from './lexicon';
import { decodeArticle, splitFrontMatter } from './readArticle';
import type { CompileWarning, DraftEvent } from './types';

export type ArticleResult =
  | { ok: true; article: Article; events: DraftEvent[]; notes: string[]; warnings: CompileWarning[]; publishedBasis: string }
  | { ok: false; reason: string };

/** Article id from its file name: "000_358eac27bcf1605e.txt" → "000_358eac27bcf1605e". */
export function articleIdOf(file: string): string {
  const base = file.split('/').at(-1) ?? file;
  return base.replace(/\.[^.]+$/, '').replace(/[^\p{L}\p{N}_.-]+/gu, '-') || 'article';
}

const ID_WORDS = /(?<![\p{L}])(?:yang|dan|dengan|dari|untuk|pada|dalam|ini|itu|tidak|akan|juga|kedua|telah|bahwa)(?![\p{L}])/gu;
const EN_WORDS = /(?<![\p{L}])(?:the|and|with|from|for|that|this|will|also|both|has|have|said|was)(?![\p{L}])/gu;

/** 'id' or 'en', by counting common function words. */
export function guessLanguage(text: string): string {
  const sample = text.slice(0, 4000).toLowerCase();
  const id = sample.match(ID_WORDS)?.length ?? 0;
  const en = sample.match(EN_WORDS)?.length ?? 0;
  return en > id ? 'en' : 'id';
}

function outletOf(lex: Lexicon, body: string, url: string | null): string | null {
  if (url) {
    const host = /^[a-z]+:\/\/([^/:?#]+)/i.exec(url)?.[1]?.toLowerCase();
    const hit = host ? lex.outletHosts.find((o) => host === o.host || host.endsWith(`.${o.host}`)) : undefined;
    if (hit) return hit.name;
  }
  const head = lex.outletMatcher.find(body.slice(0, 800)).find((h) => ownName(lex, body, h));
  if (head) return head.value;
  const tail = body.slice(-400);
  return lex.outletMatcher.find(tail).filter((h) => ownName(lex, tail, h)).at(-1)?.value ?? null;
}

/** A wire the article quotes or credits: "seperti dikutip kantor berita Xinhua", "Menurut Xinhua,", "(AFP/Reuters/Z-2)", "Sumber: Reuters, Xinhua", "…, Xinhua reported". */
const CITED_BEFORE = /(?:(?<![\p{L}])(?:dikutip|mengutip|melansir|dilansir|dilaporkan|diberitakan|kantor\s+berita|menurut|according\s+to|quoted\s+by|cited\s+by|reported\s+by|foto|photo)(?![\p{L}])[^.\n]{0,25}|(?<![\p{L}])(?:sumber|source)\s*:[^\n]*|\/\s*)$/iu;
const CITED_AFTER = /^\s*(?:\/|(?:reported|reports|melaporkan|memberitakan|menyebutkan|said)(?![\p{L}]))/iu;

/**
 * Whether an outlet's name found in the text names this article's outlet: not a wire it quotes or credits, and not a
 * common word in lower case ("hubungan antara kedua negara" is no ANTARA) unless the outlet writes itself so ("detikcom").
 */
function ownName(lex: Lexicon, text: string, h: { start: number; end: number; value: string }): boolean {
  const words = text.slice(h.start, h.end);
  if (words === words.toLowerCase() && !lex.data.outlets.some((o) => o.name === h.value && o.match.includes(words))) return false;
  return !CITED_BEFORE.test(text.slice(Math.max(0, h.start - 60), h.start)) && !CITED_AFTER.test(text.slice(h.end, h.end + 20));
}

/**
 * The publication date from the cleaned text (so its range points into the article), else from a header
 * line the cleaner removed as a credit ("Source: Xinhua | 2024-03-14 21:05:11"), with no range then.
 */
function publicationDate(text: string, body: string, frontMatter: Parameters<typeof findArticleDate>[0]['frontMatter'], url: string | null, horizon: string, anniversaries: Anniversary[]) {
  const found = findArticleDate({ text, frontMatter, url, yearless: false });
  if (found.value !== null) return found;
  const raw = findArticleDate({ text: body, yearless: false });
  if (raw.from === 'header' || raw.from === 'footer') return { ...raw, range: null };
  // Last, a dateline without a year ("MOSCOW, Aug. 21 (Xinhua) --") with the year of a date near it, a photo caption's too.
  // Else the one year the text's anniversaries give ("the 80th anniversary of the victory … this year").
  const hints = findYearHints(text, anniversaries);
  const yearHint = new Set(hints.map((h) => h.year)).size === 1 ? hints[0] : undefined;
  return findArticleDate({ text, yearText: body, horizon, ...(yearHint ? { yearHint } : {}) });
}

/** Read, clean and extract one article file. */
export function compileArticle(file: string, bytes: Uint8Array, lex: Lexicon, opts: { horizon: string; anniversaries: Anniversary[] }): ArticleResult {
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) return decoded;
  const { frontMatter, body, problem } = splitFrontMatter(decoded.content);
  const warnings: CompileWarning[] = problem ? [{ kind: 'front-matter', file, message: problem }] : [];
  const cleaned = cleanText(body, lex.data.outlets.flatMap((o) => [o.name, ...o.match]));
  if (cleaned.text.trim() === '') return { ok: false, reason: 'no article text left after removing boilerplate' };
  const url = frontMatter.url ?? null;
  const articleDate = publicationDate(cleaned.text, body, frontMatter, url, opts.horizon, opts.anniversaries);
  const id = articleIdOf(file);
  if (articleDate.value === null) warnings.push({ kind: 'no-article-date', file, message: 'no publication date in front matter, header, dateline or URL; contacts are dated from the text alone' });
  const article: Article = {
    id,
    file,
    title: cleaned.title,
    outlet: frontMatter.outlet ?? outletOf(lex, body, url),
    url,
    published: articleDate.value,
    publishedFrom: articleDate.from,
    language: frontMatter.language ?? guessLanguage(cleaned.text),
    text: cleaned.text,
  };
  const extracted = extractEvents({ id, file, text: cleaned.text, titleRange: cleaned.titleRange, articleDate }, lex, opts);
  return { ok: true, article, events: extracted.events, notes: extracted.notes, warnings: [...warnings, ...extracted.warnings], publishedBasis: describeArticleDate(articleDate) };
}
