import { useMemo } from 'react';
import { useExplorer } from '../store/store';
import { useTheme } from '../theme/theme';
import { themeColour } from '../theme/themeColour';
import { formatCompact, formatNumber } from '../i18n/formatDate';
import type { MarkStyle } from './drawMarks';
import { SHAPE_OF } from './shapes';
import { startOf } from './items';
import type { TimelineModel } from './useTimelineModel';

/** Reads the theme's colours from CSS custom properties, so the canvas follows light and dark themes. */
export function themeOf(node: Element | null, theme: string): MarkStyle['theme'] {
  const v = (name: string, fallback: string) => themeColour(node, theme, name, fallback);
  return { fg: v('--fg', '#1b1f24'), muted: v('--muted', '#5b6470'), bg: v('--bg', '#ffffff'), band: v('--panel', '#f5f7fa'), sel: v('--sel', '#ffcc00') };
}

/** The mark style for the current selection, hover and colour choice (the theme is read when drawing). */
export function useMarkStyle(model: TimelineModel): Omit<MarkStyle, 'theme'> {
  const selectedId = useExplorer((s) => s.selectedEventId);
  const hoveredId = useExplorer((s) => s.hoveredEventId);
  const actorId = useExplorer((s) => s.hoveredActorId);
  const lang = useExplorer((s) => s.lang);
  // The colours are read from CSS when drawing; a new style object on a theme change triggers that redraw.
  const theme = useTheme((s) => s.theme);
  const { events, indexOf, colours, colourKeys } = model;
  return useMemo(() => {
    return {
      colourOf: (i) => colours.colourOf(colourKeys[i]!),
      shapeOf: (i) => SHAPE_OF[events[i]!.type],
      selected: indexOf(selectedId),
      hovered: indexOf(hoveredId),
      highlight: actorId === null ? null : (i) => events[i]!.participants.includes(actorId),
      startOf: (i) => startOf(events[i]!),
      bubbleLabel: (n) => `+${n < 1000 ? formatNumber(n, lang) : formatCompact(n, lang)}`,
    };
  }, [events, indexOf, colours, colourKeys, selectedId, hoveredId, actorId, lang, theme]);
}
