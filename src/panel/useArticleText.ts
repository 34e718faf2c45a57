import { useEffect, useState } from 'react';
import { articleTextFileSchema, evidenceSchema, type Article, type Evidence } from '../model/schema';
import { sameOriginUrl } from './safeUrl';

/**
 * An article's text: there already, being fetched, or failed with a message. A separately served text
 * brings its events' evidence ranges along (by event id); `problems` names entries that were unreadable.
 */
export type ArticleText =
  | { status: 'ready'; text: string; evidence?: ReadonlyMap<string, Evidence>; problems?: string[] }
  | { status: 'loading' }
  | { status: 'error'; message: string };

type Fetched = Extract<ArticleText, { status: 'ready' }>;
const fetched = new Map<string, Fetched>();

async function fetchText(url: string): Promise<Fetched> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const body = articleTextFileSchema.safeParse(await res.json());
  if (!body.success) throw new Error('the file has no "text" string');
  const evidence = new Map<string, Evidence>();
  const problems: string[] = [];
  for (const [eventId, raw] of Object.entries(body.data.evidence)) {
    const ranges = evidenceSchema.safeParse(raw);
    if (ranges.success) evidence.set(eventId, ranges.data);
    else problems.push(`the evidence for event ${eventId} is not readable (${ranges.error.issues[0]?.message ?? 'invalid'})`);
  }
  return { status: 'ready', text: body.data.text, evidence, problems };
}

/** The article's text, fetched on demand (same origin only) when the dataset serves it separately. */
export function useArticleText(article: Article | undefined): ArticleText {
  const url = article && article.text === undefined && article.textUrl ? sameOriginUrl(article.textUrl, window.location.href) : null;
  const [state, setState] = useState<{ url: string; result: ArticleText } | null>(null);
  useEffect(() => {
    if (!url || fetched.has(url)) return;
    let live = true;
    setState({ url, result: { status: 'loading' } });
    fetchText(url).then(
      (result) => {
        fetched.set(url, result);
        if (live) setState({ url, result });
      },
      (e: unknown) => live && setState({ url, result: { status: 'error', message: `${article?.textUrl}: ${(e as Error).message}` } }),
    );
    return () => {
      live = false;
    };
  }, [url, article?.textUrl]);
  if (!article) return { status: 'ready', text: '' };
  if (article.text !== undefined) return { status: 'ready', text: article.text };
  if (!article.textUrl) return { status: 'ready', text: '' };
  if (!url) return { status: 'error', message: `${article.textUrl} is not on this site, so it is not loaded.` };
  return fetched.get(url) ?? (state?.url === url ? state.result : { status: 'loading' });
}
