import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useExplorer, type TimeWindow } from '../store/store';
import { useT } from '../i18n/useT';
import { formatNumber } from '../i18n/formatDate';
import { timelineMessages } from './messages';
import { chartHeight, createLayoutCache } from './chartLayout';
import { commandForKey } from './chartKeys';
import { drawMarks } from './drawMarks';
import { hitTest, sameHit, type Hit } from './hitTest';
import { timesOf } from './items';
import { ensureVisible, fitWindow, zoomWindow } from './timeScale';
import { prepareCanvas, useElementWidth } from './useElementSize';
import { themeOf, useMarkStyle } from './useMarkStyle';
import { useTheme } from '../theme/theme';
import { useZoom } from './useZoom';
import { animateWindow, cancelWindowAnimation } from './animateWindow';
import type { TimelineModel } from './useTimelineModel';
import { LaneLabels } from './LaneLabels';
import { SelectionAnnouncer } from './SelectionAnnouncer';
import { TimeAxis } from './TimeAxis';
import { Tooltip } from './Tooltip';

/** The zoomable chart: a canvas of marks painted from the lane layout, the axis, tooltip and keyboard access. */
export function TimelineChart({ model }: { /** Shared timeline model. */ model: TimelineModel }) {
  const t = useT(timelineMessages);
  const lang = useExplorer((s) => s.lang);
  const setWindow = useExplorer((s) => s.setWindow);
  const selectEvent = useExplorer((s) => s.selectEvent);
  const hoverEvent = useExplorer((s) => s.hoverEvent);
  const selectedId = useExplorer((s) => s.selectedEventId);
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const width = useElementWidth(box);
  const { events, entries, groups, window: w } = model;
  const height = chartHeight(groups.length);
  const [hit, setHit] = useState<Hit | null>(null);
  const cache = useMemo(createLayoutCache, []);
  const chart = useMemo(() => (width > 0 ? cache(entries, groups.length, w, width) : null), [cache, entries, groups.length, w, width]);
  const style = useMarkStyle(model);
  const theme = useTheme((s) => s.theme);

  const onGesture = useMemo(() => (next: TimeWindow) => {
    cancelWindowAnimation();
    setWindow(next);
  }, [setWindow]);
  useZoom(box, w, width, height, onGesture);
  // A zoom or pan moves the marks away from the pointer: drop the stale tooltip (a no-op when there is none).
  useEffect(() => setHit((prev) => (prev === null ? prev : null)), [w.start, w.end]);

  useEffect(() => {
    if (!chart) return;
    const ctx = prepareCanvas(canvas.current, width, height);
    if (ctx) drawMarks(ctx, chart, entries, { ...style, theme: themeOf(box.current, theme) }, height);
  }, [chart, entries, style, width, height, theme]);

  const hitAt = (e: { clientX: number; clientY: number }) => {
    if (!chart || !box.current) return null;
    const r = box.current.getBoundingClientRect();
    return hitTest(chart, entries, e.clientX - r.left, e.clientY - r.top);
  };
  const onPointerMove = (e: MouseEvent<HTMLDivElement>) => {
    if (e.buttons) return; // dragging pans; no tooltip flicker
    const h = hitAt(e);
    // Re-render only when the pointer moves onto something else, not on every pixel.
    setHit((prev) => (sameHit(prev, h) ? prev : h));
    const id = h?.kind === 'mark' ? events[entries.item[h.entry]!]!.id : null;
    if (useExplorer.getState().hoveredEventId !== id) hoverEvent(id);
  };
  const onPointerLeave = () => {
    setHit(null);
    if (useExplorer.getState().hoveredEventId !== null) hoverEvent(null);
  };
  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    box.current?.focus();
    const h = hitAt(e);
    if (h?.kind === 'mark') selectEvent(events[entries.item[h.entry]!]!.id);
    if (h?.kind === 'bubble') {
      const target = fitWindow([h.bubble.start, h.bubble.end]);
      // At the narrowest zoom a same-day crowd cannot spread further: select its first event instead.
      if (target.end - target.start >= (w.end - w.start) * 0.99) selectEvent(events[entries.item[h.bubble.first]!]!.id);
      else animateWindow(w, target, setWindow);
    }
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const current = model.indexOf(selectedId);
    const cmd = commandForKey(e.key, current, events.length);
    if (!cmd) return;
    e.preventDefault();
    if (cmd.kind === 'zoom') {
      // Zoom around the selected event when it is on screen, so keyboard users keep it in view.
      const t = current >= 0 ? timesOf(events[current]!)[0] : NaN;
      return setWindow(zoomWindow(w, cmd.factor, t >= w.start && t <= w.end ? t : undefined));
    }
    const ev = events[cmd.index]!;
    selectEvent(ev.id);
    const next: TimeWindow = ensureVisible(w, timesOf(ev)[0]);
    if (next !== w) setWindow(next);
  };

  const hitEvent = hit?.kind === 'mark' ? events[entries.item[hit.entry]!]! : null;
  return (
    <div className="timeline-chart">
      <div
        ref={box}
        className="timeline-canvas-box"
        role="group"
        tabIndex={0}
        aria-label={t('chart', { count: formatNumber(events.length, lang) })}
        style={{ height }}
        onPointerMove={onPointerMove}
        onPointerLeave={onPointerLeave}
        onClick={onClick}
        onKeyDown={onKeyDown}
      >
        <canvas ref={canvas} aria-hidden="true" style={{ width, height }} />
        <LaneLabels groups={groups} />
        {hit && <Tooltip hit={hit} event={hitEvent} width={width} />}
        {events.length === 0 && <p className="timeline-empty">{t('empty')}</p>}
      </div>
      <TimeAxis window={w} width={width} lang={lang} />
      <SelectionAnnouncer model={model} />
    </div>
  );
}
