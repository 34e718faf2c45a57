/** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
export const PALETTE = ['#D55E00', '#0072B2', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#8C6D1F', '#666666'] as const;

/**
 * Country code → colour, assigned in sorted code order over every country the dataset knows, so a country
 * keeps its colour whatever the filters hide. Beyond eight countries colours repeat; the legend, the
 * country code in the node and the accessible name still tell them apart.
 */
export function countryColors(codes: Iterable<string>): Map<string, string> {
  const sorted = [...new Set(codes)].sort();
  return new Map(sorted.map((c, i) => [c, PALETTE[i % PALETTE.length]!]));
}
