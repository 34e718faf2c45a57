import { useMemo } from 'react';
import type { Source, TimelineEvent } from '../model/schema';
import { formatIsoDate } from '../i18n/formatDate';
import { useT } from '../i18n/useT';
import { selectLookups } from '../store/selectors';
import { useExplorer } from '../store/store';
import { formatEventDate } from '../list/formatEventDate';
import { ArticleText } from './ArticleText';
import { buildHighlights } from './buildHighlights';
import { eventsOfArticle } from './eventsOfArticle';
import { panelMessages } from './messages';
import { safeHttpUrl } from './safeUrl';
import { useArticleText } from './useArticleText';

/** One source article of the selected event: headline, outlet, date, link, its events, and the marked-up text. */
export function SourceArticle({ event, source }: { event: TimelineEvent; source: Source }) {
  const t = useT(panelMessages);
  const lang = useExplorer((s) => s.lang);
  const dataset = useExplorer((s) => s.dataset);
  const { actors, topics, articles } = useExplorer(selectLookups);
  const { selectEvent, setFilters } = useExplorer.getState();
  const article = articles.get(source.articleId);
  const body = useArticleText(article);
  const text = body.status === 'ready' ? body.text : '';
  // The ranges are in the dataset, or (for a separately served text) in the text's own file.
  const evidence = source.evidence ?? (body.status === 'ready' ? body.evidence?.get(event.id) : undefined) ?? null;
  const highlights = useMemo(() => buildHighlights(text, event, evidence, actors, topics), [text, event, evidence, actors, topics]);
  if (!article) return <p className="panel-problem">{t('missingArticle', { id: source.articleId })}</p>;
  const link = safeHttpUrl(article.url);
  const siblings = dataset ? (eventsOfArticle(dataset).get(article.id) ?? []) : [];
  return (
    <article className="source-article" aria-labelledby={`headline-${article.id}`}>
      <h3 id={`headline-${article.id}`} className="headline">
        {article.title}
      </h3>
      <p className="article-meta">
        <span>{article.outlet ?? t('unknownOutlet')}</span>
        <span>{article.published ? formatIsoDate(article.published, lang, 'long') : t('undated')}</span>
        {link && (
          <a href={link} target="_blank" rel="noopener noreferrer">
            {t('original')}
          </a>
        )}
      </p>
      {siblings.length > 0 && (
        <section className="article-events" aria-labelledby={`events-${article.id}`}>
          <h4 id={`events-${article.id}`}>{t('eventsInArticle')}</h4>
          <ul>
            {siblings.map((e) => (
              <li key={e.id}>
                <button type="button" className="event-link" aria-current={e.id === event.id || undefined} onClick={() => selectEvent(e.id)}>
                  <span className="event-link-date">{formatEventDate(e.date, lang)}</span> {e.title}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="link-button" onClick={() => setFilters({ article: article.id })}>
            {t('showAll')}
          </button>
        </section>
      )}
      <p className="legend" aria-hidden="true">
        {t('legend')} <mark className="hl-person">{t('legendPerson')}</mark> <mark className="hl-topic">{t('legendTopic')}</mark>{' '}
        <span className="evidence">{t('evidence').toLowerCase()}</span>
      </p>
      {body.status === 'loading' && <p aria-busy="true">{t('loadingText')}</p>}
      {body.status === 'error' && <p className="panel-problem">{t('textFailed', { message: body.message })}</p>}
      {body.status === 'ready' && text && !evidence && article.textUrl && <p className="panel-problem">{t('evidenceMissing', { file: article.textUrl })}</p>}
      {body.status === 'ready' && (text ? <ArticleText text={text} highlights={highlights} /> : <p className="muted">{t('noText')}</p>)}
    </article>
  );
}
