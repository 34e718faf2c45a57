/** Counts events per bin: `times` fall into `bins` equal bins over [start, end); outside times are dropped. */
export function binDensity(times: Iterable<number>, start: number, end: number, bins: number): Uint32Array {
  const counts = new Uint32Array(Math.max(0, bins));
  const width = (end - start) / bins;
  if (!(width > 0)) return counts;
  for (const t of times) {
    const b = Math.floor((t - start) / width);
    if (b >= 0 && b < bins) counts[b]!++;
  }
  return counts;
}
