import { useMemo } from 'react';
import type { Lang } from '../i18n/lang';
import type { TimeWindow } from '../store/store';
import { axisTicks } from './ticks';

/** The time axis under the chart: a few SVG ticks whose labels suit the zoom level. */
export function TimeAxis({ window: w, width, lang }: { window: TimeWindow; /** Chart width in CSS pixels. */ width: number; lang: Lang }) {
  const ticks = useMemo(() => (width > 0 ? axisTicks(w, width, lang) : []), [w, width, lang]);
  return (
    <svg className="timeline-axis" width={width} height={24} aria-hidden="true">
      <line x1={0} x2={width} y1={0.5} y2={0.5} stroke="var(--line)" />
      {ticks.map((tick) => (
        // Keyed by time: during a zoom or pan a tick moves (one attribute) instead of being made again.
        <g key={tick.at} transform={`translate(${tick.x},0)`}>
          <line y1={0} y2={tick.major ? 8 : 5} stroke="var(--muted)" />
          <text y={19} textAnchor="middle" fontWeight={tick.major ? 600 : 400}>
            {tick.label}
          </text>
        </g>
      ))}
    </svg>
  );
}
