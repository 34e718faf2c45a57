import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { makeDataset } from '../test/makeDataset';
import { useExplorer } from '../store/store';
import { Presentation } from './Presentation';
import { usePresentation } from './presentation';
import { SAVED_VIEWS_KEY, useSavedViews } from './savedViews';

function open() {
  useExplorer.getState().loadDataset(makeDataset());
  const { unmount } = render(<Presentation />);
  act(() => usePresentation.getState().start('current'));
  return { dialog: screen.getByRole('dialog', { name: 'Presentation' }), unmount };
}

afterEach(() => {
  act(() => usePresentation.getState().stop());
  vi.useRealTimers();
  // @ts-expect-error jsdom has no Fullscreen API; tests add and remove it
  delete HTMLElement.prototype.requestFullscreen;
});

describe('presentation shell', () => {
  it('hides pointer and controls after 2.5 s without activity, and shows them again on a move', () => {
    vi.useFakeTimers();
    const { dialog } = open();
    expect(dialog).not.toHaveClass('is-idle');
    act(() => vi.advanceTimersByTime(2600));
    expect(dialog).toHaveClass('is-idle');
    act(() => {
      document.dispatchEvent(new Event('pointermove'));
    });
    expect(dialog).not.toHaveClass('is-idle');
  });

  it('asks for full screen, stays an overlay when refused, and closes when the browser leaves full screen', async () => {
    let reject!: (e: Error) => void;
    const request = vi.fn(() => new Promise<void>((_, r) => (reject = r)));
    HTMLElement.prototype.requestFullscreen = request;
    const first = open();
    expect(request).toHaveBeenCalledTimes(1);
    await act(async () => reject(new Error('not allowed')));
    expect(first.dialog).toBeInTheDocument();

    act(() => usePresentation.getState().stop());
    first.unmount();
    Object.defineProperty(document, 'fullscreenElement', { configurable: true, value: null, writable: true });
    HTMLElement.prototype.requestFullscreen = vi.fn(async function (this: HTMLElement) {
      (document as { fullscreenElement: Element | null }).fullscreenElement = this;
      document.dispatchEvent(new Event('fullscreenchange'));
    });
    open();
    await act(async () => {});
    act(() => {
      (document as { fullscreenElement: Element | null }).fullscreenElement = null;
      document.dispatchEvent(new Event('fullscreenchange'));
    });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    // @ts-expect-error test cleanup of the stubbed property
    delete document.fullscreenElement;
  });
});

describe('saved views storage', () => {
  it('keeps the valid views of a damaged stored list and drops the rest', async () => {
    localStorage.setItem(
      SAVED_VIEWS_KEY,
      JSON.stringify({ state: { views: [{ id: 'a', name: 'Good', filters: { topics: ['brics'] } }, { id: 'b', filters: 'nonsense' }, 42] }, version: 1 }),
    );
    await useSavedViews.persist.rehydrate();
    expect(useSavedViews.getState().views.map((v) => v.name)).toEqual(['Good']);
    expect(useSavedViews.getState().views[0]!.filters).toMatchObject({ topics: ['brics'], query: '', participants: [] });
    localStorage.clear();
    useSavedViews.setState({ views: [] });
  });
});
