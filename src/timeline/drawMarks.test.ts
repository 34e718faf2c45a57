import 'vitest-canvas-mock';
import { describe, expect, it } from 'vitest';
import { computeChartLayout } from './chartLayout';
import { drawMarks, type MarkStyle } from './drawMarks';
import { laneEntries, type LaneEntry } from './items';
import { DAY } from './timeScale';

const T0 = Date.UTC(2024, 0, 1);
const w = { start: T0, end: T0 + 100 * DAY }; // 10 px per day on 1000 px
const style: MarkStyle = {
  colourOf: () => '#0072B2',
  shapeOf: () => 'circle',
  selected: -1,
  hovered: -1,
  highlight: null,
  startOf: () => 0,
  bubbleLabel: (n) => `+${n}`,
  theme: { fg: '#000000', muted: '#555555', bg: '#ffffff', band: '#eeeeee', sel: '#ffcc00' },
};

function paint(rows: LaneEntry[], s: Partial<MarkStyle> = {}) {
  const entries = laneEntries(rows);
  const ctx = document.createElement('canvas').getContext('2d')!;
  drawMarks(ctx, computeChartLayout(entries, 1, w, 1000), entries, { ...style, ...s }, 200);
  return (ctx as unknown as { __getDrawCalls(): { type: string; props: Record<string, unknown> }[] }).__getDrawCalls();
}

describe('drawMarks', () => {
  it('draws an uncertain date as a bar over its whole span', () => {
    const calls = paint([{ item: 0, start: T0 + 10 * DAY, end: T0 + 40 * DAY, group: 0 }]);
    const bar = calls.find((c) => c.type === 'fillRect' && (c.props.width as number) > 100);
    expect(bar?.props).toMatchObject({ x: 100, width: 300 });
  });

  it('labels a crowd that does not fit with its count', () => {
    const crowd = Array.from({ length: 30 }, (_, i) => ({ item: i, start: T0 + 50 * DAY, end: T0 + 50 * DAY, group: 0 }));
    const texts = paint(crowd).filter((c) => c.type === 'fillText').map((c) => c.props.text);
    expect(texts).toEqual(['+22']); // 9 rows: 8 lanes of marks, the last for the bubble
  });

  it('rings the selected event in the selection colour', () => {
    const calls = paint([{ item: 0, start: T0 + 10 * DAY, end: T0 + 10 * DAY, group: 0 }], { selected: 0 });
    expect(calls.some((c) => c.type === 'stroke')).toBe(true);
    const plain = paint([{ item: 0, start: T0 + 10 * DAY, end: T0 + 10 * DAY, group: 0 }]);
    expect(calls.filter((c) => c.type === 'stroke').length).toBeGreaterThan(plain.filter((c) => c.type === 'stroke').length);
  });

  it('dims the events of other actors while an actor is hovered', () => {
    const ctx = document.createElement('canvas').getContext('2d')!;
    const entries = laneEntries([0, 1].map((item) => ({ item, start: T0 + (10 + 30 * item) * DAY, end: T0 + (10 + 30 * item) * DAY, group: 0 })));
    drawMarks(ctx, computeChartLayout(entries, 1, w, 1000), entries, { ...style, highlight: (i) => i === 1 }, 200);
    const alphas = (ctx as unknown as { __getEvents(): { type: string; props: { value?: number } }[] }).__getEvents()
      .filter((e) => e.type === 'globalAlpha')
      .map((e) => e.props.value);
    expect(alphas.slice(0, 2)).toEqual([0.2, 1]);
  });
});
