import 'vitest-canvas-mock';
import { describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import { useExplorer } from '../store/store';
import { makeDataset } from '../test/makeDataset';
import { Timeline } from './Timeline';
import { selectOverviewEvents } from './overviewEvents';
import { selectVisibleEvents } from '../store/selectors';

const brushWidth = () => Number(screen.getByRole('region', { name: 'Overview' }).querySelector('rect.selection')?.getAttribute('width') ?? 0);

describe('Overview', () => {
  it('shows the date-range filter as the brush, and hides it when the range is cleared', () => {
    useExplorer.getState().loadDataset(makeDataset());
    render(<Timeline />);
    expect(brushWidth()).toBe(0);
    act(() => useExplorer.getState().setDateRange('2024-01-01', '2024-12-31'));
    const width = brushWidth();
    expect(width).toBeGreaterThan(100);
    expect(width).toBeLessThan(400); // one year of a ~3-year extent on 800 px
    act(() => useExplorer.getState().setDateRange(null, null));
    expect(brushWidth()).toBe(0);
  });

  it('keeps showing every event’s density while a date range narrows the chart', () => {
    useExplorer.getState().loadDataset(makeDataset());
    useExplorer.getState().setDateRange('2024-01-01', '2024-12-31');
    render(<Timeline />);
    expect(screen.getByRole('group', { name: /Timeline chart, 2 events/ })).toBeInTheDocument();
    // The overview still spans 2023–2025 and its density counts all 7 events, not the 2 in range.
    expect(within(screen.getByRole('region', { name: 'Overview' })).getByText('2025')).toBeInTheDocument();
  });
});

describe('selectOverviewEvents', () => {
  it('applies every filter except the date range', () => {
    useExplorer.getState().loadDataset(makeDataset());
    useExplorer.getState().toggleTopic('brics');
    useExplorer.getState().setDateRange('2024-01-01', '2024-12-31');
    const s = useExplorer.getState();
    expect(selectVisibleEvents(s).map((e) => e.id).sort()).toEqual(['e-2024-01-11-call', 'e-2024-11-18-rio']);
    expect(selectOverviewEvents(s)).toHaveLength(3); // BRICS events in any year
    expect(selectOverviewEvents(s)).toBe(selectOverviewEvents(s));
  });
});
