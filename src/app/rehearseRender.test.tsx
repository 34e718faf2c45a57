import { afterEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { makeDataset } from '../test/makeDataset';
import { resetExplorer, useExplorer } from '../store/store';
import { selectVisibleEvents } from '../store/selectors';
import { rehearseRender } from './rehearse';

afterEach(() => resetExplorer());

/** Shows how many events are visible and records every count it rendered. */
function Count({ seen }: { seen: number[] }) {
  const n = useExplorer((s) => selectVisibleEvents(s).length);
  seen.push(n);
  return <p role="status">{n} visible</p>;
}

describe('rehearseRender', () => {
  it('renders the change and takes it back before anything could be painted', () => {
    useExplorer.getState().loadDataset(makeDataset());
    const before = useExplorer.getState();
    const seen: number[] = [];
    render(<Count seen={seen} />);
    const all = selectVisibleEvents(before).length;
    seen.length = 0;
    rehearseRender({ filters: { ...before.filters, topics: ['brics'] }, window: null });
    // Rendered with the rehearsed filter (fewer events), then as before; the store is as it was.
    expect(seen.length).toBe(2);
    expect(seen[0]).toBeLessThan(all);
    expect(seen[1]).toBe(all);
    expect(screen.getByRole('status')).toHaveTextContent(`${all} visible`);
    expect(useExplorer.getState()).toEqual(before);
    expect(useExplorer.getState().filters).toBe(before.filters);
  });

  it('does nothing once the reader has begun: an event selected, or focus in the page', () => {
    useExplorer.getState().loadDataset(makeDataset());
    useExplorer.getState().selectEvent('e-2024-11-18-rio');
    const seen: number[] = [];
    render(
      <>
        <Count seen={seen} />
        <button type="button">x</button>
      </>,
    );
    seen.length = 0;
    const rehearsal = { filters: { ...useExplorer.getState().filters, topics: ['brics'] } };
    rehearseRender(rehearsal);
    expect(seen).toEqual([]);
    useExplorer.getState().selectEvent(null);
    screen.getByRole('button').focus();
    rehearseRender(rehearsal);
    expect(seen).toEqual([]);
  });
});
