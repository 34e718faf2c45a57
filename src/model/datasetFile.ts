import type { Dataset } from './schema';
import { toAsciiJson } from './asciiJson';
import { tabulate } from './recordTable';

/** Record lists at least this long are written as tables (see recordTable); shorter ones stay readable objects. */
export const TABLE_FROM = 2000;

const LISTS = ['articles', 'actors', 'topics', 'places', 'countries', 'events'] as const;

/**
 * The text of a dataset file, as the compiler and the generator write it: ASCII JSON (see asciiJson), with
 * each list of TABLE_FROM records or more as a table when its records share their fields.
 */
export function datasetText(dataset: Dataset): string {
  const out: Record<string, unknown> = { ...dataset };
  for (const list of LISTS) {
    if (dataset[list].length < TABLE_FROM) continue;
    const table = tabulate(dataset[list]);
    if (table) out[list] = table;
  }
  return toAsciiJson(out);
}
