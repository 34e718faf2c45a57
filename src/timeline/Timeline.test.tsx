import 'vitest-canvas-mock';
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useExplorer } from '../store/store';
import { makeDataset } from '../test/makeDataset';
import { Timeline } from './Timeline';
import { DAY, fitWindow, isoToMs } from './timeScale';
import { selectVisibleEventsByDate } from '../store/selectors';
import { buildEntries } from './items';
import { computeChartLayout, GEOMETRY } from './chartLayout';
import { rowY } from './hitTest';
import { extentOf } from './useTimelineModel';

function setup() {
  useExplorer.getState().loadDataset(makeDataset());
  const user = userEvent.setup();
  render(<Timeline />);
  return { user, chart: screen.getByRole('group', { name: /Timeline chart, 7 events/ }) };
}

describe('Timeline', () => {
  it('shows a region with zoom buttons, lane and colour choices and an overview', () => {
    setup();
    const region = screen.getByRole('region', { name: 'Timeline' });
    expect(region).toBeInTheDocument();
    for (const name of ['Zoom in', 'Zoom out', 'Fit all']) expect(screen.getByRole('button', { name })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Lanes' })).toHaveValue('none');
    expect(screen.getByRole('combobox', { name: 'Colour by' })).toHaveValue('pairing');
    expect(screen.getByRole('region', { name: 'Overview' })).toBeInTheDocument();
    expect(screen.getByText('Summit')).toBeInTheDocument(); // legend names every type
  });

  it('narrows the window on "Zoom in" and fits again on "Fit all"', async () => {
    const { user } = setup();
    expect(useExplorer.getState().window).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    const w = useExplorer.getState().window!;
    // The fit spans Feb 2023 – Dec 2025 (~1,000 days); one click halves it.
    expect(w.end - w.start).toBeLessThan(600 * DAY);
    expect(w.start).toBeGreaterThan(isoToMs('2023-02-21'));
    await user.click(screen.getByRole('button', { name: 'Zoom out' }));
    expect(useExplorer.getState().window!.end - useExplorer.getState().window!.start).toBeGreaterThan(900 * DAY);
    await user.click(screen.getByRole('button', { name: 'Fit all' }));
    expect(useExplorer.getState().window).toBeNull();
  });

  it('moves the selection through events in time order with the arrow keys', async () => {
    const { user, chart } = setup();
    chart.focus();
    await user.keyboard('{ArrowRight}');
    expect(useExplorer.getState().selectedEventId).toBe('e-2023-02-21-consult');
    await user.keyboard('{ArrowRight}');
    expect(useExplorer.getState().selectedEventId).toBe('e-2023-02-22-lavrov');
    await user.keyboard('{End}');
    expect(useExplorer.getState().selectedEventId).toBe('e-2025-12-02-consult');
    await user.keyboard('{ArrowLeft}');
    expect(useExplorer.getState().selectedEventId).toBe('e-2025-01-21-video');
    expect(screen.getByTestId('timeline-announcer')).toHaveTextContent('Selected: 21 January 2025, Video call: Xi Jinping – Putin video call');
  });

  it('zooms with the + and - keys on the focused chart', async () => {
    const { user, chart } = setup();
    chart.focus();
    await user.keyboard('+');
    const span = useExplorer.getState().window!.end - useExplorer.getState().window!.start;
    await user.keyboard('-');
    expect(useExplorer.getState().window!.end - useExplorer.getState().window!.start).toBeCloseTo(span * 2, -3);
  });

  it('sets swimlanes and colours from the selects', async () => {
    const { user } = setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Lanes' }), 'participant');
    expect(useExplorer.getState().laneBy).toBe('participant');
    expect(screen.getByText('Wang Yi')).toBeInTheDocument(); // the lane label
    await user.selectOptions(screen.getByRole('combobox', { name: 'Colour by' }), 'topic');
    expect(useExplorer.getState().colorBy).toBe('topic');
    expect(screen.getByText('No topic')).toBeInTheDocument();
  });

  it('speaks Indonesian when the UI language is Indonesian', () => {
    useExplorer.getState().loadDataset(makeDataset());
    useExplorer.getState().setLang('id');
    render(<Timeline />);
    expect(screen.getByRole('group', { name: /Bagan linimasa, 7 acara/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Perbesar' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Linimasa' })).toBeInTheDocument();
  });

  it('says so when no event is visible', () => {
    useExplorer.getState().loadDataset(makeDataset({ events: [] }));
    render(<Timeline />);
    expect(screen.getByText('No events match the filters.')).toBeInTheDocument();
  });

  it('selects the event whose mark is clicked and shows its tooltip on hover', () => {
    const { chart } = setup();
    // Where the chart drew the second event (lane 1 of the same-day pair), from the same pure layout (jsdom width: 800).
    const events = selectVisibleEventsByDate(useExplorer.getState());
    const { entries } = buildEntries(events, 'none');
    const layout = computeChartLayout(entries, 1, fitWindow(extentOf(entries)), 800);
    const j = 2 - layout.lanes.from;
    const x = layout.lanes.x0[j]! + GEOMETRY.radius - layout.offset;
    const y = rowY(layout, 0, layout.lanes.lane[j]!);
    fireEvent.pointerMove(chart, { clientX: x, clientY: y });
    expect(screen.getByRole('tooltip')).toHaveTextContent(events[2]!.title);
    expect(useExplorer.getState().hoveredEventId).toBe(events[2]!.id);
    fireEvent.click(chart, { clientX: x, clientY: y });
    expect(useExplorer.getState().selectedEventId).toBe(events[2]!.id);
  });
});
