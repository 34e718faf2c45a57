/** A facet column of participants: each event's distinct people as numbers (see filters/facetIndex). */
export interface PeopleColumn {
  names: readonly string[];
  start: Int32Array;
  flat: Int32Array;
}

/**
 * Every pair of people who share an event anywhere in a column's events, numbered once in the order of
 * their ids (first person, then second), with each event's pairs. A filter change then weighs the pairs
 * of the visible events with typed-array increments, instead of finding and sorting them again.
 */
export interface PairIndex {
  /** The two people of each pair, as column numbers; the first's id sorts before the second's. */
  first: Int32Array;
  second: Int32Array;
  /** Event k's pairs are pairs[start[k]..start[k + 1]], as pair numbers. */
  start: Int32Array;
  pairs: Int32Array;
}

const built = new WeakMap<PeopleColumn, PairIndex>();

/** The pair index of a column, built on first use and kept while the column lives. */
export function getPairIndex(column: PeopleColumn): PairIndex {
  let index = built.get(column);
  if (!index) built.set(column, (index = buildPairIndex(column)));
  return index;
}

/** Builds the pair index of a column (one pass over the events, then one sort of the distinct pairs). */
export function buildPairIndex(column: PeopleColumn): PairIndex {
  const { names, start, flat } = column;
  const n = names.length;
  const events = start.length - 1;
  // Ranks of the people in id order: a pair's key (lower rank × n + higher rank) sorts pairs by id.
  const rank = new Int32Array(n);
  Array.from(names.keys())
    .sort((a, b) => (names[a]! < names[b]! ? -1 : names[a]! > names[b]! ? 1 : 0))
    .forEach((person, r) => (rank[person] = r));
  const pairStart = new Int32Array(events + 1);
  for (let e = 0; e < events; e++) {
    const people = start[e + 1]! - start[e]!;
    pairStart[e + 1] = pairStart[e]! + (people * (people - 1)) / 2;
  }
  // Pairs get provisional numbers on first sight, then are renumbered in key order.
  const pairs = new Int32Array(pairStart[events]!);
  const dense = n * n <= 4_000_000 ? new Int32Array(n * n).fill(-1) : null;
  const sparse = dense ? null : new Map<number, number>();
  const keys: number[] = [];
  let at = 0;
  for (let e = 0; e < events; e++) {
    const end = start[e + 1]!;
    for (let a = start[e]!; a < end; a++) {
      for (let b = a + 1; b < end; b++) {
        const ra = rank[flat[a]!]!;
        const rb = rank[flat[b]!]!;
        const key = ra < rb ? ra * n + rb : rb * n + ra;
        let pair = dense ? dense[key]! : (sparse!.get(key) ?? -1);
        if (pair < 0) {
          pair = keys.push(key) - 1;
          if (dense) dense[key] = pair;
          else sparse!.set(key, pair);
        }
        pairs[at++] = pair;
      }
    }
  }
  const m = keys.length;
  const order = inKeyOrder(keys);
  const renumber = new Int32Array(m);
  const byRank = new Int32Array(n);
  rank.forEach((r, person) => (byRank[r] = person));
  const first = new Int32Array(m);
  const second = new Int32Array(m);
  for (let q = 0; q < m; q++) {
    const p = order[q]!;
    const key = keys[p]!;
    renumber[p] = q;
    first[q] = byRank[Math.floor(key / n)]!;
    second[q] = byRank[key % n]!;
  }
  for (let j = 0; j < pairs.length; j++) pairs[j] = renumber[pairs[j]!]!;
  return { first, second, start: pairStart, pairs };
}

/** Positions of `keys` (distinct) in ascending key order. */
function inKeyOrder(keys: readonly number[]): Int32Array {
  const m = keys.length;
  let max = 0;
  for (const k of keys) if (k > max) max = k;
  // (key, position) packed into one number where that is exact: a typed-array sort is several times faster.
  if (Number.isSafeInteger((max + 1) * m)) {
    const packed = Float64Array.from(keys, (key, p) => key * m + p).sort();
    return Int32Array.from(packed, (v) => v % m);
  }
  return Int32Array.from(Array.from(keys.keys()).sort((a, b) => keys[a]! - keys[b]!));
}
