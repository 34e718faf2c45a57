import type { ExplorerState } from '../store/store';

const same = (a: unknown, b: unknown) =>
  Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((x, i) => x === b[i]) : a === b;

/**
 * How a state change enters the browser history: "push" for discrete steps (toggles, selection, display
 * choices) so Back undoes them, "replace" for continuous ones (zoom and pan, typing), null when the
 * address would not change.
 */
export function historyKind(next: ExplorerState, prev: ExplorerState): 'push' | 'replace' | null {
  const f = next.filters;
  const g = prev.filters;
  const discrete =
    next.selectedEventId !== prev.selectedEventId ||
    next.lang !== prev.lang ||
    next.laneBy !== prev.laneBy ||
    next.colorBy !== prev.colorBy ||
    (f !== g && (Object.keys(f) as Array<keyof typeof f>).some((k) => k !== 'query' && !same(f[k], g[k])));
  if (discrete) return 'push';
  if (f.query !== g.query || next.window !== prev.window) return 'replace';
  return null;
}
