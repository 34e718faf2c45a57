import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, waitFor } from '@testing-library/react';
import { useExplorer } from '../store/store';
import { makeDataset } from '../test/makeDataset';
import { useDatasetLoader, type LoadHooks } from './useDatasetLoader';

function Loader({ hooks }: { hooks: LoadHooks }) {
  useDatasetLoader(hooks);
  return null;
}
const spies = () => {
  const seen: string[] = [];
  const hooks: LoadHooks = {
    onStart: vi.fn(() => seen.push('start')),
    onLoaded: vi.fn(() => seen.push(`loaded with ${useExplorer.getState().dataset?.events.length ?? 'no'} events`)),
    onStop: vi.fn(() => seen.push('stop')),
  };
  return { hooks, seen };
};
afterEach(() => vi.unstubAllGlobals());

describe('useDatasetLoader hooks', () => {
  it('starts with the load and runs onLoaded once the dataset is in the store', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(makeDataset()))));
    const { hooks, seen } = spies();
    render(<Loader hooks={hooks} />);
    await waitFor(() => expect(hooks.onLoaded).toHaveBeenCalled());
    expect(seen).toEqual(['start', 'loaded with 7 events']);
  });

  it('runs onStop when the load fails, and not onLoaded', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('missing', { status: 404 })));
    const { hooks, seen } = spies();
    render(<Loader hooks={hooks} />);
    await waitFor(() => expect(useExplorer.getState().status).toBe('error'));
    expect(seen).toEqual(['start', 'stop']);
  });

  it('runs onStop when the page leaves before the data is in', () => {
    vi.stubGlobal('fetch', vi.fn(() => new Promise<Response>(() => {})));
    const { hooks, seen } = spies();
    render(<Loader hooks={hooks} />).unmount();
    expect(seen).toEqual(['start', 'stop']);
  });
});
