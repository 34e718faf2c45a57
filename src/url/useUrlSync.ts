import { useEffect } from 'react';
import { useExplorer } from '../store/store';
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
      applying = true;
      useExplorer.setState(patch);
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
      if (applying || next.dataset !== dataset) return;
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
