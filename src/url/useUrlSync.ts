import { useEffect } from 'react';
import { useExplorer, type ExplorerState } from '../store/store';
import { historyKind } from './historyKind';
import { decodeViewState, encodeViewState, FOREIGN_PARAMS, type ViewState } from './viewState';

/** Continuous changes (zoom frames, typing) are written once they settle; browsers throttle history calls. */
const REPLACE_DELAY_MS = 250;

/** The address for a view, keeping parameters owned elsewhere (`dataset=`) first and untouched. */
export function addressFor(view: ViewState, current: URL): string {
  const params = new URLSearchParams();
  for (const [k, v] of current.searchParams) if (FOREIGN_PARAMS.has(k)) params.append(k, v);
  for (const [k, v] of encodeViewState(view)) params.append(k, v);
  return `${current.pathname}?${params.toString()}${current.hash}`;
}

/** The entries of `patch` whose values differ from `state`'s (compared as JSON: view values are small). */
export function changedPart<T extends object>(patch: T, state: object): Partial<T> {
  const now = state as Record<string, unknown>;
  return Object.fromEntries(Object.entries(patch).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(now[k]))) as Partial<T>;
}

/** True when the address asks for other filters than the view has: applied, it will change the visible events. */
export function addressChangesFilters(state: ExplorerState, search: string = window.location.search): boolean {
  if (!state.dataset) return false;
  const { patch } = decodeViewState(new URLSearchParams(search), state.dataset, state.lang);
  return 'filters' in changedPart({ filters: patch.filters }, state);
}

/**
 * Keeps the address and the view in step: applies the address once the dataset is ready (ignored
 * parameters become notices), then writes every change (push for discrete, replace for continuous)
 * and follows Back/Forward.
 */
export function useUrlSync(): void {
  const dataset = useExplorer((s) => s.dataset);
  useEffect(() => {
    if (!dataset) return;
    let applying = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const apply = (notify: boolean) => {
      const { patch, notices } = decodeViewState(new URLSearchParams(window.location.search), dataset, useExplorer.getState().lang);
      // Only what differs: an address that says what the view already shows (the usual first load)
      // changes nothing, so 100,000 events are not filtered and counted a second time for it.
      const changed = changedPart(patch, useExplorer.getState());
      applying = true;
      if (Object.keys(changed).length > 0) useExplorer.setState(changed);
      applying = false;
      if (notify) for (const n of notices) useExplorer.getState().addNotice(n);
    };
    const write = (kind: 'push' | 'replace') => {
      clearTimeout(timer);
      const url = addressFor(useExplorer.getState(), new URL(window.location.href));
      const here = window.location.pathname + window.location.search + window.location.hash;
      if (url === here) return;
      if (kind === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    };
    apply(true);
    write('replace');
    const unsubscribe = useExplorer.subscribe((next, prev) => {
      // A rehearsal's change and its undoing are not the reader's: no address for them.
      if (applying || next.rehearsing || prev.rehearsing || next.dataset !== dataset) return;
      const kind = historyKind(next, prev);
      if (kind === 'push') write('push');
      else if (kind === 'replace') {
        clearTimeout(timer);
        timer = setTimeout(() => write('replace'), REPLACE_DELAY_MS);
      }
    });
    const onPop = () => {
      clearTimeout(timer);
      apply(false);
    };
    window.addEventListener('popstate', onPop);
    return () => {
      clearTimeout(timer);
      unsubscribe();
      window.removeEventListener('popstate', onPop);
    };
  }, [dataset]);
}
