import { useEffect, useState } from 'react';
import type { Article } from '../model/schema';
import { sameOriginUrl } from './safeUrl';

/** An article's text: there already, being fetched, or failed with a message. */
export type ArticleText = { status: 'ready'; text: string } | { status: 'loading' } | { status: 'error'; message: string };

const fetched = new Map<string, string>();

async function fetchText(url: string): Promise<string> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const body: unknown = await res.json();
  const text = (body as { text?: unknown } | null)?.text;
  if (typeof text !== 'string') throw new Error('the file has no "text" string');
  return text;
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
      (text) => {
        fetched.set(url, text);
        if (live) setState({ url, result: { status: 'ready', text } });
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
  const cached = fetched.get(url);
  if (cached !== undefined) return { status: 'ready', text: cached };
  return state?.url === url ? state.result : { status: 'loading' };
}
