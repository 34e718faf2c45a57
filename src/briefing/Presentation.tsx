import { useEffect, useMemo, useRef, useState } from 'react';
import './briefing.css';
import { formatNumber } from '../i18n/formatDate';
import { useT } from '../i18n/useT';
import { selectVisibleEventsByDate } from '../store/selectors';
import { useExplorer } from '../store/store';
import type { ViewInput } from './charts';
import { EventSlide } from './EventSlide';
import { briefingMessages } from './messages';
import { OverviewSlide } from './OverviewSlide';
import { nextSlide, usePresentation, type DeckKind, type ViewSnapshot } from './presentation';
import { applySavedView, useSavedViews } from './savedViews';
import { useFullscreen } from './useFullscreen';
import { useIdle } from './useIdle';
import { useFocusTrap } from './useFocusTrap';

/** The presentation, when one is open: a full-screen dialog of slides driven by the keyboard. */
export function Presentation() {
  const deck = usePresentation((s) => s.deck);
  return deck ? <PresentationDialog deck={deck} /> : null;
}

const snapshotOf = (): ViewSnapshot => {
  const { filters, window, selectedEventId, laneBy, colorBy } = useExplorer.getState();
  return { filters, window, selectedEventId, laneBy, colorBy };
};

function PresentationDialog({ deck }: { deck: DeckKind }) {
  const t = useT(briefingMessages);
  const stop = usePresentation((s) => s.stop);
  const ref = useRef<HTMLDivElement>(null);
  const [index, setIndex] = useState(0);
  const dataset = useExplorer((s) => s.dataset);
  const filters = useExplorer((s) => s.filters);
  const lang = useExplorer((s) => s.lang);
  const colorBy = useExplorer((s) => s.colorBy);
  const events = useExplorer(selectVisibleEventsByDate);
  const views = useSavedViews((s) => s.views);
  const idle = useIdle(2500);
  useFullscreen(ref, stop);
  useFocusTrap(ref);

  // A briefing of saved views changes the explorer's view; the analyst gets their own view back afterwards.
  useEffect(() => {
    if (deck !== 'views') return;
    const before = snapshotOf();
    return () => useExplorer.setState(before);
  }, [deck]);
  const view = deck === 'views' ? views[index] : undefined;
  useEffect(() => {
    if (view) applySavedView(view, useExplorer.setState);
  }, [view]);

  const count = deck === 'current' ? events.length + 1 : views.length;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        stop();
        return;
      }
      const onControl = e.target instanceof HTMLElement && e.target.closest('button, a, input, select, textarea');
      if (onControl && (e.key === ' ' || e.key === 'Enter')) return;
      const next = nextSlide(e.key, index, count);
      if (next === null || e.altKey || e.ctrlKey || e.metaKey) return;
      e.preventDefault();
      setIndex(next);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [index, count, stop]);

  const input = useMemo<ViewInput | null>(() => (dataset ? { dataset, events, filters, lang, colorBy } : null), [dataset, events, filters, lang, colorBy]);
  if (!input) return null;
  const event = deck === 'current' && index > 0 ? events[index - 1] : undefined;
  const numbered = deck === 'views' || index > 0;
  const n = deck === 'views' ? index + 1 : index;
  const total = deck === 'views' ? views.length : events.length;
  const [nText, totalText] = [formatNumber(n, lang), formatNumber(total, lang)];
  const slideName = numbered ? t('slideOf', { n: nText, total: totalText }) : t('overview');

  return (
    <div ref={ref} className={`presentation${idle ? ' is-idle' : ''}`} role="dialog" aria-modal="true" aria-label={t('presentation')} tabIndex={-1}>
      <section className="slide" aria-roledescription="slide" aria-label={slideName} key={`${deck}-${index}`}>
        {event ? (
          <EventSlide view={input} event={event} />
        ) : deck === 'views' && views.length === 0 ? (
          <p className="slide-empty">{t('noSavedViews')}</p>
        ) : (
          <OverviewSlide view={input} kicker={view?.name} />
        )}
      </section>
      <div className="presentation-controls">
        <button type="button" onClick={() => setIndex((i) => Math.max(0, i - 1))} disabled={index === 0} aria-label={t('previous')}>
          ←
        </button>
        <div className="presentation-counter" role="status" aria-label={slideName}>
          {numbered ? `${nText} / ${totalText}` : t('overview')}
        </div>
        <button type="button" onClick={() => setIndex((i) => Math.min(count - 1, i + 1))} disabled={index >= count - 1} aria-label={t('next')}>
          →
        </button>
        <button type="button" className="presentation-close" onClick={stop}>
          {t('close')} <kbd>Esc</kbd>
        </button>
      </div>
    </div>
  );
}
