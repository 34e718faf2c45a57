/** Where a subset array's elements sit in the array it was taken from. */
export interface SubsetOf<T> {
  whole: readonly T[];
  /** `subset[k] === whole[positions[k]]`. */
  positions: Int32Array;
}

const subsets = new WeakMap<readonly unknown[], SubsetOf<unknown>>();

/**
 * Records that `subset` was taken from `whole` at `positions`, so work cached per element of the whole
 * (parsed times, numbered facets) can be gathered for the subset instead of recomputed.
 */
export function registerSubset<T>(subset: readonly T[], whole: readonly T[], positions: Int32Array): void {
  if (positions.length !== subset.length) throw new Error(`registerSubset: ${positions.length} positions for ${subset.length} elements`);
  subsets.set(subset, { whole, positions });
}

/** The registration of a subset array, or undefined for an array that was not registered. */
export function subsetOf<T>(subset: readonly T[]): SubsetOf<T> | undefined {
  return subsets.get(subset) as SubsetOf<T> | undefined;
}

/** `whole`'s elements at `positions`, in that order (a plain loop: `Array.from` with a map is ~4× slower at 100k). */
export function gather<T>(whole: readonly T[], positions: ArrayLike<number>): T[] {
  const out = new Array<T>(positions.length);
  for (let k = 0; k < positions.length; k++) out[k] = whole[positions[k]!]!;
  return out;
}
