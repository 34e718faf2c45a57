/** Decode an article file and split off its optional YAML front matter; bad files are reported, never thrown. */
import { parse } from 'yaml';

/** Files larger than this are skipped: no news article is this long. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

/** An article's optional front matter (every field optional). */
export interface FrontMatter {
  url?: string;
  outlet?: string;
  published?: unknown;
  language?: string;
}

export type DecodeResult = { ok: true; content: string } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The UTF-8 text of an article file, or why it is skipped (empty, binary, not UTF-8, too large). */
export function decodeArticle(bytes: Uint8Array): DecodeResult {
  if (bytes.length > MAX_ARTICLE_BYTES) return { ok: false, reason: `too large (more than ${MAX_ARTICLE_BYTES} bytes)` };
  if (bytes.indexOf(0) !== -1) return { ok: false, reason: 'binary file (contains NUL bytes)' };
  let content: string;
  try {
    content = utf8.decode(bytes);
  } catch {
    return { ok: false, reason: 'not valid UTF-8 text' };
  }
  content = content.replace(/^\uFEFF/, '');
  if (content.trim() === '') return { ok: false, reason: 'empty file' };
  return { ok: true, content };
}

/** The front matter (if any), the body after it, and a problem when the block was not valid YAML. */
export function splitFrontMatter(content: string): { frontMatter: FrontMatter; body: string; problem: string | null } {
  const m = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(content);
  if (!m) return { frontMatter: {}, body: content, problem: null };
  const body = content.slice(m[0].length);
  let data: unknown;
  try {
    data = parse(m[1] ?? '');
  } catch (e) {
    return { frontMatter: {}, body, problem: `front matter is not valid YAML: ${(e as Error).message.split('\n')[0]}` };
  }
  if (data === null || data === undefined) return { frontMatter: {}, body, problem: null };
  if (typeof data !== 'object' || Array.isArray(data)) return { frontMatter: {}, body, problem: 'front matter is not a map of fields' };
  const d = data as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  const fm: FrontMatter = {};
  if (str(d.url)) fm.url = str(d.url);
  if (str(d.outlet)) fm.outlet = str(d.outlet);
  if (d.published !== undefined && d.published !== null) fm.published = d.published;
  if (str(d.language)) fm.language = str(d.language);
  return { frontMatter: fm, body, problem: null };
}
