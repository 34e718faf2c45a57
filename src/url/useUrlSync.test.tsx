import { describe, expect, it } from 'vitest';
import { act, render, waitFor } from '@testing-library/react';
import { makeDataset } from '../test/makeDataset';
import { useExplorer } from '../store/store';
import { useUrlSync } from './useUrlSync';

function Probe() {
  useUrlSync();
  return null;
}

function start(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  useExplorer.getState().loadDataset(makeDataset());
  render(<Probe />);
}
const params = () => new URLSearchParams(window.location.search);

describe('useUrlSync', () => {
  it('applies the address once the dataset is ready and tidies it, keeping dataset=', () => {
    start('?dataset=data%2Fother.json&topic=brics&event=e-2024-11-18-rio&bogus=1');
    const s = useExplorer.getState();
    expect(s.filters.topics).toEqual(['brics']);
    expect(s.selectedEventId).toBe('e-2024-11-18-rio');
    expect(s.notices).toEqual(['The address parameter "bogus" is not used by this app; it was ignored.']);
    expect(window.location.search).toBe('?dataset=data%2Fother.json&topic=brics&event=e-2024-11-18-rio&lang=en');
  });

  it('leaves the view untouched when the address says what it already shows', () => {
    window.history.replaceState(null, '', '/?lang=en');
    useExplorer.getState().loadDataset(makeDataset());
    const before = useExplorer.getState();
    render(<Probe />);
    expect(useExplorer.getState().filters).toBe(before.filters);
    expect(useExplorer.getState().window).toBe(before.window);
  });

  it('pushes a history entry per toggle, and Back restores the previous view', async () => {
    start('?topic=brics');
    const before = window.history.length;
    act(() => useExplorer.getState().toggleTopic('ukraine'));
    await waitFor(() => expect(params().getAll('topic')).toEqual(['brics', 'ukraine']));
    act(() => useExplorer.getState().selectEvent('e-2024-11-18-rio'));
    await waitFor(() => expect(params().get('event')).toBe('e-2024-11-18-rio'));
    expect(window.history.length).toBe(before + 2);
    act(() => window.history.back());
    await waitFor(() => expect(useExplorer.getState().selectedEventId).toBeNull());
    expect(useExplorer.getState().filters.topics).toEqual(['brics', 'ukraine']);
    act(() => window.history.back());
    await waitFor(() => expect(useExplorer.getState().filters.topics).toEqual(['brics']));
    act(() => window.history.forward());
    await waitFor(() => expect(useExplorer.getState().filters.topics).toEqual(['brics', 'ukraine']));
  });

  it('writes no address for a rehearsal (a change rendered and taken back unseen)', async () => {
    start('?topic=brics');
    const before = { length: window.history.length, search: window.location.search };
    const rehearsed = { ...useExplorer.getState().filters, topics: ['ukraine'], query: 'lav' };
    const { filters } = useExplorer.getState();
    act(() => useExplorer.setState({ filters: rehearsed, rehearsing: true }));
    act(() => useExplorer.setState({ filters, rehearsing: false }));
    await new Promise((r) => setTimeout(r, 400));
    expect(window.history.length).toBe(before.length);
    expect(window.location.search).toBe(before.search);
    // The reader's own change after it still gets its address.
    act(() => useExplorer.getState().toggleTopic('ukraine'));
    await waitFor(() => expect(params().getAll('topic')).toEqual(['brics', 'ukraine']));
  });

  it('writes a push after the change is painted, one entry per change in order', async () => {
    start('?topic=brics');
    const before = { length: window.history.length, search: window.location.search };
    act(() => {
      useExplorer.getState().toggleTopic('ukraine');
      useExplorer.getState().selectEvent('e-2024-11-18-rio');
    });
    // Not within the change itself (that would hold back its render) …
    expect(window.location.search).toBe(before.search);
    // … but soon after, each change its own entry.
    await waitFor(() => expect(params().get('event')).toBe('e-2024-11-18-rio'));
    expect(window.history.length).toBe(before.length + 2);
    act(() => window.history.back());
    await waitFor(() => expect(useExplorer.getState().selectedEventId).toBeNull());
    expect(useExplorer.getState().filters.topics).toEqual(['brics', 'ukraine']);
  });

  it('writes a waiting entry before the next key press, so a keyboard Back goes back from it', () => {
    start('?topic=brics');
    act(() => useExplorer.getState().toggleTopic('ukraine'));
    expect(params().getAll('topic')).toEqual(['brics']);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', altKey: true }));
    expect(params().getAll('topic')).toEqual(['brics', 'ukraine']);
  });

  it('replaces the entry, once typing settles, for the query and the zoom window', async () => {
    start('');
    const before = window.history.length;
    act(() => {
      useExplorer.getState().setQuery('lav');
      useExplorer.getState().setWindow({ start: Date.UTC(2024, 0, 1), end: Date.UTC(2025, 0, 1) });
    });
    await waitFor(() => expect(params().get('q')).toBe('lav'));
    expect(params().get('view')).toBe('2024-01-01..2025-01-01');
    expect(window.history.length).toBe(before);
  });
});
