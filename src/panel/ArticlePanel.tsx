import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { TimelineEvent } from '../model/schema';
import { useT } from '../i18n/useT';
import { selectEventById, selectLookups, selectVisibleEventsByDate } from '../store/selectors';
import { useExplorer } from '../store/store';
import { TYPE_LABELS } from '../filters/messages';
import { formatEventDate } from '../list/formatEventDate';
import { TypeIcon } from '../list/TypeIcon';
import { DateBasis } from './DateBasis';
import { panelMessages } from './messages';
import { SourceArticle } from './SourceArticle';
import './panel.css';

/** Closes the panel on Esc, unless the key belongs to a form field (Esc clears a search box). */
function useEscapeToClose(onClose: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const tag = (e.target as HTMLElement | null)?.tagName;
      if (e.key !== 'Escape' || e.defaultPrevented || tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') return;
      onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
}

/**
 * While the panel is open, remembers what had focus when it opened (the list row, the chart, a network
 * person); on close, gives focus back there if it would otherwise fall to the page (the Close button is gone).
 */
function useReturnFocus(open: boolean, panel: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    if (!open) return;
    const opener = document.activeElement instanceof HTMLElement || document.activeElement instanceof SVGElement ? document.activeElement : null;
    const box = panel.current;
    return () => {
      const now = document.activeElement;
      const lost = now === null || now === document.body || !now.isConnected || (box?.contains(now) ?? false);
      if (lost && opener?.isConnected && !box?.contains(opener)) opener.focus();
    };
  }, [open, panel]);
}

/** The article panel: opens with the selected event and shows its source articles; nothing when no event is selected. */
export function ArticlePanel() {
  const event = useExplorer((s) => (s.selectedEventId ? selectEventById(s).get(s.selectedEventId) : undefined));
  const t = useT(panelMessages);
  const ref = useRef<HTMLElement>(null);
  useReturnFocus(event !== undefined, ref);
  if (!event) return null;
  return (
    <aside aria-label={t('article')} className="article-panel" ref={ref}>
      <PanelBody key={event.id} event={event} />
    </aside>
  );
}

function PanelBody({ event }: { event: TimelineEvent }) {
  const t = useT(panelMessages);
  const lang = useExplorer((s) => s.lang);
  const visible = useExplorer(selectVisibleEventsByDate);
  const { actors } = useExplorer(selectLookups);
  const selectEvent = useExplorer((s) => s.selectEvent);
  const [sourceIndex, setSourceIndex] = useState(0);
  const close = useCallback(() => selectEvent(null), [selectEvent]);
  useEscapeToClose(close);
  const at = visible.indexOf(event);
  const prev = at > 0 ? visible[at - 1] : undefined;
  const next = at >= 0 ? visible[at + 1] : undefined;
  const source = event.sources[Math.min(sourceIndex, event.sources.length - 1)]!;
  return (
    <>
      <div className="panel-bar">
        <button type="button" disabled={!prev} onClick={() => prev && selectEvent(prev.id)} aria-label={t('previous')} title={t('previous')}>
          ‹
        </button>
        <button type="button" disabled={!next} onClick={() => next && selectEvent(next.id)} aria-label={t('next')} title={t('next')}>
          ›
        </button>
        <button type="button" className="panel-close" onClick={close}>
          {t('close')}
        </button>
      </div>
      <header className="panel-event">
        <p className="panel-event-meta">
          <TypeIcon type={event.type} /> {TYPE_LABELS[lang][event.type]} · {formatEventDate(event.date, lang)}
          {event.status === 'planned' && <span className="badge">{t('planned')}</span>}
        </p>
        <h2>{event.title}</h2>
        <p className="panel-people">{event.participants.map((id) => actors.get(id)?.name ?? id).join(', ')}</p>
      </header>
      <DateBasis date={event.date} />
      {event.sources.length > 1 && (
        <div role="tablist" aria-label={t('sources')} className="source-tabs">
          {event.sources.map((s, i) => (
            <button
              key={s.articleId}
              type="button"
              role="tab"
              id={`source-tab-${i}`}
              aria-controls="source-panel"
              aria-selected={i === sourceIndex}
              onClick={() => setSourceIndex(i)}
            >
              {t('source', { n: i + 1 })}
            </button>
          ))}
        </div>
      )}
      <div role={event.sources.length > 1 ? 'tabpanel' : undefined} id="source-panel" aria-labelledby={event.sources.length > 1 ? `source-tab-${sourceIndex}` : undefined}>
        <SourceArticle key={source.articleId} event={event} source={source} />
      </div>
    </>
  );
}
