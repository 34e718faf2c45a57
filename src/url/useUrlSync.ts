import { useEffect } from 'react';
import { afterPaint } from '../app/afterPaint';
import { useExplorer, type ExplorerState } from '../store/store';
import { historyKind } from './historyKind';
import { decodeViewState, encodeViewState, FOREIGN_PARAMS, type ViewState } from './viewState';

/** Continuous changes (zoom frames, typing) are written once they settle; browsers throttle history calls. */
const REPLACE_DELAY_MS = 250;

/** Runs `task` when the page is next idle (within a second), or after the next paint without idle callbacks; returns a canceller. */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback !== 'function') return afterPaint(task);
  const id = requestIdleCallback(task, { timeout: 1000 });
  return () => cancelIdleCallback(id);
}

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
    // A push waits until the page is idle, once the change is drawn: Chromium's pushState took ~6 ms at
    // 100,000 events inside the click, before the toggle's render. The address is taken at once, so each
    // discrete change keeps its own entry, in order; the reader's next key or pointer press writes what is
    // still waiting first (Alt+← right after a change goes back from that change).
    let queued: string[] = [];
    let cancelFlush: (() => void) | null = null;
    const flush = () => {
      if (queued.length === 0) return;
      cancelFlush?.();
      cancelFlush = null;
      const urls = queued;
      queued = [];
      for (const url of urls) window.history.pushState(null, '', url);
    };
    const write = (kind: 'push' | 'replace') => {
      clearTimeout(timer);
      const url = addressFor(useExplorer.getState(), new URL(window.location.href));
      const here = queued.at(-1) ?? window.location.pathname + window.location.search + window.location.hash;
      if (url === here) return;
      if (kind === 'push') {
        queued.push(url);
        cancelFlush ??= whenIdle(flush);
        return;
      }
      flush();
      window.history.replaceState(null, '', url);
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
      // Entries not yet written describe views the reader has just left.
      cancelFlush?.();
      cancelFlush = null;
      queued = [];
      apply(false);
    };
    window.addEventListener('popstate', onPop);
    const inputs = ['keydown', 'pointerdown'] as const;
    for (const type of inputs) window.addEventListener(type, flush, { capture: true });
    return () => {
      clearTimeout(timer);
      flush();
      unsubscribe();
      window.removeEventListener('popstate', onPop);
      for (const type of inputs) window.removeEventListener(type, flush, { capture: true });
    };
  }, [dataset]);
}
