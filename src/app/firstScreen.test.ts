import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useExplorer } from '../store/store';
import { makeDataset, makeEvent } from '../test/makeDataset';
import { addressChangesFilters } from '../url/useUrlSync';
import { FakeLayoutWorker } from '../test/fakeLayoutWorker';

/** A dataset whose network (160 people in a ring) is large enough for the layout worker. */
function ring() {
  const base = makeDataset();
  const actors = Array.from({ length: 160 }, (_, i) => ({ id: `p${i}`, name: `Person ${i}`, country: i % 2 ? 'RU' : 'CN', roles: [] }));
  const events = actors.map((a, i) => makeEvent(`e${String(i).padStart(3, '0')}`, '2024-01-11', { participants: [a.id, actors[(i + 1) % 160]!.id], topics: i % 2 ? ['brics'] : [] }));
  return makeDataset({ actors: [...base.actors, ...actors], events });
}

beforeEach(() => {
  vi.resetModules();
  FakeLayoutWorker.reset();
  vi.stubGlobal('Worker', FakeLayoutWorker);
});
afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

describe('addressChangesFilters', () => {
  it('is true only when the address asks for filters the view does not have', () => {
    useExplorer.getState().loadDataset(ring());
    const state = useExplorer.getState();
    expect(addressChangesFilters(state, '?lang=en&dataset=x.json')).toBe(false);
    expect(addressChangesFilters(state, '?topic=brics')).toBe(true);
    expect(addressChangesFilters(state, '?topic=no-such-topic')).toBe(false); // ignored with a notice
  });
});

/** The hooks and store of a fresh module graph, and the early layout (if any) of the network now in view. */
async function freshFirstScreen() {
  const { firstScreenHooks } = await import('./firstScreen');
  const { useExplorer: store } = await import('../store/store');
  const { earlyLayoutOf } = await import('../network/earlyLayout');
  const { networkModel } = await import('../network/networkModel');
  const { layoutBox } = await import('../network/layoutGraph');
  const earlyLayoutInView = () => {
    const s = store.getState();
    const { drawn } = networkModel(s.dataset!.events, s.dataset, s.showMentioned);
    return earlyLayoutOf(drawn, layoutBox(drawn));
  };
  return { hooks: firstScreenHooks, store, earlyLayoutInView };
}

describe('firstScreenHooks', () => {
  it('starts a worker with the load and lays the network out as soon as the data is in', async () => {
    const { hooks, store, earlyLayoutInView } = await freshFirstScreen();
    hooks.onStart!();
    expect(FakeLayoutWorker.made).toHaveLength(1);
    store.getState().loadDataset(ring());
    hooks.onLoaded!();
    expect(FakeLayoutWorker.made).toHaveLength(1); // the worker started ahead took the job
    expect(FakeLayoutWorker.last!.jobs).toHaveLength(1);
    expect(earlyLayoutInView()).toBeDefined();
  });

  it('leaves the layout to the view when the address will filter the events', async () => {
    window.history.replaceState(null, '', '/?topic=brics');
    const { hooks, store, earlyLayoutInView } = await freshFirstScreen();
    hooks.onStart!();
    store.getState().loadDataset(ring());
    hooks.onLoaded!();
    expect(earlyLayoutInView()).toBeUndefined();
  });
});
