import { themeColour } from '../theme/themeColour';
import { useEffect, useMemo, useRef } from 'react';
import { scaleUtc } from 'd3-scale';
import { useExplorer, type TimeWindow } from '../store/store';
import { useTheme } from '../theme/theme';
import { useT } from '../i18n/useT';
import { timelineMessages } from './messages';
import { binDensity } from './binDensity';
import { eventTimes } from './items';
import { extentAnyOrder, selectOverviewEvents } from './overviewEvents';
import { axisTicks } from './ticks';
import { DAY, fitWindow, isoToMs, msToIso } from './timeScale';
import { prepareCanvas, useElementWidth } from './useElementSize';
import { useBrush } from './useBrush';

const HEIGHT = 44;

/** Focus + context: the density of all events across their full extent, a brush for the date filter, and the zoom window outlined. */
export function Overview({ window: w }: { /** The main chart's window, outlined here. */ window: TimeWindow }) {
  const t = useT(timelineMessages);
  const lang = useExplorer((s) => s.lang);
  const events = useExplorer(selectOverviewEvents);
  const dateFrom = useExplorer((s) => s.filters.dateFrom);
  const dateTo = useExplorer((s) => s.filters.dateTo);
  const setDateRange = useExplorer((s) => s.setDateRange);
  const theme = useTheme((s) => s.theme);
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const brushRef = useRef<SVGGElement>(null);
  const width = useElementWidth(box);
  const domain = useMemo(() => fitWindow(extentAnyOrder(events)), [events]);
  const x = useMemo(() => scaleUtc().domain([domain.start, domain.end]).range([0, width]).clamp(true), [domain, width]);
  const counts = useMemo(() => {
    const bins = Math.max(1, Math.floor(width / 3));
    return binDensity(eventTimes(events).start, domain.start, domain.end, bins);
  }, [events, domain, width]);

  useEffect(() => {
    const ctx = prepareCanvas(canvas.current, width, HEIGHT);
    if (!ctx) return;
    ctx.clearRect(0, 0, width, HEIGHT);
    const max = counts.reduce((m, c) => Math.max(m, c), 0);
    const bw = width / counts.length;
    ctx.fillStyle = themeColour(canvas.current, theme, '--accent', '#0b63c5');
    counts.forEach((c, i) => {
      // Square-root heights keep lone events visible next to dense years.
      if (c > 0) {
        const h = Math.max(1.5, Math.sqrt(c / max) * (HEIGHT - 4));
        ctx.fillRect(i * bw, HEIGHT - h, Math.max(1, bw - 0.5), h);
      }
    });
  }, [counts, width, theme]); // the bar colour comes from the theme's CSS

  const selection = useMemo<[number, number] | null>(() => {
    if (dateFrom === null && dateTo === null) return null;
    const a = x(dateFrom === null ? domain.start : isoToMs(dateFrom));
    const b = x(dateTo === null ? domain.end : isoToMs(dateTo) + DAY);
    return b - a >= 1 ? [a, b] : [a, a + 1];
  }, [dateFrom, dateTo, x, domain]);
  useBrush(brushRef, width, HEIGHT, selection, (px) => {
    if (!px) return setDateRange(null, null);
    setDateRange(msToIso(x.invert(px[0]).getTime()), msToIso(x.invert(px[1]).getTime() - 1));
  });

  const wx0 = x(w.start);
  const wx1 = x(w.end);
  const ticks = useMemo(() => (width > 0 ? axisTicks(domain, width, lang) : []), [domain, width, lang]);
  return (
    <section className="timeline-overview" aria-label={t('overview')}>
      <p className="sr-only">{t('overviewHint')}</p>
      <div ref={box} className="timeline-overview-box" title={t('overviewHint')}>
        <canvas ref={canvas} aria-hidden="true" style={{ width, height: HEIGHT }} />
        <svg width={width} height={HEIGHT + 16} aria-hidden="true">
          <rect className="timeline-window-outline" x={wx0} y={0.5} width={Math.max(2, wx1 - wx0)} height={HEIGHT - 1}>
            <title>{t('zoomWindow')}</title>
          </rect>
          <g ref={brushRef} />
          {ticks.map((tick) => (
            <text key={tick.x} x={tick.x} y={HEIGHT + 12} textAnchor="middle">
              {tick.label}
            </text>
          ))}
        </svg>
      </div>
    </section>
  );
}
