/** What a key press on the chart asks for. */
export type ChartCommand = { kind: 'select'; index: number } | { kind: 'zoom'; factor: number } | null;

/**
 * Maps a key to a command over `count` events in time order with `current` selected (-1 for none):
 * Left/Right step, Home/End jump, +/- zoom.
 */
export function commandForKey(key: string, current: number, count: number): ChartCommand {
  if (key === '+' || key === '=') return { kind: 'zoom', factor: 2 };
  if (key === '-' || key === '_') return { kind: 'zoom', factor: 0.5 };
  if (count === 0) return null;
  switch (key) {
    case 'ArrowRight':
      return { kind: 'select', index: current < 0 ? 0 : Math.min(count - 1, current + 1) };
    case 'ArrowLeft':
      return { kind: 'select', index: current < 0 ? count - 1 : Math.max(0, current - 1) };
    case 'Home':
      return { kind: 'select', index: 0 };
    case 'End':
      return { kind: 'select', index: count - 1 };
    default:
      return null;
  }
}
