import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useExplorer } from '../store/store';
import { selectLookups } from '../store/selectors';
import { useT } from '../i18n/useT';
import { EmptyResult } from '../filters/EmptyResult';
import { EventRow } from './EventRow';
import { listMessages } from './messages';
import { ROW_HEIGHT, useRowWindow } from './rowWindow';
import { useRows, type SortOrder } from './useRows';
import './list.css';

/** The events region: a virtualized, sortable grid mirroring the chart, one row per visible event. */
export function EventList() {
  const t = useT(listMessages);
  const lang = useExplorer((s) => s.lang);
  const selectedId = useExplorer((s) => s.selectedEventId);
  const { actors } = useExplorer(selectLookups);
  const { selectEvent, hoverEvent } = useExplorer.getState();
  const [order, setOrder] = useState<SortOrder>('asc');
  const rows = useRows(order);
  const scrollRef = useRef<HTMLDivElement>(null);
  const rowWindow = useRowWindow(rows.length, scrollRef);
  const [active, setActive] = useState(0);
  const focusPending = useRef(false);

  const names = useCallback((ids: string[]) => ids.map((id) => actors.get(id)?.name ?? id).join(', '), [actors]);

  // A selection made elsewhere (timeline, panel, URL) scrolls its row into view.
  useEffect(() => {
    if (!selectedId) return;
    const index = rows.findIndex((e) => e.id === selectedId);
    if (index < 0) return;
    setActive(index);
    rowWindow.scrollToIndex(index);
  }, [selectedId, rows, rowWindow.scrollToIndex]);

  // Keyboard moves focus between rows; the target row exists only once scrolled into the window.
  useEffect(() => {
    if (!focusPending.current) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${active}"]`);
    if (row) {
      focusPending.current = false;
      row.focus();
    }
  });

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>, index: number) => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight || 600) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page, Home: -Infinity, End: Infinity };
    const row = rows[index];
    if ((e.key === 'Enter' || e.key === ' ') && row) {
      e.preventDefault();
      selectEvent(row.id);
    } else if (e.key in moves) {
      e.preventDefault();
      const next = Math.min(rows.length - 1, Math.max(0, index + moves[e.key]!));
      focusPending.current = true;
      setActive(next);
      rowWindow.scrollToIndex(next);
    }
  };

  const sortLabel = order === 'asc' ? t('sortAsc') : t('sortDesc');
  return (
    <section aria-label={t('events')} className="event-list">
      <div role="grid" aria-label={t('events')} aria-rowcount={rows.length + 1} className="event-grid">
        <div role="rowgroup" className="event-head">
          <div role="row" aria-rowindex={1} className="event-row head">
            <div role="columnheader" className="col-date" aria-sort={order === 'asc' ? 'ascending' : 'descending'}>
              <button type="button" className="sort-button" title={sortLabel} onClick={() => setOrder(order === 'asc' ? 'desc' : 'asc')}>
                {t('date')}
                <span aria-hidden="true">{order === 'asc' ? ' ▲' : ' ▼'}</span>
              </button>
            </div>
            <div role="columnheader" className="col-type">
              {t('type')}
            </div>
            <div role="columnheader" className="col-title">
              {t('title')}
            </div>
            <div role="columnheader" className="col-people">
              {t('participants')}
            </div>
          </div>
        </div>
        <div role="rowgroup" ref={scrollRef} className="event-body">
          <div style={{ height: rowWindow.totalSize }} className="event-body-inner">
            {rowWindow.items.map((item) => {
              const event = rows[item.index];
              if (!event) return null;
              return (
                <EventRow
                  key={event.id}
                  event={event}
                  index={item.index}
                  top={item.start}
                  selected={event.id === selectedId}
                  active={item.index === Math.min(active, rows.length - 1)}
                  lang={lang}
                  names={names}
                  onSelect={selectEvent}
                  onHover={hoverEvent}
                  onKeyDown={onKeyDown}
                />
              );
            })}
          </div>
        </div>
      </div>
      {rows.length === 0 && <EmptyResult />}
    </section>
  );
}
